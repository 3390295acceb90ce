package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.fostercarer.CarerType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.CANCELLED;
import static uk.casemonitor.core.rules.ObligationState.MET_LATE;
import static uk.casemonitor.core.rules.ObligationState.MET_ON_TIME;
import static uk.casemonitor.core.rules.ObligationState.MISSED;
import static uk.casemonitor.core.rules.ObligationState.OVERDUE;
import static uk.casemonitor.core.rules.ObligationState.PRE_MONITORING;

/**
 * Every duty ends, by being met or by what the catalogue says ends it; and practice before the
 * authority's monitoring began is shown, never judged.
 */
class DutiesEndAndMonitoringHorizonTest {

    private static final ComplianceEngine MONITORED_FROM_2021 = new ComplianceEngine(RuleCatalogue.statutoryDefaults(),
            WorkingDayCalendar.englandAndWales(), MonitoringHorizon.from(LocalDate.parse("2021-11-18")));

    @Test
    void everyRuleSaysWhatEndsItBesidesMeetingIt() {
        assertThat(RuleCatalogue.statutoryDefaults().rules())
                .allSatisfy(rule -> assertThat(rule.endsWhen()).as(rule.id()).isNotBlank());
    }

    @Test
    void noConferenceIsOwedForAChildAccommodatedTheDayOfTheStrategyDiscussion() {
        History child = History.ofChild().becameLookedAfter("2008-03-03").strategyDiscussion("2008-03-03", true);
        assertThat(child.evaluate().obligationsOf("icpc")).isEmpty();
    }

    @Test
    void anIcpcLapsesWhenTheChildBecomesLookedAfterMissedIfItWasAlreadyOverdue() {
        History inTime = History.ofChild().strategyDiscussion("2024-01-02", true).becameLookedAfter("2024-01-10");
        assertThat(inTime.state("icpc", "2024-06-01")).isEqualTo(CANCELLED);

        History overdue = History.ofChild().strategyDiscussion("2024-01-02", true).becameLookedAfter("2024-03-01");
        assertThat(overdue.state("icpc", "2024-06-01")).isEqualTo(MISSED);
        assertThat(overdue.obligation("icpc", "2024-06-01").orElseThrow().closedOn()).isEqualTo(LocalDate.parse("2024-03-01"));
    }

    @Test
    void aRecordedDecisionThatTheDutyNoLongerAppliesEndsItMissedIfAlreadyOverdue() {
        History notYetDue = History.ofChild().strategyDiscussion("2024-01-02", true)
                                   .dutyNoLongerApplies("2024-01-10", "icpc", "Family moved abroad; enquiry closed");
        assertThat(notYetDue.state("icpc", "2024-06-01")).isEqualTo(CANCELLED);

        History overdue = History.ofChild().strategyDiscussion("2024-01-02", true)
                                 .dutyNoLongerApplies("2024-02-20", "icpc", "Conference not convened: risk managed by police bail");
        assertThat(overdue.state("icpc", "2024-06-01")).isEqualTo(MISSED);

        History otherDuty = History.ofChild().strategyDiscussion("2024-01-02", true)
                                   .dutyNoLongerApplies("2024-01-10", "assessment", "Assessment overtaken");
        assertThat(otherDuty.state("icpc", "2024-06-01")).as("only the duty it names").isEqualTo(OVERDUE);
    }

    @Test
    void thePepDutyEndsWhenTheChildTurnsSixteen() {
        History child = History.ofChild().bornOn("2008-05-01").becameLookedAfter("2022-01-10").pep("2022-02-01")
                               .lacReview("2024-06-03");
        assertThat(child.state("pep", "2024-06-10")).isEqualTo(MISSED);
        assertThat(child.evaluate().obligationsOf("pep")).noneMatch(o -> o.status() == ObligationStatus.OPEN);
    }

    @Test
    void aReviewDueAndHeldLateBeforeMonitoringBeganIsBeforeMonitoringNotABreach() {
        History carer = History.ofCarer(MONITORED_FROM_2021).approved("1992-06-01", CarerType.MAINSTREAM)
                               .approvalReviewed("1994-02-01").approvalReviewed("2021-11-01");
        Obligation first = carer.evaluate().obligationsOf("carer-review").get(0);
        assertThat(first.status()).isEqualTo(ObligationStatus.PRE_MONITORING);
        assertThat(first.stateOn(LocalDate.parse("2025-01-01"))).isEqualTo(PRE_MONITORING);
        assertThat(first.status().isBreach()).isFalse();
    }

    @Test
    void aDutyStillOwedWhenMonitoringBeganIsJudgedAsDueOnThatDay() {
        History carer = History.ofCarer(MONITORED_FROM_2021).approved("1992-06-01", CarerType.MAINSTREAM)
                               .approvalReviewed("1994-02-01");
        Obligation owed = carer.obligation("carer-review", "2022-01-01").orElseThrow();
        assertThat(owed.dueOn()).isEqualTo(LocalDate.parse("2021-11-18"));
        assertThat(owed.stateOn(LocalDate.parse("2022-01-01"))).isEqualTo(OVERDUE);
        assertThat(owed.daysLate(LocalDate.parse("2022-01-01"))).isEqualTo(44);
        assertThat(MONITORED_FROM_2021.horizon().judgedFromHorizon(owed)).isTrue();
    }

    @Test
    void aDutyOwedFromBeforeMonitoringAndMetOnItsFirstDayIsOnTimeAndAfterItLate() {
        History onTheDay = History.ofCarer(MONITORED_FROM_2021).approved("1992-06-01", CarerType.MAINSTREAM)
                                  .approvalReviewed("2021-11-18");
        assertThat(onTheDay.evaluate().obligationsOf("carer-review").get(0).stateOn(LocalDate.parse("2022-01-01")))
                .isEqualTo(MET_ON_TIME);
        History later = History.ofCarer(MONITORED_FROM_2021).approved("1992-06-01", CarerType.MAINSTREAM)
                               .approvalReviewed("2022-01-10");
        Obligation met = later.evaluate().obligationsOf("carer-review").get(0);
        assertThat(met.stateOn(LocalDate.parse("2022-02-01"))).isEqualTo(MET_LATE);
        assertThat(met.daysLate(LocalDate.parse("2022-02-01"))).isEqualTo(53);
    }

    @Test
    void withoutAHorizonTheWholeHistoryIsJudged() {
        History carer = History.ofCarer().approved("1992-06-01", CarerType.MAINSTREAM).approvalReviewed("1994-02-01");
        assertThat(carer.evaluate().obligationsOf("carer-review").get(0).status()).isEqualTo(ObligationStatus.MET_LATE);
    }
}
