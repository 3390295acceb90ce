package uk.casemonitor.imports.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one SSDA903 return as uploaded or found in a folder, any subset of them.
 *
 * @param year the collection year, when given; otherwise worked out from the episodes and reviews
 */
public record Ssda903Files(Map<Ssda903File, String> contents, Optional<CollectionYear> year) implements Ssda903Return {

    public Ssda903Files {
        contents = Map.copyOf(contents);
        if (contents.isEmpty()) {
            throw new MalformedReturnException("files", "no SSDA903 file was given: expected one or more of "
                                                        + Ssda903File.partNames());
        }
    }

    /** Reads header.csv, episodes.csv, reviews.csv, oc2.csv, oc3.csv and missing.csv from a folder, whichever exist. */
    public static Ssda903Files fromDirectory(Path directory, Optional<String> year) {
        if (!Files.isDirectory(directory)) {
            throw new MalformedReturnException("dir", directory + " is not a folder");
        }
        Map<Ssda903File, String> contents = new EnumMap<>(Ssda903File.class);
        for (Ssda903File file : Ssda903File.values()) {
            Path path = directory.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                try {
                    contents.put(file, ReturnText.decode(Files.readAllBytes(path)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path, e);
                }
            }
        }
        if (contents.isEmpty()) {
            throw new MalformedReturnException("dir", directory + " holds none of the SSDA903 files "
                                                      + "header.csv, episodes.csv, reviews.csv, oc2.csv, oc3.csv, missing.csv");
        }
        return new Ssda903Files(contents, year.map(CollectionYear::parse));
    }

    /**
     * @param parts upload part name ({@code episodes}) to its bytes
     */
    public static Ssda903Files fromParts(Map<String, byte[]> parts, Optional<String> year) {
        Map<Ssda903File, String> contents = new EnumMap<>(Ssda903File.class);
        parts.forEach((name, bytes) -> {
            Ssda903File file = Ssda903File.byPart(name).orElseThrow(() -> new MalformedReturnException(name,
                    "is not an SSDA903 file: expected " + Ssda903File.partNames()));
            contents.put(file, ReturnText.decode(bytes));
        });
        return new Ssda903Files(contents, year.map(CollectionYear::parse));
    }

    Optional<String> content(Ssda903File file) {
        return Optional.ofNullable(contents.get(file));
    }
}
