package uk.casemonitor.imports.returns;

/**
 * Where a fact came from in a return: the file and its line number (the CSV header line is row 1;
 * in XML, the line of the element).
 */
public record SourceRow(String file, int row) {

    @Override
    public String toString() {
        return file + ":" + row;
    }
}
