package uk.casemonitor.core.childcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.EventIdReused;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.time.Instant;

import static uk.casemonitor.core.childcase.CaseEvents.*;
import static uk.casemonitor.core.childcase.Violations.violation;

class ChildCaseTest {

    private AggregateTestFixture<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    @Test
    void theFirstEventRecordedForAChildOpensTheirCase() {
        fixture.givenNoPriorActivity()
               .when(record(referral("e1", "2024-01-03")))
               .expectSuccessfulHandlerExecution()
               .expectEvents(referral("e1", "2024-01-03"))
               .expectResultMessagePayload(new RecordingOutcome(1, 0));
    }

    @Nested
    class EventIds {

        @Test
        void aRetryWithTheSameIdAndContentIsAcceptedAndStoresNothing() {
            VisitMade visit = cpVisit("v1", "2024-02-01", true, true);
            VisitMade sameVisitSentAgainLater = new VisitMade(CHILD, "v1", visit.occurredAt(),
                    Instant.parse("2024-06-28T15:30:00Z"), WORKER, VisitType.CHILD_PROTECTION, true, true, null);

            fixture.given(cpPlanStarted("p1", "2024-01-10"), visit)
                   .when(record(sameVisitSentAgainLater))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new RecordingOutcome(0, 1));
        }

