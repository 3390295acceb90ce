package uk.casemonitor.imports.ssd;

import java.util.Map;

/**
 * One row of an SSD table as read, before any interpretation.
 *
 * @param place  where a person finds the row: its line in a CSV file, or its row number in a query
 * @param values every column's value, trimmed (empty when null), by upper-case column name
 */
public record SsdRow(SsdTable table, int place, Map<String, String> values) {

    public SsdRow {
        values = Map.copyOf(values);
    }

    /** The value, trimmed; empty when blank, null or the table has no such column. */
    public String value(String column) {
        return values.getOrDefault(column, "");
    }

    public boolean hasColumn(String column) {
        return values.containsKey(column);
    }

    public String rowId() {
        return value(table.idColumn());
    }
}
