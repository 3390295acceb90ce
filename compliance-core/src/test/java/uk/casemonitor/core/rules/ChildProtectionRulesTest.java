package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.*;

/** Working Together 2023 and local policy for children subject to child-protection plans. */
class ChildProtectionRulesTest {

    @Test
    void icpcIsDueFifteenWorkingDaysAfterTheStrategyDiscussionSkippingEaster() {
        History child = History.ofChild().strategyDiscussion("2024-03-28", true);

        assertThat(child.due("icpc", "2024-03-28")).isEqualTo(LocalDate.parse("2024-04-22"));
        assertThat(child.state("icpc", "2024-04-22")).isEqualTo(DUE);
        assertThat(child.state("icpc", "2024-04-23")).isEqualTo(OVERDUE);
    }

    @Test
    void icpcHeldOnTheDueDayIsOnTimeAndTheDayAfterIsLate() {
        assertThat(History.ofChild().strategyDiscussion("2024-03-28", true).icpc("2024-04-22", true)
                          .state("icpc", "2024-05-01")).isEqualTo(MET_ON_TIME);
        History late = History.ofChild().strategyDiscussion("2024-03-28", true).icpc("2024-04-23", true);
        assertThat(late.state("icpc", "2024-05-01")).isEqualTo(MET_LATE);
        assertThat(late.obligation("icpc", "2024-05-01").orElseThrow().daysLate(LocalDate.parse("2024-05-01"))).isEqualTo(1);
    }

    @Test
    void icpcCountsFromTheLatestStrategyDiscussion() {
        History child = History.ofChild()
                               .strategyDiscussion("2024-01-02", true)
                               .strategyDiscussion("2024-02-01", true)
                               .icpc("2024-02-15", true);

        assertThat(child.evaluate().obligationsOf("icpc")).extracting(Obligation::status)
                .containsExactlyInAnyOrder(ObligationStatus.CANCELLED, ObligationStatus.MET_ON_TIME);
    }

    @Test
    void noIcpcIsOwedWithoutASection47EnquiryOrWhenConcernsAreNotSubstantiated() {
        assertThat(History.ofChild().strategyDiscussion("2024-01-02", false).evaluate().obligationsOf("icpc")).isEmpty();
        History unsubstantiated = History.ofChild().strategyDiscussion("2024-01-02", true).s47Completed("2024-01-10", false);
        assertThat(unsubstantiated.state("icpc", "2024-03-01")).isEqualTo(CANCELLED);
    }

    @Test
    void firstCoreGroupIsDueTenWorkingDaysAfterTheIcpc() {
        History child = History.ofChild().icpc("2024-01-10", true).cpPlanStarted("2024-01-10");
        assertThat(child.due("core-group", "2024-01-10")).isEqualTo(LocalDate.parse("2024-01-24"));
        assertThat(child.coreGroup("2024-01-25").state("core-group", "2024-02-01")).isEqualTo(MET_LATE);
    }

    @Test
    void noCoreGroupIsOwedWhenTheConferenceMadeNoPlan() {
        assertThat(History.ofChild().icpc("2024-01-10", false).evaluate().obligationsOf("core-group")).isEmpty();
    }

    @Test
    void firstReviewConferenceIsDueWithinThreeMonthsClampedToMonthEnd() {
        History child = History.ofChild().icpc("2023-08-31", true).cpPlanStarted("2023-08-31");
        assertThat(child.due("rcpc", "2023-09-01")).isEqualTo(LocalDate.parse("2023-11-30"));
    }

    @Test
    void laterReviewConferencesAreDueEverySixMonths() {
        History child = History.ofChild().icpc("2024-01-10", true).cpPlanStarted("2024-01-10").rcpc("2024-04-05");
        assertThat(child.due("rcpc", "2024-04-05")).isEqualTo(LocalDate.parse("2024-10-05"));
    }

    @Test
    void cpVisitsAreDueTenWorkingDaysFromThePlanStartThenFromEachVisit() {
        History child = History.ofChild().cpPlanStarted("2024-01-10");
        assertThat(child.due("cp-visit", "2024-01-10")).isEqualTo(LocalDate.parse("2024-01-24"));
        assertThat(child.state("cp-visit", "2024-01-24")).isEqualTo(DUE);
        assertThat(child.state("cp-visit", "2024-01-25")).isEqualTo(OVERDUE);

        child.cpVisit("2024-01-22");
        assertThat(child.state("cp-visit", "2024-01-22")).isEqualTo(DUE);
        assertThat(child.due("cp-visit", "2024-01-23")).isEqualTo(LocalDate.parse("2024-02-05"));
    }

    @Test
    void aVisitWhereTheChildWasNotSeenDoesNotMeetTheDuty() {
        History child = History.ofChild().cpPlanStarted("2024-01-10")
                               .visit(uk.casemonitor.core.childcase.VisitType.CHILD_PROTECTION, "2024-01-15", false, false)
                               .visit(uk.casemonitor.core.childcase.VisitType.CHILD_PROTECTION, "2024-01-16", null, null);
        assertThat(child.state("cp-visit", "2024-01-25")).isEqualTo(OVERDUE);
    }

    @Test
    void endingThePlanEndsTheVisitingDutyWithoutABreachForLaterDates() {
        History child = History.ofChild().cpPlanStarted("2024-01-10").cpVisit("2024-01-22").cpPlanEnded("2024-01-31");
        assertThat(child.state("cp-visit", "2024-03-01")).isEqualTo(CANCELLED);
        assertThat(child.evaluate().obligationsOf("cp-visit")).noneMatch(o -> o.status().isBreach());
    }

    @Test
    void aVisitMissedBeforeThePlanEndedStaysABreach() {
        History child = History.ofChild().cpPlanStarted("2024-01-10").cpPlanEnded("2024-02-20");
        assertThat(child.state("cp-visit", "2024-03-01")).isEqualTo(MISSED);
    }

    @Test
    void christmasBankHolidaysAreSkipped() {
        // 18 Dec 2023 + 10 working days: 19-22 Dec, 27-29 Dec, 2-4 Jan (25, 26 Dec and 1 Jan skipped).
        assertThat(History.ofChild().cpPlanStarted("2023-12-18").due("cp-visit", "2023-12-18"))
                .isEqualTo(LocalDate.parse("2024-01-04"));
    }
}
