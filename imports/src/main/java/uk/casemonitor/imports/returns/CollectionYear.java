package uk.casemonitor.imports.returns;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The year a return was read as, and why: given by the user, or worked out from its dates. */
    public record Choice(CollectionYear year, String reason) {

        static Choice given(CollectionYear year) {
            return new Choice(year, "given with the return");
        }
    }

    /**
     * The year of a return from the bulk of its dates, not their extreme: the year (1 April to
     * 31 March) that most of them fall in. A return's reviews and episode changes fill its own year,
     * while earlier episode starts spread thinly over the years before and a mistyped date
     * stands alone, so neither moves it. On a tie, the later year: a return reports up to its end.
     */
    static Optional<Choice> fromBulk(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        Map<CollectionYear, Long> counts = dates.stream()
                .collect(Collectors.groupingBy(CollectionYear::containing, Collectors.counting()));
        CollectionYear bulk = counts.entrySet().stream()
                .max(Map.Entry.<CollectionYear, Long>comparingByValue()
                             .thenComparing(Map.Entry.comparingByKey(Comparator.comparingInt(CollectionYear::endYear))))
                .orElseThrow().getKey();
        long later = counts.entrySet().stream().filter(e -> e.getKey().endYear() > bulk.endYear())
                           .mapToLong(Map.Entry::getValue).sum();
        return Optional.of(new Choice(bulk, String.format(
                "worked out from the episode and review dates: %d of %d fall in %s (1 April %d to 31 March %d)%s",
                counts.get(bulk), dates.size(), bulk, bulk.endYear() - 1, bulk.endYear(),
                later == 0 ? "" : "; " + later + " fall later, which a return for " + bulk + " cannot describe beyond "
                                  + "a year after its end")));
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
