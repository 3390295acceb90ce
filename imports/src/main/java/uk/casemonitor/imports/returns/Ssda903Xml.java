package uk.casemonitor.imports.returns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An SSDA903 return exported as XML (root {@code EXPSSDA903}, one {@code CHILD} per child). Only
 * where to read it from is held: the document is streamed when imported, never held whole.
 *
 * @param name  the name errors are reported against
 * @param field how the upload names the document ({@code file}), for errors about it as a whole
 */
public record Ssda903Xml(String name, String field, Content content, Optional<CollectionYear> year)
        implements Ssda903Return {

    /** Opens the document afresh each time it is read. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public static Ssda903Xml fromFile(Path file, Optional<String> year) {
        if (!Files.isRegularFile(file)) {
            throw new MalformedReturnException("file", file + " is not a file");
        }
        return new Ssda903Xml(file.getFileName().toString(), "file", () -> Files.newInputStream(file),
                              year.map(CollectionYear::parse));
    }

    public static Ssda903Xml fromBytes(String name, String field, byte[] xml, Optional<String> year) {
        return new Ssda903Xml(name, field, () -> new ByteArrayInputStream(xml), year.map(CollectionYear::parse));
    }
}
