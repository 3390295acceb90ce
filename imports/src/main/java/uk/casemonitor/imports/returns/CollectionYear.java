package uk.casemonitor.imports.returns;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a statutory return covers: 1 April to 31 March, named by both calendar years
 * ("2024-25"). The SSDA903 outcome files (OC2, OC3) carry no dates of their own; they describe the
 * child over this year.
 *
 * @param endYear the calendar year in which the collection year ends (2025 for 2024-25)
 */
public record CollectionYear(int endYear) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:[-/](\\d{2}|\\d{4}))?");

    /** The collection year containing this date. */
    static CollectionYear containing(LocalDate date) {
        return new CollectionYear(date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() + 1 : date.getYear());
    }

    /**
     * @param text {@code 2025} (the year the collection ends) or {@code 2024-25}
     */
    static CollectionYear parse(String text) {
        Matcher matcher = YEAR.matcher(text.trim());
        if (!matcher.matches()) {
            throw new MalformedReturnException("year", "'" + text + "' is not a collection year: "
                                                       + "give the year it ends (2025) or both years (2024-25)");
        }
        int first = Integer.parseInt(matcher.group(1));
        String second = matcher.group(2);
        if (second == null) {
            return new CollectionYear(first);
        }
        int next = first + 1;
        if (Integer.parseInt(second) != (second.length() == 2 ? next % 100 : next)) {
            throw new MalformedReturnException("year", "'" + text + "' is not a collection year: the second year "
                                                       + "must follow the first, as in " + new CollectionYear(next).label());
        }
        return new CollectionYear(next);
    }

    LocalDate start() {
        return LocalDate.of(endYear - 1, Month.APRIL, 1);
    }

    LocalDate end() {
        return LocalDate.of(endYear, Month.MARCH, 31);
    }

    /** The young person's birthday that falls in this year (28 February for a 29 February birthday). */
    LocalDate birthdayIn(LocalDate dateOfBirth) {
        LocalDate inStartYear = dateOfBirth.withYear(endYear - 1);
        return inStartYear.isBefore(start()) ? dateOfBirth.withYear(endYear) : inStartYear;
    }

    String label() {
        return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
