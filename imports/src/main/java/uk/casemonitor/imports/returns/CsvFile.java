package uk.casemonitor.imports.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file as the DfE specifies the SSDA903 files: a header line of column names, then one record
 * per line; fields may be quoted (RFC 4180). Columns are found by name, so their order and any extra
 * columns do not matter.
 */
final class CsvFile {

    /** One data row; {@code line} is its line number in the file, the header being line 1. */
    record Row(int line, Map<String, String> values) implements Fields {

        @Override
        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        @Override
        public int lineOf(String name) {
            return line;
        }
    }

    private final String name;
    private final Set<String> columns;
    private final List<Row> rows;

    private CsvFile(String name, Set<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param field    how the upload names this file, for errors about the file as a whole
     * @param required the columns the import needs; a file without them is not this return's file
     */
    static CsvFile parse(String name, String field, String text, List<String> required) {
        List<Record> records = records(field, text);
        if (records.isEmpty()) {
            throw new MalformedReturnException(field, "is empty: expected a header line with the columns "
                                                      + String.join(", ", required));
        }
        List<String> header = records.get(0).fields().stream()
                                     .map(column -> column.trim().toUpperCase(Locale.ROOT)).toList();
        Set<String> columns = new LinkedHashSet<>(header);
        if (columns.size() < header.size()) {
            throw new MalformedReturnException(field, "names a column twice: " + String.join(", ", header));
        }
        List<String> missing = required.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedReturnException(field, "has no column " + String.join(", ", missing)
                                                      + " (found " + String.join(", ", columns) + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.fields().size(); i++) {
                values.put(header.get(i), record.fields().get(i).trim());
            }
            rows.add(new Row(record.line(), values));
        }
        return new CsvFile(name, columns, rows);
    }

    String name() {
        return name;
    }

    boolean hasColumn(String column) {
        return columns.contains(column);
    }

    List<Row> rows() {
        return rows;
    }

    private record Record(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private static List<Record> records(String field, String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(current.toString());
                current.setLength(0);
                addUnlessBlank(records, new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new MalformedReturnException(field, "has a quoted field opened on line " + recordLine
                                                      + " that is never closed");
        }
        if (current.length() > 0 || !fields.isEmpty()) {
            fields.add(current.toString());
            addUnlessBlank(records, new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static void addUnlessBlank(List<Record> records, Record record) {
        if (!record.blank()) {
            records.add(record);
        }
    }
}
