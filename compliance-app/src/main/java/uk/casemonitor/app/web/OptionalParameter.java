package uk.casemonitor.app.web;

/** A query parameter sent empty (a form field left blank, a dashboard's "All") means it was not given. */
public final class OptionalParameter {

    private OptionalParameter() {
    }

    /** The value, or null when absent or blank. */
    public static String of(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
