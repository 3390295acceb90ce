package uk.casemonitor.core.rules;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.HealthAssessmentKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.rules.ObligationState.*;

/** Care Planning, Placement and Case Review (England) Regulations 2010 and the health and education guidance. */
class LookedAfterRulesTest {

    private static History lookedAfterFrom(String date) {
        return History.ofChild().bornOn("2014-05-01").becameLookedAfter(date).placementStarted(date, false);
    }

    @Test
    void aChildIsVisitedWithinOneWeekOfAPlacementStarting() {
        History child = lookedAfterFrom("2024-01-08");
        assertThat(child.due("cla-visit", "2024-01-08")).isEqualTo(LocalDate.parse("2024-01-15"));
        assertThat(child.state("cla-visit", "2024-01-15")).isEqualTo(DUE);
        assertThat(child.state("cla-visit", "2024-01-16")).isEqualTo(OVERDUE);
    }

    @Test
    void visitsAreAtMostSixWeeksApartInThePlacementsFirstYear() {
        History child = lookedAfterFrom("2024-01-08").lacVisit("2024-01-12");
        assertThat(child.due("cla-visit", "2024-01-12")).isEqualTo(LocalDate.parse("2024-02-23"));
    }

    @Test
    void aLongTermPlacementAfterItsFirstYearIsVisitedAtMostThreeMonthsApart() {
        History child = History.ofChild().becameLookedAfter("2022-01-10").placementStarted("2022-01-10", true)
                               .lacVisit("2023-02-01");
        assertThat(child.due("cla-visit", "2023-02-01")).isEqualTo(LocalDate.parse("2023-05-01"));
    }

    @Test
    void aShortTermPlacementAfterItsFirstYearIsStillVisitedEverySixWeeks() {
        History child = History.ofChild().becameLookedAfter("2022-01-10").placementStarted("2022-01-10", false)
                               .lacVisit("2023-02-01");
        assertThat(child.due("cla-visit", "2023-02-01")).isEqualTo(LocalDate.parse("2023-03-15"));
    }

    @Test
    void aPlacementMoveRestartsTheOneWeekVisitAndAnOverdueVisitStaysMissed() {
        History child = lookedAfterFrom("2024-01-08").placementChanged("2024-01-20", false);
        assertThat(child.evaluate().obligationsOf("cla-visit")).extracting(Obligation::status)
                .containsExactly(ObligationStatus.MISSED, ObligationStatus.OPEN);
        assertThat(child.due("cla-visit", "2024-01-20")).isEqualTo(LocalDate.parse("2024-01-27"));
    }

    @Test
    void ceasingToBeLookedAfterEndsTheVisitingDuty() {
        History child = lookedAfterFrom("2024-01-08").lacVisit("2024-01-10").ceasedLookedAfter("2024-02-01");
        assertThat(child.state("cla-visit", "2024-06-01")).isEqualTo(CANCELLED);
    }

    @Test
    void firstReviewWithinTwentyWorkingDaysSecondWithinThreeMonthsThenSixMonthly() {
        History child = lookedAfterFrom("2024-01-08");
        assertThat(child.due("lac-review", "2024-01-08")).isEqualTo(LocalDate.parse("2024-02-05"));
        child.lacReview("2024-02-05");
        assertThat(child.due("lac-review", "2024-02-05")).isEqualTo(LocalDate.parse("2024-05-05"));
        child.lacReview("2024-05-10");
        assertThat(child.state("lac-review", "2024-05-10")).isEqualTo(DUE);
        assertThat(child.evaluate().obligationsOf("lac-review")).extracting(Obligation::status)
                .containsExactly(ObligationStatus.MET_ON_TIME, ObligationStatus.MET_LATE, ObligationStatus.OPEN);
        assertThat(child.due("lac-review", "2024-05-10")).isEqualTo(LocalDate.parse("2024-11-10"));
    }

    @Test
    void initialHealthAssessmentWithinTwentyWorkingDays() {
        History child = lookedAfterFrom("2024-01-08").healthAssessment("2024-02-06", HealthAssessmentKind.INITIAL);
        assertThat(child.state("initial-health-assessment", "2024-03-01")).isEqualTo(MET_LATE);
    }

    @Test
    void reviewHealthAssessmentsAreSixMonthlyUnderFiveAndYearlyFromFive() {
        History toddler = History.ofChild().bornOn("2021-06-01").becameLookedAfter("2024-01-08")
                                 .healthAssessment("2024-01-20", HealthAssessmentKind.INITIAL);
        assertThat(toddler.due("review-health-assessment", "2024-01-20")).isEqualTo(LocalDate.parse("2024-07-20"));

        History schoolChild = lookedAfterFrom("2024-01-08").healthAssessment("2024-01-20", HealthAssessmentKind.INITIAL);
        assertThat(schoolChild.due("review-health-assessment", "2024-01-20")).isEqualTo(LocalDate.parse("2025-01-20"));
    }

    @Test
    void dentalChecksAreDueEveryTwelveMonths() {
        History child = lookedAfterFrom("2024-01-08").dentalCheck("2024-03-01");
        assertThat(child.due("dental-check", "2024-03-01")).isEqualTo(LocalDate.parse("2025-03-01"));
        assertThat(child.state("dental-check", "2025-03-02")).isEqualTo(OVERDUE);
    }

    @Test
    void aSchoolAgeChildHasAPepWithinTwentySchoolDaysThenTermly() {
        History child = lookedAfterFrom("2024-01-08");
        assertThat(child.due("pep", "2024-01-08")).isEqualTo(LocalDate.parse("2024-02-05"));
        child.pep("2024-02-01").pepReviewed("2024-06-10");
        assertThat(child.state("pep", "2024-06-10")).isEqualTo(DUE);
        assertThat(child.evaluate().obligationsOf("pep")).extracting(Obligation::status)
                .containsExactly(ObligationStatus.MET_ON_TIME, ObligationStatus.MET_LATE, ObligationStatus.OPEN);
    }

    @Test
    void noPepForAChildUnderSchoolAge() {
        History baby = History.ofChild().bornOn("2023-03-01").becameLookedAfter("2024-01-08");
        assertThat(baby.evaluate().obligationsOf("pep")).isEmpty();
    }
}
