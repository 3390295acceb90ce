package uk.casemonitor.imports.returns;

import java.util.Optional;

/** An SSDA903 return as the DfE's CSV files or as one XML export; both are read into the same events. */
public sealed interface Ssda903Return permits Ssda903Files, Ssda903Xml {

    /** The collection year, when given; otherwise worked out from the bulk of the episode and review dates. */
    Optional<CollectionYear> year();
}
