package uk.casemonitor.imports.ssd;

import uk.casemonitor.imports.csv.CsvFile;
import uk.casemonitor.imports.csv.MalformedCsvException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An SSD extract as CSV files, one per table, named {@code <table>.csv} (as SQL Server's and
 * PostgreSQL's export tools write them), whose header row is the SSD's column names; UTF-8, with
 * or without a byte order mark. From a folder, or uploaded as parts named after the tables.
 */
public final class SsdCsvFiles implements SsdSource {

    private final String description;
    private final Map<SsdTable, byte[]> files;

    private SsdCsvFiles(String description, Map<SsdTable, byte[]> files) {
        this.description = description;
        this.files = files;
    }

    /** @throws SsdExtractException ({@code dir}) the folder does not exist or a file cannot be read */
    public static SsdCsvFiles fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SsdExtractException("dir", folder + " is not a folder");
        }
        Map<SsdTable, byte[]> files = new HashMap<>();
        for (SsdTable table : SsdTable.values()) {
            Path file = folder.resolve(table.tableName() + ".csv");
            if (Files.isRegularFile(file)) {
                try {
                    files.put(table, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new SsdExtractException("dir", file + " cannot be read: " + e.getMessage());
                }
            }
        }
        return new SsdCsvFiles(folder.toString(), files);
    }

    /**
     * @param parts each file's content by its table's name, with or without {@code .csv}
     * @throws SsdExtractException (the part) a part is no SSD table the monitor reads
     */
    public static SsdCsvFiles fromParts(Map<String, byte[]> parts) {
        Map<String, SsdTable> byName = Arrays.stream(SsdTable.values())
                .collect(Collectors.toMap(SsdTable::tableName, table -> table));
        Map<SsdTable, byte[]> files = new HashMap<>();
        parts.forEach((name, content) -> {
            String tableName = name.endsWith(".csv") ? name.substring(0, name.length() - ".csv".length()) : name;
            SsdTable table = byName.get(tableName);
            if (table == null) {
                throw new SsdExtractException(name, "is not an SSD table the monitor reads (" + String.join(", ",
                        byName.keySet().stream().sorted().toList()) + ")");
            }
            files.put(table, content);
        });
        return new SsdCsvFiles("upload", files);
    }

    @Override
    public Optional<List<SsdRow>> rows(SsdTable table) {
        byte[] content = files.get(table);
        if (content == null) {
            return Optional.empty();
        }
        String fileName = table.tableName() + ".csv";
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
