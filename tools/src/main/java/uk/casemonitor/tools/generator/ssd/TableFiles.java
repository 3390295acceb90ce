package uk.casemonitor.tools.generator.ssd;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** One extract folder being written: a {@code <table>.csv} per SSD table, header first, rows as they come. */
final class TableFiles implements AutoCloseable {

    // As SQL Server's export writes them: CRLF line ends, fields quoted only when they need it.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private final Map<SsdTable, CSVPrinter> printers = new EnumMap<>(SsdTable.class);
    private final Map<SsdTable, Long> counts = new EnumMap<>(SsdTable.class);

    TableFiles(Path folder) {
        try {
            Files.createDirectories(folder);
            for (SsdTable table : SsdTable.values()) {
                CSVPrinter printer = new CSVPrinter(
                        Files.newBufferedWriter(folder.resolve(table.fileName()), StandardCharsets.UTF_8), FORMAT);
                printers.put(table, printer);
                printer.printRecord(table.columns());
                counts.put(table, 0L);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    void write(SsdRow row) {
        try {
            printers.get(row.table()).printRecord(row.values());
            counts.merge(row.table(), 1L, Long::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<SsdTable, Long> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public void close() {
        UncheckedIOException failed = null;
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close(true);
            } catch (IOException e) {
                failed = new UncheckedIOException(e);
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
