package uk.casemonitor.projections.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How far apart a trend's points are: each point is the KPI as of the last day of a week (Sunday),
 * a month or a quarter (30 June, 30 September, 31 December, 31 March: the financial year's quarters
 * end on the same days as the calendar's).
 */
public enum TrendStep {
    WEEK, MONTH, QUARTER;

    /** The parameter's value, {@code week}, {@code month} or {@code quarter}; empty for anything else. */
    public static Optional<TrendStep> named(String name) {
        for (TrendStep step : values()) {
            if (step.name().equalsIgnoreCase(name.trim())) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The last day of the step that {@code day} falls in. */
    public LocalDate endOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> day.withMonth(day.get(IsoFields.QUARTER_OF_YEAR) * 3).with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /**
     * The as-of dates of a trend from {@code from} to {@code to}: the end of every step that ends in
     * that time, and {@code to} itself when it falls before its step's end (the step so far), so the
     * latest point is never left out.
     */
    public List<LocalDate> asOfDates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate end = endOf(from); !end.isAfter(to); end = endOf(end.plusDays(1))) {
            dates.add(end);
        }
        if (!from.isAfter(to) && (dates.isEmpty() || dates.get(dates.size() - 1).isBefore(to))) {
            dates.add(to);
        }
        return dates;
    }
}
