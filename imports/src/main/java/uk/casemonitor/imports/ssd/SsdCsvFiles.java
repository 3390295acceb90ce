package uk.casemonitor.imports.ssd;

import uk.casemonitor.imports.csv.CsvFile;
import uk.casemonitor.imports.csv.MalformedCsvException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An SSD extract as CSV files, one per table, named {@code <table>.csv} (as SQL Server's and
 * PostgreSQL's export tools write them), whose header row is the SSD's column names; UTF-8, with
 * or without a byte order mark. From a folder, or uploaded as parts named after the tables.
 */
public final class SsdCsvFiles implements SsdSource {

    private static final String CSV = ".csv";

    private final String description;
    private final Map<SsdTable, byte[]> files;
    private final Set<String> tables;

    private SsdCsvFiles(String description, Map<SsdTable, byte[]> files, Set<String> tables) {
        this.description = description;
        this.files = files;
        this.tables = Set.copyOf(tables);
    }

    /** @throws SsdExtractException ({@code dir}) the folder does not exist, or it or a file cannot be read */
    public static SsdCsvFiles fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SsdExtractException("dir", folder + " is not a folder");
        }
        Set<String> tables = new TreeSet<>();
        try (DirectoryStream<Path> csvFiles = Files.newDirectoryStream(folder, "ssd_*" + CSV)) {
            csvFiles.forEach(file -> tables.add(tableNamed(file.getFileName().toString())));
        } catch (IOException e) {
            throw new SsdExtractException("dir", folder + " cannot be listed: " + e.getMessage());
        }
        Map<SsdTable, byte[]> files = new HashMap<>();
        for (SsdTable table : SsdTable.values()) {
            Path file = folder.resolve(table.tableName() + CSV);
            if (Files.isRegularFile(file)) {
                try {
                    files.put(table, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new SsdExtractException("dir", file + " cannot be read: " + e.getMessage());
                }
            }
        }
        return new SsdCsvFiles(folder.toString(), files, tables);
    }

    /**
     * A part named after no table the monitor reads is held, and so reported as left out, but not read.
     *
     * @param parts each file's content by its table's name, with or without {@code .csv}
     * @throws SsdExtractException (the first part) no part is an SSD table the monitor reads
     */
    public static SsdCsvFiles fromParts(Map<String, byte[]> parts) {
        Map<SsdTable, byte[]> files = new HashMap<>();
        parts.forEach((name, content) -> SsdTable.named(tableNamed(name)).ifPresent(table -> files.put(table, content)));
        if (files.isEmpty() && !parts.isEmpty()) {
            throw new SsdExtractException(parts.keySet().iterator().next(), "is not an SSD table the monitor reads ("
                    + Arrays.stream(SsdTable.values()).map(SsdTable::tableName).sorted().collect(Collectors.joining(", "))
                    + "), and no part is");
        }
        return new SsdCsvFiles("upload", files, parts.keySet().stream().map(SsdCsvFiles::tableNamed)
                                                       .collect(Collectors.toSet()));
    }

    private static String tableNamed(String fileName) {
        return fileName.endsWith(CSV) ? fileName.substring(0, fileName.length() - CSV.length()) : fileName;
    }

    @Override
    public Set<String> tables() {
        return tables;
    }

    @Override
    public Optional<List<SsdRow>> rows(SsdTable table) {
        byte[] content = files.get(table);
        if (content == null) {
            return Optional.empty();
        }
        String fileName = table.tableName() + CSV;
        try {
            CsvFile csv = CsvFile.parse(fileName, table.tableName(), text(fileName, content), table.requiredColumns());
            return Optional.of(csv.rows().stream().map(row -> new SsdRow(table, row.line(), row.values())).toList());
        } catch (MalformedCsvException e) {
            throw new SsdExtractException(table.tableName(), fileName + " " + e.reason());
        }
    }

    @Override
    public String description() {
        return description;
    }

    private static String text(String fileName, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SsdExtractException(fileName.replace(".csv", ""), fileName + " is not UTF-8 text");
        }
    }
}
