package uk.casemonitor.imports.returns;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A return read and turned into events, not yet recorded.
 *
 * @param children each child's events, in the order they are to be recorded
 * @param warnings slips repaired on the way, each with its row
 * @param year     the collection year the return was read as, and why; none when nothing needed one
 */
record MappedReturn(String format, int rowsRead, SortedMap<String, List<ReturnEvent>> children,
                    List<RowError> errors, List<RowError> warnings, Optional<CollectionYear.Choice> year) {

    MappedReturn(String format, int rowsRead, SortedMap<String, List<ReturnEvent>> children, List<RowError> errors) {
        this(format, rowsRead, children, errors, List.of(), Optional.empty());
    }
}
