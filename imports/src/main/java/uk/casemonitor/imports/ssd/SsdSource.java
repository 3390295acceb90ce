package uk.casemonitor.imports.ssd;

import java.util.List;
import java.util.Optional;

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

    /** How the report names the source: the folder, or the database URL and schema. */
    String description();
}
