package uk.casemonitor.imports.ssd;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one row's values as the SSD writes them, telling the row's problems as it goes: dates as
 * {@code YYYY-MM-DD}, {@code YYYY-MM-DD HH:MM:SS[.fff]} (a DATETIME exported as text) or
 * {@code DD/MM/YYYY} (an English spreadsheet's), flags {@code Y}/{@code N}; blank is unknown.
 */
final class SsdValues {

    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ENGLISH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private final SsdRow row;
    private final LocalDate today;
    private final List<SsdRowProblem> problems;
    private boolean faulty;

    SsdValues(SsdRow row, LocalDate today, List<SsdRowProblem> problems) {
        this.row = row;
        this.today = today;
        this.problems = problems;
    }

    SsdRow row() {
        return row;
    }

    /** Whether anything read from this row so far was a problem. */
    boolean faulty() {
        return faulty;
    }

    String text(String column) {
        return row.value(upper(column));
    }

    boolean has(String column) {
        return row.hasColumn(upper(column));
    }

    /** A date, or empty when blank; a date that is not one, or is in the future, is a problem (and empty). */
    Optional<LocalDate> date(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            if (ISO_DATE_TIME.matcher(text).matches()) {
                date = LocalDate.parse(text.substring(0, 10), ISO);
            } else if (ENGLISH_DATE.matcher(text).matches()) {
                String[] parts = text.split("/");
                date = LocalDate.parse(String.format("%02d/%02d/%s", Integer.parseInt(parts[0]),
                        Integer.parseInt(parts[1]), parts[2]), ENGLISH);
            } else {
                problem(column, "'" + text + "' is not a date (YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or DD/MM/YYYY)");
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            problem(column, "'" + text + "' is not a date that exists");
            return Optional.empty();
        }
        if (date.isAfter(today)) {
            problem(column, date + " is in the future (today is " + today + ")");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** A date the row cannot do without: blank is a problem too. */
    Optional<LocalDate> requiredDate(String column) {
        if (text(column).isEmpty()) {
            problem(column, "is blank");
            return Optional.empty();
        }
        return date(column);
    }

    /** Y or N (any case; also Yes/No, 1/0 as some case systems export bits); blank is unknown (null). */
    Boolean flag(String column) {
        String text = text(column).toUpperCase(Locale.ROOT);
        return switch (text) {
            case "" -> null;
            case "Y", "YES", "1", "TRUE" -> true;
            case "N", "NO", "0", "FALSE" -> false;
            default -> {
                problem(column, "'" + text(column) + "' is not a flag (Y or N, blank when unknown)");
                yield null;
            }
        };
    }

    /** A flag an event cannot do without. */
    Boolean requiredFlag(String column) {
        if (text(column).isEmpty()) {
            problem(column, "is blank: Y or N is needed");
            return null;
        }
        return flag(column);
    }

    void problem(String column, String reason) {
        faulty = true;
        problems.add(new SsdRowProblem(row.table().tableName(), row.rowId(), row.place(), column.toLowerCase(Locale.ROOT),
                reason));
    }

    /** Columns are named in lower case here and found in upper case in the row: converted once per name. */
    private static final Map<String, String> UPPER = new ConcurrentHashMap<>();

    private static String upper(String column) {
        return UPPER.computeIfAbsent(column, name -> name.toUpperCase(Locale.ROOT));
    }
}
