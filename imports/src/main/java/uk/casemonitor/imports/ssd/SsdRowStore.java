package uk.casemonitor.imports.ssd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the importer remembers of each SSD row between nights: the events it last made of the row,
 * each with a fingerprint of its content. The SSD has no modified dates, so this is how tonight's
 * snapshot is told apart from last night's. The server keeps it in its database.
 */
public interface SsdRowStore {

    /**
     * One row as last imported.
     *
     * @param events   each event id the row gave, with the fingerprint of its content ({@code id=fingerprint}, a line each)
     * @param vanished the row has left the extract and its events were retracted
     */
    record ImportedRow(String table, String rowId, String childId, String events, boolean vanished) {

        static ImportedRow of(MappedRow row, Map<String, String> fingerprints) {
            return new ImportedRow(row.table().tableName(), row.rowId(), row.childId(), encoded(fingerprints), false);
        }

        MappedRow.RowKey key() {
            return new MappedRow.RowKey(table, rowId);
        }

        Map<String, String> fingerprints() {
            Map<String, String> fingerprints = new LinkedHashMap<>();
            for (String line : events.split("\n")) {
                int equals = line.lastIndexOf('=');
                if (equals > 0) {
                    fingerprints.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return fingerprints;
        }

        ImportedRow asVanished() {
            return new ImportedRow(table, rowId, childId, events, true);
        }

        static String encoded(Map<String, String> fingerprints) {
            return fingerprints.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        }
    }

    /** Every row imported so far, read at once. */
    List<ImportedRow> all();

    /** Keeps these rows, each replacing what was kept for its table and row id. */
    void save(List<ImportedRow> rows);
}
