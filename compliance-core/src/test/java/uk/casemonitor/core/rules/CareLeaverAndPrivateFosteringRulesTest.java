package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.VisitType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.*;

/** Care Leavers (England) Regulations 2010 and the Private Fostering Regulations 2005. */
class CareLeaverAndPrivateFosteringRulesTest {

    @Test
    void anEligibleChildHasAPathwayPlanWithinThreeMonthsReviewedSixMonthly() {
        History young = History.ofChild().becameLookedAfter("2020-01-06").becameCareLeaver("2024-01-31", CareLeaverStatus.ELIGIBLE);
        assertThat(young.due("pathway-plan", "2024-01-31")).isEqualTo(LocalDate.parse("2024-04-30"));
        young.pathwayPlan("2024-04-01").pathwayPlanReviewed("2024-10-01");
        assertThat(young.evaluate().obligationsOf("pathway-plan")).extracting(Obligation::status)
                .containsExactly(ObligationStatus.MET_ON_TIME, ObligationStatus.MET_ON_TIME, ObligationStatus.OPEN);
    }

    @Test
    void aRelevantChildIsVisitedWithinSevenDaysOfMovingAndAtMostTwoMonthsApart() {
        History young = History.ofChild().becameCareLeaver("2024-01-10", CareLeaverStatus.RELEVANT)
                               .movedAccommodation("2024-03-01");
        assertThat(young.due("relevant-child-move-visit", "2024-03-01")).isEqualTo(LocalDate.parse("2024-03-08"));
        assertThat(young.state("relevant-child-move-visit", "2024-03-09")).isEqualTo(OVERDUE);
        assertThat(young.due("relevant-child-visit", "2024-01-10")).isEqualTo(LocalDate.parse("2024-03-10"));
        young.visit(VisitType.CARE_LEAVER, "2024-03-05", true, true);
        assertThat(young.state("relevant-child-move-visit", "2024-03-09")).isEqualTo(MET_ON_TIME);
        assertThat(young.state("relevant-child-visit", "2024-03-09")).isEqualTo(DUE);
    }

    @Test
    void formerRelevantYoungPeopleAreContactedEveryEightWeeks() {
        History young = History.ofChild().becameCareLeaver("2024-01-10", CareLeaverStatus.FORMER_RELEVANT)
                               .careLeaverContact("2024-03-01", true, true, false);
        assertThat(young.state("care-leaver-contact", "2024-03-01")).isEqualTo(DUE);
        assertThat(young.due("care-leaver-contact", "2024-03-01")).isEqualTo(LocalDate.parse("2024-04-26"));
        assertThat(young.evaluate().obligationsOf("care-leaver-contact").get(0).status()).isEqualTo(ObligationStatus.MET_ON_TIME);

        History notContactedInTime = History.ofChild().becameCareLeaver("2024-01-10", CareLeaverStatus.FORMER_RELEVANT)
                                            .careLeaverContact("2024-03-07", true, true, false);
        assertThat(notContactedInTime.evaluate().obligationsOf("care-leaver-contact").get(0).status())
                .isEqualTo(ObligationStatus.MET_LATE);
    }

    @Test
    void becomingFormerRelevantEndsTheRelevantChildVisits() {
        History young = History.ofChild().becameCareLeaver("2024-01-10", CareLeaverStatus.RELEVANT)
                               .becameCareLeaver("2024-02-01", CareLeaverStatus.FORMER_RELEVANT);
        assertThat(young.state("relevant-child-visit", "2024-06-01")).isEqualTo(CANCELLED);
        assertThat(young.state("care-leaver-contact", "2024-02-01")).isEqualTo(DUE);
    }

    @Test
    void aPrivatelyFosteredChildIsSeenWithinSevenWorkingDaysThenSixWeeklyThenTwelveWeeklyAfterAYear() {
        History child = History.ofChild().privateFosteringNotified("2024-05-01");
        // 6 May 2024 is the early May bank holiday.
        assertThat(child.due("private-fostering-visit", "2024-05-01")).isEqualTo(LocalDate.parse("2024-05-13"));
        child.visit(VisitType.PRIVATE_FOSTERING, "2024-05-10", true, true);
        assertThat(child.due("private-fostering-visit", "2024-05-10")).isEqualTo(LocalDate.parse("2024-06-21"));
        child.visit(VisitType.PRIVATE_FOSTERING, "2025-05-09", true, true);
        assertThat(child.due("private-fostering-visit", "2025-05-09")).isEqualTo(LocalDate.parse("2025-08-01"));
    }
}
