package uk.casemonitor.imports.ssd;

/**
 * The extract cannot be read at all (no such folder, database not reachable), or one table of it
 * is not the table expected (a required column missing). Named by what it is about: the option
 * ({@code dir}, {@code jdbc-url}) or the table.
 */
public class SsdExtractException extends RuntimeException {

    private final String source;
    private final String reason;

    public SsdExtractException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public SsdExtractException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return reason;
    }
}
