package uk.casemonitor.imports.ssd;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where one night's SSD snapshot is read from: a folder of CSV files or the SSD database itself.
 * A table the source does not have is absent, not empty: its rows are neither imported nor taken
 * for vanished.
 */
public interface SsdSource {

    /**
     * @return the table's rows, or empty when the source has no such table
     * @throws SsdExtractException the table is there but cannot be read (no such column, unreadable file)
     */
    Optional<List<SsdRow>> rows(SsdTable table);

    /**
     * Every SSD table the source holds by name, those the monitor does not map included, so that the
     * report can say what was left out and why.
     *
     * @throws SsdExtractException the source's tables cannot be listed
     */
    Set<String> tables();

    /** How the report names the source: the folder, or the database URL and schema. */
    String description();
}
