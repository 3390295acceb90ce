package uk.casemonitor.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England &amp; Wales: every day but Saturdays, Sundays and bank holidays.
 *
 * <p>Statutory timescales such as "within 15 working days of the strategy discussion" count the
 * working days <em>after</em> the starting event: the day of the event itself never counts, and the
 * deadline is the 15th working day after it. {@link #addWorkingDays} and {@link #workingDaysBetween}
 * are the two directions of that one count.
 *
 * <p>Projections call these millions of times, so they count weekdays by arithmetic and only look
 * at the (at most a dozen) bank holidays of each year involved, never walking day by day. Immutable
 * and thread-safe: the per-year holiday cache only ever holds values derived from the same
 * {@link BankHolidays}.
 */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;
    /** Epoch days of each year's bank holidays that fall on a weekday, the only ones that matter. */
    private final Map<Integer, long[]> weekdayHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
    }

    /** The calendar with the bundled England &amp; Wales bank holidays. */
    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(BankHolidays.englandAndWales());
    }

    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWeekday(date.getDayOfWeek()) && !isWeekdayHoliday(date);
    }

    /**
     * The n-th working day after {@code start}; {@code start} itself never counts, whether or not it
     * is a working day, and {@code n = 0} returns {@code start} unchanged.
     *
     * @throws IllegalArgumentException if n is negative: timescales only run forward
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
        }
        if (n == 0) {
            return start;
        }
        // Step over n weekdays, then over as many more as the bank holidays just passed ate up,
        // until a step passes no holiday. The last step ends on a weekday that is not a holiday
        // (a holiday there would have been counted and caused another step).
        LocalDate from = start;
        LocalDate to = plusWeekdays(start, n);
        int holidaysPassed = weekdayHolidaysAfterUpTo(from, to);
        while (holidaysPassed > 0) {
            from = to;
            to = plusWeekdays(to, holidaysPassed);
            holidaysPassed = weekdayHolidaysAfterUpTo(from, to);
        }
        return to;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Zero when {@code to} equals
     * {@code from}; when {@code to} is before {@code from}, minus the count the other way round:
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long weekdays = weekdaysUpTo(to.toEpochDay()) - weekdaysUpTo(from.toEpochDay());
        return Math.toIntExact(weekdays - weekdayHolidaysAfterUpTo(from, to));
    }

    /** The first working day strictly after {@code date}: {@code addWorkingDays(date, 1)}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    private boolean isWeekdayHoliday(LocalDate date) {
        long day = date.toEpochDay();
        for (long holiday : weekdayHolidays(date.getYear())) {
            if (holiday == day) {
                return true;
            }
        }
        return false;
    }

    /** Bank holidays on weekdays in (from, to]; from is not after to. */
    private int weekdayHolidaysAfterUpTo(LocalDate from, LocalDate to) {
        long after = from.toEpochDay();
        long upTo = to.toEpochDay();
        int count = 0;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (long holiday : weekdayHolidays(year)) {
                if (holiday > after && holiday <= upTo) {
                    count++;
                }
            }
        }
        return count;
    }

    private long[] weekdayHolidays(int year) {
        return weekdayHolidaysByYear.computeIfAbsent(year, y -> bankHolidays.inYear(y).stream()
                .map(BankHoliday::date)
                .filter(date -> isWeekday(date.getDayOfWeek()))
                .mapToLong(LocalDate::toEpochDay)
                .toArray());
    }

    /**
     * The k-th weekday after date, k > 0. A weekend date counts on from the Friday before it, as
     * the weekdays after a Saturday or Sunday are those after that Friday.
     */
    private static LocalDate plusWeekdays(LocalDate date, int k) {
        int dayOfWeek = date.getDayOfWeek().getValue();
        int fromWeekday = Math.min(dayOfWeek, DayOfWeek.FRIDAY.getValue());
        LocalDate countFrom = date.minusDays(dayOfWeek - fromWeekday);
        int wholeWeeks = k / 5;
        int extraDays = k % 5;
        int weekendToSkip = fromWeekday + extraDays > DayOfWeek.FRIDAY.getValue() ? 2 : 0;
        return countFrom.plusDays(7L * wholeWeeks + extraDays + weekendToSkip);
    }

    /** Weekdays from a fixed Monday up to epochDay, differences of which count weekdays in (a, b]. */
    private static long weekdaysUpTo(long epochDay) {
        // Epoch day 4 (5 January 1970) was a Monday.
        long sinceMonday = epochDay - 4;
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    private static boolean isWeekday(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
