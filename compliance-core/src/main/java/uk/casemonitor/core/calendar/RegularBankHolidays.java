package uk.casemonitor.core.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.next;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The regular England &amp; Wales bank holidays, worked out by rule (Banking and Financial Dealings
 * Act 1971 and the royal proclamations that fix the May and August Mondays each year).
 *
 * <p>Today's rule is applied to every year, proleptically like {@link LocalDate}; it does not
 * reconstruct history (the early May holiday only dates from 1978). One-off changes are not
 * predictable and come from the published list instead, see {@link BankHolidays}.
 */
final class RegularBankHolidays {

    private RegularBankHolidays() {
    }

    /** The year's regular holidays in date order. */
    static List<BankHoliday> inYear(int year) {
        LocalDate easterSunday = easterSunday(year);
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        return Stream.of(
                new BankHoliday(mondayIfWeekend(LocalDate.of(year, Month.JANUARY, 1)), "New Year’s Day"),
                new BankHoliday(easterSunday.minusDays(2), "Good Friday"),
                new BankHoliday(easterSunday.plusDays(1), "Easter Monday"),
                new BankHoliday(LocalDate.of(year, Month.MAY, 1).with(firstInMonth(MONDAY)), "Early May bank holiday"),
                new BankHoliday(LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY)), "Spring bank holiday"),
                new BankHoliday(LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(MONDAY)), "Summer bank holiday"),
                // Christmas and Boxing Day take the first two weekdays from 25 December that are free:
                // Christmas on a Saturday moves to Monday 27 (Boxing Day Tuesday 28); on a Sunday, Boxing
                // Day keeps Monday 26 and Christmas moves to Tuesday 27; Boxing Day alone on a Saturday
                // moves to Monday 28.
                new BankHoliday(isWeekend(christmas) ? LocalDate.of(year, Month.DECEMBER, 27) : christmas,
                        "Christmas Day"),
                new BankHoliday(isWeekend(boxingDay) ? LocalDate.of(year, Month.DECEMBER, 28) : boxingDay,
                        "Boxing Day"))
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList();
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        // floorDiv/floorMod keep the arithmetic right for the proleptic years LocalDate also allows.
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30);
        int i = Math.floorDiv(c, 4);
        int k = Math.floorMod(c, 4);
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        int m = Math.floorDiv(a + 11 * h + 22 * l, 451);
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    private static LocalDate mondayIfWeekend(LocalDate date) {
        return isWeekend(date) ? date.with(next(MONDAY)) : date;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
