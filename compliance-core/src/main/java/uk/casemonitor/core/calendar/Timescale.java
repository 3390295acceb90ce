package uk.casemonitor.core.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a rule allows, as the regulations and guidance word it: "within 15 working days",
 * "within 6 weeks", "within 3 months". Written as text in the rule catalogue so a reader can check
 * it against the regulation; {@link #toString()} gives the canonical text, which {@link #parse}
 * reads back.
 */
public record Timescale(int amount, Unit unit) {

    public enum Unit {
        CALENDAR_DAYS("day", "days"),
        WEEKS("week", "weeks"),
        MONTHS("month", "months"),
        WORKING_DAYS("working day", "working days");

        private final String singular;
        private final String plural;

        Unit(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }
    }

    private static final Pattern TEXT = Pattern.compile(
            "(\\d+) ?(working days?|wd|days?|weeks?|months?|years?)");

    public Timescale {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A timescale cannot be negative: " + amount + " " + unit.plural);
        }
    }

    /**
     * Reads "15 working days" (or "15 WD"), "7 days", "1 week", "6 weeks", "3 months", "1 year";
     * case does not matter, nor singular or plural. A year is 12 months, as "within a year" runs to
     * the same date the following year.
     *
     * @throws IllegalArgumentException quoting the text when it is none of these
     */
    public static Timescale parse(String text) {
        Objects.requireNonNull(text, "text");
        // Spacing and case vary in hand-written catalogues; "15  Working Days" means the same.
        String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher matcher = TEXT.matcher(normalised);
        if (!matcher.matches()) {
            throw notATimescale(text);
        }
        try {
            int amount = Integer.parseInt(matcher.group(1));
            return switch (matcher.group(2)) {
                case "working day", "working days", "wd" -> new Timescale(amount, Unit.WORKING_DAYS);
                case "day", "days" -> new Timescale(amount, Unit.CALENDAR_DAYS);
                case "week", "weeks" -> new Timescale(amount, Unit.WEEKS);
                case "month", "months" -> new Timescale(amount, Unit.MONTHS);
                default -> new Timescale(Math.multiplyExact(amount, 12), Unit.MONTHS);
            };
        } catch (ArithmeticException | NumberFormatException tooLarge) {
            throw notATimescale(text);
        }
    }

    /**
     * The last day on which the timescale from {@code from} is met. Months run to the same day of
     * the month, or the month's last day when it is shorter (31 January + 1 month = 28 or 29
     * February); days and weeks are calendar days; working days are counted after {@code from}.
     */
    public LocalDate dueDate(LocalDate from, WorkingDayCalendar calendar) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case CALENDAR_DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            // LocalDate.plusMonths clamps to the end of a shorter month, which is the rule.
            case MONTHS -> from.plusMonths(amount);
            case WORKING_DAYS -> calendar.addWorkingDays(from, amount);
        };
    }

    @Override
    public String toString() {
        return amount + " " + (amount == 1 ? unit.singular : unit.plural);
    }

    private static IllegalArgumentException notATimescale(String text) {
        return new IllegalArgumentException("Not a timescale: \"" + text
                + "\" (expected e.g. \"15 working days\", \"15 WD\", \"7 days\", \"6 weeks\", \"3 months\", \"1 year\")");
    }
}
