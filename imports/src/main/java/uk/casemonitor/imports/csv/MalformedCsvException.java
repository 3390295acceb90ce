package uk.casemonitor.imports.csv;

/**
 * A file cannot be read as the CSV expected: a quoted field is never closed, there is no header,
 * or the header lacks a column the import needs. Nothing of the file is read.
 */
public class MalformedCsvException extends RuntimeException {

    private final String source;
    private final String reason;

    /**
     * @param source how the upload names the file ({@code episodes})
     * @param reason what is wrong with it
     */
    public MalformedCsvException(String source, String reason) {
        super(source + ": " + reason);
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
