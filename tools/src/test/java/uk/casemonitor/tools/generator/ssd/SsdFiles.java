package uk.casemonitor.tools.generator.ssd;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads back a table of an extract folder the generator wrote. */
final class SsdFiles {

    private SsdFiles() {
    }

    /** Each row's values in column order, by row id. */
    static Map<String, List<String>> rowsById(Path night, SsdTable table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(night.resolve(table.fileName()), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>();
                table.columns().forEach(column -> values.add(record.get(column)));
                rows.put(values.get(0), values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
