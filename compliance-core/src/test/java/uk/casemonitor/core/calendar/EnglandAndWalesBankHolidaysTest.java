package uk.casemonitor.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** England &amp; Wales bank holidays as published on gov.uk, 2018–2027. */
class EnglandAndWalesBankHolidaysTest {

    /** The observed dates, copied from the published lists, substitutes and one-off changes included. */
    private static final Map<Integer, List<String>> PUBLISHED = Map.of(
            2018, List.of("2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27",
                    "2018-12-25", "2018-12-26"),
            2019, List.of("2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26",
                    "2019-12-25", "2019-12-26"),
            2020, List.of("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
                    "2020-12-25", "2020-12-28"),
            2021, List.of("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
                    "2021-12-27", "2021-12-28"),
            2022, List.of("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
                    "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"),
            2023, List.of("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
                    "2023-08-28", "2023-12-25", "2023-12-26"),
            2024, List.of("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
                    "2024-12-25", "2024-12-26"),
            2025, List.of("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
                    "2025-12-25", "2025-12-26"),
            2026, List.of("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                    "2026-12-25", "2026-12-28"),
            2027, List.of("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                    "2027-12-27", "2027-12-28"));

    private final BankHolidays published = BankHolidays.englandAndWales();
    private final BankHolidays byRule = BankHolidays.byRule();

    static Stream<Integer> publishedYears() {
        return PUBLISHED.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedYears")
    void bundledListGivesEveryPublishedBankHoliday(int year) {
        assertThat(dates(published, year)).containsExactlyElementsOf(expected(year));
        expected(year).forEach(date -> assertThat(published.isBankHoliday(date)).as("%s", date).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2018, 2019, 2021, 2024, 2025, 2026, 2027})
    void ruleAloneGivesEveryBankHolidayInYearsWithoutOneOffChanges(int year) {
        assertThat(dates(byRule, year)).containsExactlyElementsOf(expected(year));
    }

    @Test
    void bundledListCoversEnglandAndWales2018To2027() {
        assertThat(published.publishedYears()).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
    }

    @Test
    void earlyMayBankHolidayMovedToFridayEighthForVeDayIn2020() {
        assertThat(published.isBankHoliday(LocalDate.of(2020, 5, 8))).isTrue();
        assertThat(published.isBankHoliday(LocalDate.of(2020, 5, 4))).isFalse();

        assertThat(byRule.isBankHoliday(LocalDate.of(2020, 5, 4))).isTrue();
        assertThat(byRule.isBankHoliday(LocalDate.of(2020, 5, 8))).isFalse();
    }

    @Test
    void springBankHolidayMovedToSecondJuneWithPlatinumJubileeAndStateFuneralIn2022() {
        assertThat(published.inYear(2022)).contains(
                new BankHoliday(LocalDate.of(2022, 6, 2), "Spring bank holiday"),
                new BankHoliday(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
                new BankHoliday(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"));
        assertThat(published.isBankHoliday(LocalDate.of(2022, 5, 30))).isFalse();

        assertThat(dates(byRule, 2022))
                .contains(LocalDate.of(2022, 5, 30))
                .doesNotContain(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19));
    }

    @Test
    void kingsCoronationAddedOnEighthMay2023() {
        assertThat(published.inYear(2023))
                .contains(new BankHoliday(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"))
                .hasSize(9);
        assertThat(dates(byRule, 2023)).doesNotContain(LocalDate.of(2023, 5, 8)).hasSize(8);
        // Everything else in 2023 is the regular rule.
        assertThat(dates(published, 2023)).containsAll(dates(byRule, 2023));
    }

    @Test
    void ruleAndListDifferOnlyByTheOneOffChanges() {
        assertThat(difference(published, byRule, 2020)).containsExactly(LocalDate.of(2020, 5, 8));
        assertThat(difference(byRule, published, 2020)).containsExactly(LocalDate.of(2020, 5, 4));
        assertThat(difference(published, byRule, 2022))
                .containsExactly(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19));
        assertThat(difference(byRule, published, 2022)).containsExactly(LocalDate.of(2022, 5, 30));
        assertThat(difference(published, byRule, 2023)).containsExactly(LocalDate.of(2023, 5, 8));
        assertThat(difference(byRule, published, 2023)).isEmpty();
    }

    @Test
    void yearsOutsideTheBundledListFallBackToTheRule() {
        assertThat(published.inYear(2028)).isEqualTo(byRule.inYear(2028));
        assertThat(published.inYear(2017)).isEqualTo(byRule.inYear(2017));
        // Christmas 2028 is a Monday; Easter 2028 is 16 April.
        assertThat(dates(published, 2028)).containsExactly(
                LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17),
                LocalDate.of(2028, 5, 1), LocalDate.of(2028, 5, 29), LocalDate.of(2028, 8, 28),
                LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26));
    }

    // Substitute days: Banking and Financial Dealings Act 1971, Schedule 1, as proclaimed each year.

    @Test
    void christmasOnSaturdayIsObservedMondayTwentySeventhAndBoxingDayTuesday() {
        assertThat(byRule.inYear(2021)).contains(
                new BankHoliday(LocalDate.of(2021, 12, 27), "Christmas Day"),
                new BankHoliday(LocalDate.of(2021, 12, 28), "Boxing Day"));
        assertThat(byRule.isBankHoliday(LocalDate.of(2021, 12, 25))).isFalse();
    }

    @Test
    void christmasOnSundayKeepsBoxingDayMondayAndIsObservedTuesdayTwentySeventh() {
        assertThat(byRule.inYear(2022)).contains(
                new BankHoliday(LocalDate.of(2022, 12, 26), "Boxing Day"),
                new BankHoliday(LocalDate.of(2022, 12, 27), "Christmas Day"));
        assertThat(byRule.isBankHoliday(LocalDate.of(2022, 12, 25))).isFalse();
    }

    @Test
    void boxingDayOnSaturdayIsObservedMondayTwentyEighth() {
        assertThat(dates(byRule, 2020)).contains(LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28));
        assertThat(dates(byRule, 2026)).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void newYearsDayAtTheWeekendIsObservedTheFollowingMonday() {
        // 1 January 2022 was a Saturday, 1 January 2023 a Sunday.
        assertThat(dates(byRule, 2022)).contains(LocalDate.of(2022, 1, 3)).doesNotContain(LocalDate.of(2022, 1, 1));
        assertThat(dates(byRule, 2023)).contains(LocalDate.of(2023, 1, 2)).doesNotContain(LocalDate.of(2023, 1, 1));
        assertThat(published.isBankHoliday(LocalDate.of(2023, 1, 2))).isTrue();
    }

    @Test
    void easterSundayByTheGregorianComputus() {
        assertThat(RegularBankHolidays.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(RegularBankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        // The earliest and latest possible dates, 22 March and 25 April.
        assertThat(RegularBankHolidays.easterSunday(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
        assertThat(RegularBankHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1990, 1999, 2000, 2010, 2028, 2031, 2032, 2033, 2038, 2044, 2050, 2100})
    void everyYearHasEightRegularHolidaysOnDistinctWeekdaysOfThatYear(int year) {
        assertThat(byRule.inYear(year)).hasSize(8).allSatisfy(holiday -> {
            assertThat(holiday.date().getYear()).isEqualTo(year);
            assertThat(holiday.date().getDayOfWeek().getValue()).as("%s", holiday).isLessThanOrEqualTo(5);
        });
        assertThat(dates(byRule, year)).doesNotHaveDuplicates().isSorted();
    }

    private static List<LocalDate> expected(int year) {
        return PUBLISHED.get(year).stream().map(LocalDate::parse).toList();
    }

    private static List<LocalDate> dates(BankHolidays holidays, int year) {
        return holidays.inYear(year).stream().map(BankHoliday::date).toList();
    }

    private static List<LocalDate> difference(BankHolidays these, BankHolidays butNotThese, int year) {
        return dates(these, year).stream().filter(date -> !butNotThese.isBankHoliday(date)).toList();
    }
}
