package uk.casemonitor.imports.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file as the DfE specifies the SSDA903 files, and as other extracts (the SSD) are laid out: a
 * header line of column names, then one record per line; fields may be quoted (RFC 4180). Columns
 * are found by name, so their order and any extra columns do not matter. The text is already
 * decoded, without a byte order mark.
 */
public final class CsvFile {

    /**
     * One data row.
     *
     * @param line   the line it starts on, as a person opening the file sees it (the header being on line 1
     *               when no blank line precedes it); a quoted line break in an earlier row counts
     * @param values the trimmed value of each column this row has, by upper-case column name
     */
    public record Row(int line, Map<String, String> values) {

        public Row {
            values = Map.copyOf(values);
        }

        /** The value, trimmed; empty when the row is too short to have the column or has no such column. */
        public String value(String column) {
            return values.getOrDefault(column, "");
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
     * @param name     the file's name, for errors about its rows
     * @param source   how the upload names this file, for errors about the file as a whole
     * @param required the columns (upper case) the import needs; a file without them is not the file expected
     * @throws MalformedCsvException the file cannot be read, or its header lacks a required column
     */
    public static CsvFile parse(String name, String source, String text, List<String> required) {
        List<Record> records = records(source, text);
        if (records.isEmpty()) {
            throw new MalformedCsvException(source, "is empty: expected a header line with the columns "
                                                    + String.join(", ", required));
        }
        List<String> header = records.get(0).fields().stream()
                                     .map(column -> column.trim().toUpperCase(Locale.ROOT)).toList();
        Set<String> columns = new LinkedHashSet<>(header);
        if (columns.size() < header.size()) {
            throw new MalformedCsvException(source, "names a column twice: " + String.join(", ", header));
        }
        List<String> missing = required.stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedCsvException(source, "has no column " + String.join(", ", missing)
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
        return new CsvFile(name, columns, List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    public List<Row> rows() {
        return rows;
    }

    private record Record(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /**
     * RFC 4180 as spreadsheets write it, read leniently as people edit it: spaces around a quoted
     * field are dropped, and text after its closing quote is kept in the field rather than refused.
     * Blank lines are read as records so that every record's first line can be counted.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
                                                             .setIgnoreEmptyLines(false)
                                                             .setIgnoreSurroundingSpaces(true)
                                                             .setTrailingData(true)
                                                             .get();

    private static List<Record> records(String source, String text) {
        List<Record> records = new ArrayList<>();
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> read = parser.iterator();
            while (read.hasNext()) {
                Record record = new Record(Math.toIntExact(linesRead + 1), read.next().toList());
                if (!record.blank()) {
                    records.add(record);
                }
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            // With text after a closing quote allowed and no escape character, the one thing this
            // format cannot read is a quoted field that runs on to the end of the file.
            throw new MalformedCsvException(source, "has a quoted field opened on line " + (linesRead + 1)
                                                    + " that is never closed");
        }
        return records;
    }
}
