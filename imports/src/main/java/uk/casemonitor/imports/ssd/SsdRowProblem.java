package uk.casemonitor.imports.ssd;

/**
 * One thing wrong with one row of one SSD table: what the row would have said is left out, and the
 * rest of the extract is imported.
 *
 * @param rowId  the row's id in its table (empty when the id itself is missing)
 * @param place  the row's line in the CSV file (header = line 1), or its row number in the query
 * @param column the column to blame, as the SSD names it (lower case)
 */
public record SsdRowProblem(String table, String rowId, int place, String column, String reason) {
}
