package uk.casemonitor.projections.kpi;

import java.time.LocalDate;
import java.util.Arrays;

/** A KPI's roll-up changes for one scope, summed day by day: the totals of every change up to any date. */
final class RunningTotals {

    private final LocalDate[] days;
    private final long[] denominators;
    private final long[] numerators;

    private RunningTotals(LocalDate[] days, long[] denominators, long[] numerators) {
        this.days = days;
        this.denominators = denominators;
        this.numerators = numerators;
    }

    /** @return {denominator, numerator}: every change dated up to and including the day */
    long[] upTo(LocalDate day) {
        int found = Arrays.binarySearch(days, day);
        int last = found >= 0 ? found : -found - 2;
        return last < 0 ? new long[] {0, 0} : new long[] {denominators[last], numerators[last]};
    }

    static long[] difference(long[] later, long[] earlier) {
        return new long[] {later[0] - earlier[0], later[1] - earlier[1]};
    }

    /** Takes a scope's changes in date order, one row per day (the roll-up's key makes them so). */
    static final class Builder {

        private LocalDate[] days = new LocalDate[256];
        private long[] denominators = new long[256];
        private long[] numerators = new long[256];
        private int size;

        void add(LocalDate day, long denominatorChange, long numeratorChange) {
            if (size > 0 && !day.isAfter(days[size - 1])) {
                throw new IllegalArgumentException("changes must come one per day in date order: " + day + " after " + days[size - 1]);
            }
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                denominators = Arrays.copyOf(denominators, size * 2);
                numerators = Arrays.copyOf(numerators, size * 2);
            }
            denominators[size] = (size == 0 ? 0 : denominators[size - 1]) + denominatorChange;
            numerators[size] = (size == 0 ? 0 : numerators[size - 1]) + numeratorChange;
            days[size++] = day;
        }

        RunningTotals build() {
            return new RunningTotals(Arrays.copyOf(days, size), Arrays.copyOf(denominators, size), Arrays.copyOf(numerators, size));
        }
    }
}
