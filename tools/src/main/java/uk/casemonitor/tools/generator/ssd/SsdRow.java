package uk.casemonitor.tools.generator.ssd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of an SSD table: its values in the table's column order, blank ({@code ""}) for unknown,
 * as the SSD's scripts leave a NULL in an extract.
 */
public record SsdRow(SsdTable table, List<String> values) {

    public SsdRow {
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.tableName() + " has " + table.columns().size() + " columns, not "
                                               + values.size());
        }
        values = List.copyOf(values);
    }

    static SsdRow of(SsdTable table, String... values) {
        return new SsdRow(table, Arrays.stream(values).map(value -> value == null ? "" : value).toList());
    }

    public String id() {
        return values.get(0);
    }

    public String value(String column) {
        return values.get(table.column(column));
    }

    /** The same row with one value changed. */
    SsdRow with(String column, String value) {
        List<String> changed = new ArrayList<>(values);
        changed.set(table.column(column), value == null ? "" : value);
        return new SsdRow(table, changed);
    }
}
