package uk.casemonitor.imports.ssd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The importer's memory of rows, kept in memory as the server keeps it in its database. */
final class StoredRows implements SsdRowStore {

    private final Map<MappedRow.RowKey, ImportedRow> rows = new LinkedHashMap<>();

    @Override
    public List<ImportedRow> all() {
        return new ArrayList<>(rows.values());
    }

    @Override
    public void save(List<ImportedRow> saved) {
        saved.forEach(row -> rows.put(row.key(), row));
    }
}
