package uk.casemonitor.projections.drilldown;

import java.util.List;
import java.util.function.Function;

/**
 * A drill-down as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break), one line per row under a header naming the JSON fields. A text cell
 * that a spreadsheet would run as a formula (starting =, +, -, @) is prefixed with an apostrophe.
 */
public final class DrillDownCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final List<Column> COLUMNS = List.of(
            new Column("subjectKind", DrillDownRow::subjectKind),
            new Column("subjectId", DrillDownRow::subjectId),
            new Column("teamId", DrillDownRow::teamId),
            new Column("workerId", DrillDownRow::workerId),
            new Column("counted", DrillDownRow::counted),
            new Column("failing", DrillDownRow::failing),
            new Column("reason", DrillDownRow::reason),
            new Column("dueOn", DrillDownRow::dueOn),
            new Column("daysLate", DrillDownRow::daysLate),
            new Column("lastEventOn", DrillDownRow::lastEventOn),
            new Column("detail", DrillDownRow::detail),
            new Column("ref", DrillDownRow::ref));

    private record Column(String name, Function<DrillDownRow, Object> value) {
    }

    private DrillDownCsv() {
    }

    public static String write(KpiDrillDown drillDown) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", COLUMNS.stream().map(Column::name).toList())).append("\r\n");
        for (DrillDownRow row : drillDown.rows()) {
            csv.append(String.join(",", COLUMNS.stream().map(column -> cell(column.value().apply(row))).toList()))
               .append("\r\n");
        }
        return csv.toString();
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
