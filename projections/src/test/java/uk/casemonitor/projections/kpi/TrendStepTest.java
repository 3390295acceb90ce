package uk.casemonitor.projections.kpi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TrendStepTest {

    @Test
    void aMonthlyTrendIsReadAtEachMonthEndAndAtTheLastDateForTheMonthSoFar() {
        assertThat(TrendStep.MONTH.asOfDates(LocalDate.parse("2024-01-15"), LocalDate.parse("2024-04-10")))
                .containsExactly(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-31"),
                                 LocalDate.parse("2024-04-10"));
        assertThat(TrendStep.MONTH.asOfDates(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31")))
                .containsExactly(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-29"), LocalDate.parse("2024-03-31"));
    }

    @Test
    void quartersEndWithTheFinancialYearsQuarters() {
        assertThat(TrendStep.QUARTER.asOfDates(LocalDate.parse("2024-04-01"), LocalDate.parse("2025-03-31")))
                .containsExactly(LocalDate.parse("2024-06-30"), LocalDate.parse("2024-09-30"), LocalDate.parse("2024-12-31"),
                                 LocalDate.parse("2025-03-31"));
    }

    @Test
    void weeksEndOnSunday() {
        assertThat(TrendStep.WEEK.asOfDates(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-17")))
                .containsExactly(LocalDate.parse("2024-03-03"), LocalDate.parse("2024-03-10"), LocalDate.parse("2024-03-17"));
    }

    @Test
    void aSingleDayIsOnePointAndABackwardsPeriodNone() {
        assertThat(TrendStep.MONTH.asOfDates(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-05")))
                .containsExactly(LocalDate.parse("2024-03-05"));
        assertThat(TrendStep.MONTH.asOfDates(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-04"))).isEmpty();
    }
}