        @Test
        void anIdReusedForDifferentContentIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(cpVisit("v1", "2024-02-01", true, false)))
                   .expectException(EventIdReused.class)
                   .expectNoEvents();
        }

        @Test
        void aBatchRepeatingAnIdWithinItselfStoresItOnce() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(cpVisit("v1", "2024-02-01", true, true), cpVisit("v1", "2024-02-01", true, true)))
                   .expectEvents(cpVisit("v1", "2024-02-01", true, true))
                   .expectResultMessagePayload(new RecordingOutcome(1, 1));
        }
    }

    @Nested
    class Dates {

        @Test
        void anEventDatedAfterTheDayItIsRecordedIsRefused() {
            fixture.givenNoPriorActivity()
                   .when(record(referral("e1", "2024-06-29")))
                   .expectException(violation("future-date"))
                   .expectNoEvents();
        }

        @Test
        void anEventDatedOnTheDayItIsRecordedIsAccepted() {
            fixture.givenNoPriorActivity()
                   .when(record(referral("e1", "2024-06-28")))
                   .expectEvents(referral("e1", "2024-06-28"));
        }
    }

    @Nested
    class ChildProtectionPlans {

        @Test
        void noChildProtectionVisitBeforeThePlanExists() {
            fixture.given(referral("r1", "2024-01-02"))
                   .when(record(cpVisit("v1", "2024-01-05", true, true)))
                   .expectException(violation("no-child-protection-plan"))
                   .expectNoEvents();
        }

        @Test
        void noChildProtectionVisitDatedBeforeThePlanStarted() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(cpVisit("v1", "2024-01-09", true, true)))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aVisitRecordedLateStillCountsForThePlanItHappenedUnder() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpPlanEnded("p2", "2024-03-01"))
                   .when(record(cpVisit("v1", "2024-02-20", true, false)))
                   .expectEvents(cpVisit("v1", "2024-02-20", true, false));
        }

        @Test
        void noChildProtectionVisitAfterThePlanEnded() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpPlanEnded("p2", "2024-03-01"))
                   .when(record(cpVisit("v1", "2024-03-02", true, true)))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aReviewConferenceNeedsAPlan() {
            fixture.given(referral("r1", "2024-01-02"))
                   .when(record(rcpc("c1", "2024-04-01")))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aSecondPlanCannotStartWhileOneIsOpen() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(cpPlanStarted("p2", "2024-02-10")))
                   .expectException(violation("child-protection-plan-already-open"));
        }

        @Test
        void aPlansEndEnteredAfterTheCaseWasClosedSaysWhenThePlanReallyEnded() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), caseClosed("x1", "2024-03-01"))
                   .when(record(cpPlanEnded("p2", "2024-02-10"), cpVisit("v1", "2024-02-05", true, true)))
                   .expectEvents(cpPlanEnded("p2", "2024-02-10"), cpVisit("v1", "2024-02-05", true, true));
        }

        @Test
        void noVisitAfterThePlanEndEnteredAfterTheCaseWasClosed() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), caseClosed("x1", "2024-03-01"), cpPlanEnded("p2", "2024-02-10"))
                   .when(record(cpVisit("v1", "2024-02-20", true, true)))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aPlansEndEnteredAfterTheCaseWasClosedCannotPredateThePlan() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), caseClosed("x1", "2024-03-01"))
                   .when(record(cpPlanEnded("p2", "2024-01-05")))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aPlanThatWasNeverStartedCannotEnd() {
            fixture.given(referral("r1", "2024-01-02"))
                   .when(record(cpPlanEnded("p2", "2024-02-10")))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aChildCannotBeSeenAloneWithoutBeingSeen() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(cpVisit("v1", "2024-01-12", false, true)))
                   .expectException(violation("seen-alone-but-not-seen"));
        }

        @Test
        void aVisitWithNoSeenAnswerIsRecordedForDataQualityFollowUp() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(cpVisit("v1", "2024-01-12", null, null)))
                   .expectEvents(cpVisit("v1", "2024-01-12", null, null));
        }
    }

    @Nested
    class LookedAfterChildren {

        @Test
        void noPlacementChangeWhenTheChildIsNotLookedAfter() {
            fixture.given(referral("r1", "2024-01-02"))
                   .when(record(placementChanged("m1", "2024-02-01")))
                   .expectException(violation("no-looked-after"));
        }

        @Test
        void noPlacementChangeAfterTheChildCeasedToBeLookedAfter() {
            fixture.given(becameLookedAfter("la1", "2024-01-02"), placementStarted("pl1", "2024-01-02"),
                          ceasedLookedAfter("la2", "2024-03-01"))
                   .when(record(placementChanged("m1", "2024-03-05")))
                   .expectException(violation("no-looked-after"));
        }

        @Test
        void aPlacementChangeWhileLookedAfterIsRecorded() {
            fixture.given(becameLookedAfter("la1", "2024-01-02"), placementStarted("pl1", "2024-01-02"))
                   .when(record(placementChanged("m1", "2024-02-01")))
                   .expectEvents(placementChanged("m1", "2024-02-01"));
        }

        @Test
        void aPlacementChangeCannotPredateTheCurrentPlacement() {
            fixture.given(becameLookedAfter("la1", "2024-01-02"), placementStarted("pl1", "2024-02-10"))
                   .when(record(placementChanged("m1", "2024-02-01")))
                   .expectException(violation("date-before-episode-start"));
        }

        @Test
        void ceasingToBeLookedAfterEnteredTheMorningAfterTheCaseClosedThatDayAgreesWithTheClosure() {
            fixture.given(becameLookedAfter("la1", "2024-01-02"), placementStarted("pl1", "2024-01-02"),
                          caseClosed("x1", "2024-03-01"))
                   .when(record(ceasedLookedAfter("la2", "2024-03-01")))
                   .expectEvents(ceasedLookedAfter("la2", "2024-03-01"));
        }

        @Test
        void ceasingToBeLookedAfterCannotFollowAClosureOnAnEarlierDay() {
            fixture.given(becameLookedAfter("la1", "2024-01-02"), caseClosed("x1", "2024-03-01"))
                   .when(record(ceasedLookedAfter("la2", "2024-03-04")))
                   .expectException(violation("case-closed"));
        }

        @Test
        void becomingLookedAfterAndTheFirstPlacementCanArriveTogether() {
            fixture.givenNoPriorActivity()
                   .when(record(becameLookedAfter("la1", "2024-01-02"), placementStarted("pl1", "2024-01-02")))
                   .expectEvents(becameLookedAfter("la1", "2024-01-02"), placementStarted("pl1", "2024-01-02"));
        }
    }

    @Nested
    class ClosedCases {

        @Test
        void noEventAfterTheCaseIsClosed() {
            fixture.given(referral("r1", "2024-01-02"), caseClosed("x1", "2024-02-01"))
                   .when(record(new AssessmentStarted(CHILD, "a1", date("2024-02-05"), RECORDED, WORKER)))
                   .expectException(violation("case-closed"));
        }

        @Test
        void closingTheCaseEndsItsPlans() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), caseClosed("x1", "2024-02-01"),
                          referral("r2", "2024-03-01"))
                   .when(record(cpVisit("v1", "2024-03-02", true, true)))
                   .expectException(violation("no-child-protection-plan"));
        }

        @Test
        void aNewReferralReopensTheCase() {
            fixture.given(referral("r1", "2024-01-02"), caseClosed("x1", "2024-02-01"))
                   .when(record(referral("r2", "2024-03-01"),
                                new AssessmentStarted(CHILD, "a1", date("2024-03-04"), RECORDED, WORKER)))
                   .expectEvents(referral("r2", "2024-03-01"),
                                 new AssessmentStarted(CHILD, "a1", date("2024-03-04"), RECORDED, WORKER));
        }

        @Test
        void anEventThatHappenedBeforeClosureMayStillBeRecordedLate() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), caseClosed("x1", "2024-02-01"))
                   .when(record(cpVisit("v1", "2024-01-25", true, true)))
                   .expectEvents(cpVisit("v1", "2024-01-25", true, true));
        }

        @Test
        void aCaseCannotCloseBeforeItsOpenPlanStarted() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(caseClosed("x1", "2024-01-05")))
                   .expectException(violation("date-before-episode-start"));
        }
    }

    @Test
    void aBatchWithOneRefusedEventStoresNothing() {
        fixture.given(referral("r1", "2024-01-02"))
               .when(record(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-01-12", true, true),
                            placementChanged("m1", "2024-01-15")))
               .expectException(violation("no-looked-after"))
               .expectNoEvents();
    }
}
