package uk.casemonitor.imports.returns;

/** One thing wrong with one row of a return; the row is skipped, the rest of the file is imported. */
public record RowError(String file, int row, String column, String message) {
}
