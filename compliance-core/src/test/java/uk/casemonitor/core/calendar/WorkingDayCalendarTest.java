package uk.casemonitor.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Working days as statutory guidance counts them: Working Together to Safeguard Children 2023 and
 * the Care Planning, Placement and Case Review (England) Regulations 2010 give timescales in
 * working days <em>of</em> an event, counted from the day after it.
 */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void icpcDueDateSkipsEasterBankHolidays() {
        // Strategy discussion on Maundy Thursday 2024; Good Friday 29 March and Easter Monday 1 April
        // are not working days, so the conference is due 15 working days later on Monday 22 April.
        LocalDate strategyDiscussion = LocalDate.of(2024, 3, 28);

        assertThat(calendar.addWorkingDays(strategyDiscussion, 15)).isEqualTo(LocalDate.of(2024, 4, 22));
    }

    @Test
    void icpcHeldOnTheDueDateIsWithinFifteenWorkingDaysAndTheDayAfterIsNot() {
        LocalDate strategyDiscussion = LocalDate.of(2024, 3, 28);

        assertThat(calendar.workingDaysBetween(strategyDiscussion, LocalDate.of(2024, 4, 22))).isEqualTo(15);
        assertThat(calendar.workingDaysBetween(strategyDiscussion, LocalDate.of(2024, 4, 23))).isEqualTo(16);
        assertThat(calendar.workingDaysBetween(strategyDiscussion, LocalDate.of(2024, 4, 19))).isEqualTo(14);
    }

    @Test
    void dayOfTheTriggeringEventNeverCounts() {
        LocalDate tuesday = LocalDate.of(2024, 6, 4);

        assertThat(calendar.addWorkingDays(tuesday, 1)).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(calendar.workingDaysBetween(tuesday, tuesday)).isZero();
    }

    @Test
    void referralOnASaturdayCountsFromTheMonday() {
        LocalDate saturday = LocalDate.of(2024, 1, 6);

        assertThat(calendar.addWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(calendar.addWorkingDays(saturday, 5)).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(calendar.addWorkingDays(saturday, 6)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 1, 7), 1)).isEqualTo(LocalDate.of(2024, 1, 8));
    }

    @Test
    void zeroWorkingDaysIsTheStartDateEvenAtTheWeekend() {
        LocalDate sunday = LocalDate.of(2024, 1, 7);

        assertThat(calendar.addWorkingDays(sunday, 0)).isEqualTo(sunday);
    }

    @Test
    void firstLookedAfterReviewWithinTwentyWorkingDaysSkipsChristmasAndNewYear() {
        // Care Planning Regulations 2010 reg. 33: first review within 20 working days of the
        // child becoming looked after. 25 and 26 December and 1 January are bank holidays.
        LocalDate becameLookedAfter = LocalDate.of(2023, 12, 15);

        assertThat(calendar.addWorkingDays(becameLookedAfter, 20)).isEqualTo(LocalDate.of(2024, 1, 17));
    }

    @Test
    void singleAssessmentWithinFortyFiveWorkingDaysOfReferralSkipsMayBankHolidays() {
        // Working Together 2023: assessment within 45 working days of the referral. 6 and 27 May
        // 2024 are bank holidays, so 9 weeks of weekdays (to Thursday 27 June) are 2 days short,
        // and the two days carry over the weekend.
        LocalDate referral = LocalDate.of(2024, 4, 25);

        assertThat(calendar.addWorkingDays(referral, 45)).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void oneOffBankHolidaysFromThePublishedListAreNotWorkingDays() {
        LocalDate dayBeforeJubileeWeekend = LocalDate.of(2022, 6, 1);

        assertThat(calendar.nextWorkingDay(dayBeforeJubileeWeekend)).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(new WorkingDayCalendar(BankHolidays.byRule()).nextWorkingDay(dayBeforeJubileeWeekend))
                .isEqualTo(LocalDate.of(2022, 6, 2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue();
    }

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 30))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 31))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 29))).as("Good Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 1))).as("Easter Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 2))).as("Tuesday after Easter").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 2))).as("New Year substitute").isFalse();
    }

    @Test
    void nextWorkingDayAfterChristmasEveSkipsChristmasAndBoxingDaySubstitute() {
        // 2020: Christmas Friday 25, Boxing Day Saturday observed Monday 28 December.
        assertThat(calendar.nextWorkingDay(LocalDate.of(2020, 12, 24))).isEqualTo(LocalDate.of(2020, 12, 29));
        // 2021: Christmas and Boxing Day at the weekend, observed Monday 27 and Tuesday 28.
        assertThat(calendar.nextWorkingDay(LocalDate.of(2021, 12, 24))).isEqualTo(LocalDate.of(2021, 12, 29));
    }

    @Test
    void nextWorkingDayIsStrictlyAfterEvenAWorkingDay() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 6, 7))).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 6, 4))).isEqualTo(LocalDate.of(2024, 6, 5));
    }

    @Test
    void workingDaysBetweenAcrossAWeekend() {
        LocalDate friday = LocalDate.of(2024, 6, 7);

        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2024, 6, 8))).isZero();
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2024, 6, 9))).isZero();
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2024, 6, 10))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 6, 8), LocalDate.of(2024, 6, 9))).isZero();
    }

    @Test
    void workingDaysBetweenIsNegativeWhenTheDatesAreReversed() {
        LocalDate strategyDiscussion = LocalDate.of(2024, 3, 28);
        LocalDate conference = LocalDate.of(2024, 4, 22);

        assertThat(calendar.workingDaysBetween(conference, strategyDiscussion)).isEqualTo(-15);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 7))).isEqualTo(-1);
    }

    @Test
    void workingDaysBetweenOverTenYearsCountsEveryBankHoliday() {
        // 2018–2027: 2,610 weekdays less the 83 bank holidays, none of which falls at a weekend.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2017, 12, 31), LocalDate.of(2027, 12, 31)))
                .isEqualTo(2610 - 83);
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void arithmeticAgreesWithCountingDayByDayFrom2018To2027() {
        Set<LocalDate> holidays = IntStream.rangeClosed(2017, 2028)
                .boxed()
                .flatMap(year -> calendar.bankHolidays().inYear(year).stream())
                .map(BankHoliday::date)
                .collect(Collectors.toSet());
        LocalDate lastStart = LocalDate.of(2028, 1, 1);
        for (LocalDate start = LocalDate.of(2017, 12, 20); start.isBefore(lastStart); start = start.plusDays(1)) {
            LocalDate day = start;
            for (int n = 0; n <= 60; n++) {
                assertThat(calendar.addWorkingDays(start, n)).as("%s + %d", start, n).isEqualTo(day);
                assertThat(calendar.workingDaysBetween(start, day)).as("%s to %s", start, day).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(day, start)).isEqualTo(-n);
                day = day.plusDays(1);
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                        || holidays.contains(day)) {
                    day = day.plusDays(1);
                }
            }
        }
    }
}
