package uk.casemonitor.imports.returns;

import uk.casemonitor.core.recording.CaseTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the fields of one record of a return, checking each as the DfE specification and the
 * monitor require, and remembers every problem against the file, row and column so that one bad
 * value is reported precisely rather than failing the whole file.
 */
final class FieldReader {

    /** The ids the event API accepts for a child. */
    private static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The DfE CSV layout writes dates as DD/MM/YYYY; ISO dates (as in the XML returns) are accepted too. */
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
                                                                      .withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final Fields fields;
    private final LocalDate today;
    private final List<RowError> errors;
    private boolean valid = true;

    FieldReader(String file, Fields fields, LocalDate today, List<RowError> errors) {
        this.file = file;
        this.fields = fields;
        this.today = today;
        this.errors = errors;
    }

    /** Whether every field read so far was valid. */
    boolean valid() {
        return valid;
    }

    SourceRow source(String field) {
        return new SourceRow(file, fields.lineOf(field));
    }

    String text(String field) {
        return fields.value(field);
    }

    String childId(String field) {
        String id = required(field);
        if (id != null && !CHILD_ID.matcher(id).matches()) {
            problem(field, "'" + id + "' cannot be a child id: 1 to 64 letters, digits, '.', '_' or '-', "
                           + "starting with a letter or digit");
            return null;
        }
        return id;
    }

    String required(String field) {
        String value = fields.value(field);
        if (value.isEmpty()) {
            problem(field, "is required");
            return null;
        }
        return value;
    }

    /** A date on which something happened: it cannot be later than today. */
    LocalDate date(String field, boolean required) {
        String value = required ? required(field) : fields.value(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            problem(field, "'" + value + "' is not a date: expected DD/MM/YYYY or YYYY-MM-DD");
        } else if (CaseTime.isFuture(date, today)) {
            problem(field, value + " is in the future (today is " + today + ")");
            return null;
        }
        return date;
    }

    /** One of the codes the DfE specification lists for this field, in upper case. */
    String code(String field, Set<String> allowed, boolean required) {
        String value = required ? required(field) : fields.value(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            problem(field, "'" + value + "' is not a valid code: expected one of "
                           + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return code;
    }

    /** A yes/no flag: 1 or 0 in the CSV returns, true or false (or 1/0) in the XML ones. */
    Boolean flag(String field) {
        String value = fields.value(field).toLowerCase(Locale.ROOT);
        switch (value) {
            case "" -> {
                return null;
            }
            case "1", "true" -> {
                return true;
            }
            case "0", "false" -> {
                return false;
            }
            default -> {
                problem(field, "'" + fields.value(field) + "' is not a yes/no value: expected 1 or 0");
                return null;
            }
        }
    }

    void problem(String field, String message) {
        valid = false;
        errors.add(new RowError(file, fields.lineOf(field), field, message));
    }

    private static LocalDate parseDate(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
