package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.*;

/** Working Together 2023 front door, and local practice-quality policy. */
class FrontDoorAndPracticeRulesTest {

    @Test
    void aReferralDecisionIsDueTheNextWorkingDay() {
        History child = History.ofChild().referral("2024-01-05");
        assertThat(child.due("referral-decision", "2024-01-05")).isEqualTo(LocalDate.parse("2024-01-08"));
        assertThat(child.referralDecision("2024-01-08").state("referral-decision", "2024-01-09")).isEqualTo(MET_ON_TIME);
    }

    @Test
    void anAssessmentIsDueFortyFiveWorkingDaysFromTheReferralNotFromItsStart() {
        History child = History.ofChild().referral("2024-01-02").assessmentStarted("2024-01-10");
        assertThat(child.due("assessment", "2024-01-10")).isEqualTo(LocalDate.parse("2024-03-05"));
        assertThat(child.assessmentCompleted("2024-03-06").state("assessment", "2024-03-10")).isEqualTo(MET_LATE);
    }

    @Test
    void childrenOnPlansHaveManagementOversightEveryFourWeeksOnCpAndSixOtherwise() {
        assertThat(History.ofChild().cpPlanStarted("2024-01-10").due("management-oversight", "2024-01-10"))
                .isEqualTo(LocalDate.parse("2024-02-07"));
        assertThat(History.ofChild().cinPlanStarted("2024-01-10").due("management-oversight", "2024-01-10"))
                .isEqualTo(LocalDate.parse("2024-02-21"));
    }

    @Test
    void cinVisitsEveryTwentyWorkingDaysAndReviewsEveryThreeMonths() {
        History child = History.ofChild().cinPlanStarted("2024-01-10");
        assertThat(child.due("cin-visit", "2024-01-10")).isEqualTo(LocalDate.parse("2024-02-07"));
        assertThat(child.due("cin-review", "2024-01-10")).isEqualTo(LocalDate.parse("2024-04-10"));
        assertThat(child.cinPlanEnded("2024-03-01").state("cin-review", "2024-06-01")).isEqualTo(CANCELLED);
    }

    @Test
    void closingTheCaseEndsEveryDuty() {
        History child = History.ofChild().referral("2024-01-02").cpPlanStarted("2024-01-10").caseClosed("2024-01-12");
        assertThat(child.evaluate().obligations()).allMatch(o -> o.status() != ObligationStatus.OPEN);
    }
}
