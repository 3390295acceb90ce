package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.fostercarer.CarerType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.*;

/** Fostering Services (England) Regulations 2011, National Minimum Standards and TSD standards. */
class FosterCarerRulesTest {

    @Test
    void approvalIsReviewedWithinAYearThenYearly() {
        History carer = History.ofCarer().approved("2023-03-15", CarerType.MAINSTREAM);
        assertThat(carer.due("carer-review", "2023-03-15")).isEqualTo(LocalDate.parse("2024-03-15"));
        assertThat(carer.state("carer-review", "2024-03-16")).isEqualTo(OVERDUE);
        carer.approvalReviewed("2024-03-20");
        assertThat(carer.due("carer-review", "2024-03-20")).isEqualTo(LocalDate.parse("2025-03-20"));
    }

    @Test
    void tsdStandardsWithinTwelveMonthsOrEighteenForConnectedCarers() {
        assertThat(History.ofCarer().approved("2023-03-15", CarerType.MAINSTREAM).due("tsd-standards", "2023-03-15"))
                .isEqualTo(LocalDate.parse("2024-03-15"));
        assertThat(History.ofCarer().approved("2023-03-15", CarerType.CONNECTED).due("tsd-standards", "2023-03-15"))
                .isEqualTo(LocalDate.parse("2024-09-15"));
    }

    @Test
    void unannouncedVisitYearlySupervisoryVisitSixWeeklyDbsThreeYearly() {
        History carer = History.ofCarer().approved("2023-03-15", CarerType.MAINSTREAM);
        assertThat(carer.due("unannounced-visit", "2023-03-15")).isEqualTo(LocalDate.parse("2024-03-15"));
        assertThat(carer.due("supervisory-visit", "2023-03-15")).isEqualTo(LocalDate.parse("2023-04-26"));
        assertThat(carer.due("dbs-check", "2023-03-15")).isEqualTo(LocalDate.parse("2026-03-15"));
    }

    @Test
    void deregistrationEndsEveryCarerDutyWithoutLaterBreaches() {
        History carer = History.ofCarer().approved("2023-03-15", CarerType.MAINSTREAM).supervisoryVisit("2023-04-20")
                               .deregistered("2023-05-01");
        assertThat(carer.evaluate().obligations()).noneMatch(o -> o.status() == ObligationStatus.OPEN);
        assertThat(carer.evaluate().obligations()).noneMatch(o -> o.status().isBreach());
    }
}
