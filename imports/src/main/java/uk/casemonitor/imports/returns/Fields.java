package uk.casemonitor.imports.returns;

/** The named values of one record of a return (a CSV row, an XML element) and the line each is on. */
interface Fields {

    /** The value, trimmed; empty when the field is absent or blank. */
    String value(String name);

    /** The line to point at when this field is wrong. */
    int lineOf(String name);
}
