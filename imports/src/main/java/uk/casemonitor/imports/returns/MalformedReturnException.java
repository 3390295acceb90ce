package uk.casemonitor.imports.returns;

/**
 * The upload as a whole cannot be read as the return it claims to be (not a CSV with the DfE
 * columns, not CIN census XML, an unknown file name): nothing is imported. Bad rows inside a
 * readable file are not this; they are reported row by row.
 */
public class MalformedReturnException extends RuntimeException {

    private final String field;
    private final String reason;

    /**
     * @param field  the upload part, file or option to blame ({@code episodes}, {@code file}, {@code year})
     * @param reason what is wrong with it
     */
    public MalformedReturnException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
