package uk.casemonitor.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.casemonitor.core.calendar.Timescale.Unit;

/** Timescales as the rule catalogue writes them, and the due dates they give. */
class TimescaleTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource({
            "15 working days, 15, WORKING_DAYS",
            "1 working day,    1, WORKING_DAYS",
            "15 WD,           15, WORKING_DAYS",
            "15wd,            15, WORKING_DAYS",
            "20 Working Days, 20, WORKING_DAYS",
            "7 days,           7, CALENDAR_DAYS",
            "1 day,            1, CALENDAR_DAYS",
            "1 week,           1, WEEKS",
            "6 weeks,          6, WEEKS",
            "6 WEEKS,          6, WEEKS",
            "3 months,         3, MONTHS",
            "1 month,          1, MONTHS",
            "12 months,       12, MONTHS",
            "1 year,          12, MONTHS",
            "2 Years,         24, MONTHS",
            "'  3   months ',  3, MONTHS",
    })
    void parsesTheWaysTimescalesAreWritten(String text, int amount, Unit unit) {
        assertThat(Timescale.parse(text)).isEqualTo(new Timescale(amount, unit));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15 working days", "1 working day", "7 days", "1 day", "1 week", "6 weeks",
            "3 months", "1 month", "12 months"})
    void canonicalTextRoundTrips(String text) {
        assertThat(Timescale.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void abbreviationsAndYearsPrintInCanonicalForm() {
        assertThat(Timescale.parse("15 WD")).hasToString("15 working days");
        assertThat(Timescale.parse("1 year")).hasToString("12 months");
        assertThat(Timescale.parse(Timescale.parse("1 year").toString())).isEqualTo(Timescale.parse("1 year"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "fifteen working days", "15", "working days", "15 fortnights", "-3 days",
            "3.5 weeks", "15 working", "15 days and 1 week", "15 calendar days", "99999999999 days",
            "999999999 years"})
    void anythingElseIsRejectedQuotingTheText(String text) {
        assertThatThrownBy(() -> Timescale.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> new Timescale(-1, Unit.WEEKS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void icpcWithinFifteenWorkingDaysOfTheStrategyDiscussionSkipsEaster() {
        assertThat(dueDate("15 working days", LocalDate.of(2024, 3, 28))).isEqualTo(LocalDate.of(2024, 4, 22));
    }

    @Test
    void visitWithinOneWeekOfPlacementIsSevenCalendarDaysEvenOverABankHoliday() {
        // Care Planning Regulations 2010 reg. 28: within one week of the start of the placement.
        LocalDate placedOnChristmasEve = LocalDate.of(2024, 12, 24);

        assertThat(dueDate("1 week", placedOnChristmasEve))
                .isEqualTo(LocalDate.of(2024, 12, 31))
                .isEqualTo(dueDate("7 days", placedOnChristmasEve));
    }

    @Test
    void visitsAtIntervalsOfNotMoreThanSixWeeks() {
        // Care Planning Regulations 2010 reg. 28: in the first year, visits at intervals of not more
        // than six weeks.
        assertThat(dueDate("6 weeks", LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void secondLookedAfterReviewWithinThreeMonthsRunsToTheSameDayOfTheMonth() {
        // Care Planning Regulations 2010 reg. 33: second review within 3 months of the first.
        assertThat(dueDate("3 months", LocalDate.of(2024, 1, 17))).isEqualTo(LocalDate.of(2024, 4, 17));
    }

    @Test
    void oneMonthFromThirtyFirstJanuaryIsTheLastDayOfFebruaryInALeapYear() {
        assertThat(dueDate("1 month", LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dueDate("1 month", LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void sixMonthsFromThirtyFirstAugustIsTheLastDayOfFebruary() {
        // Care Planning Regulations 2010 reg. 33: subsequent reviews within 6 months.
        assertThat(dueDate("6 months", LocalDate.of(2024, 8, 31))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dueDate("6 months", LocalDate.of(2023, 8, 31))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void monthsDoNotRollOverIntoTheNextMonth() {
        assertThat(dueDate("3 months", LocalDate.of(2024, 11, 30))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dueDate("1 month", LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void fosterCarerReviewWithinAYearOfLeapDayFallsOnTwentyEighthFebruary() {
        // Fostering Services (England) Regulations 2011 reg. 28: review at least once a year.
        assertThat(dueDate("1 year", LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dueDate("1 year", LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void calendarDaysCountLeapDay() {
        assertThat(dueDate("7 days", LocalDate.of(2024, 2, 25))).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(dueDate("7 days", LocalDate.of(2023, 2, 25))).isEqualTo(LocalDate.of(2023, 3, 4));
    }

    private LocalDate dueDate(String timescale, LocalDate from) {
        return Timescale.parse(timescale).dueDate(from, calendar);
    }
}
