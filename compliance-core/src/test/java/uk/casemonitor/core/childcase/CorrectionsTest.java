package uk.casemonitor.core.childcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.time.Instant;

import static uk.casemonitor.core.childcase.CaseEvents.*;
import static uk.casemonitor.core.childcase.Violations.violation;

/** Corrections and retractions: a wrong record is put right by a new event, never by changing the old one. */
class CorrectionsTest {

    private static final Instant CORRECTED_AT = Instant.parse("2024-06-28T14:00:00Z");
    private static final String TEAM_MANAGER = "tm.okafor";

    private AggregateTestFixture<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    static CorrectionRecorded correction(String id, String correctedEventId, ChildCaseEvent replacement) {
        return new CorrectionRecorded(CHILD, id, date("2024-06-28"), CORRECTED_AT, TEAM_MANAGER, correctedEventId,
                "typed with the wrong date", replacement);
    }

    static RetractionRecorded retraction(String id, String retractedEventId) {
        return new RetractionRecorded(CHILD, id, date("2024-06-28"), CORRECTED_AT, TEAM_MANAGER, retractedEventId,
                "recorded on the wrong child");
    }

    /** The replacement as a client sends it: stamped at the time of the correction, by its author. */
    private static VisitMade visitAsSentIn(String id, String on) {
        return new VisitMade(CHILD, id, date(on), CORRECTED_AT, TEAM_MANAGER, VisitType.CHILD_PROTECTION, true, true, null);
    }

    @Nested
    class Accepted {

        @Test
        void aVisitTypedWithTheWrongDateIsCorrectedAndKeepsWhoRecordedItFirst() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-03-01", true, true))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-02-01"))))
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(correction("c1", "v1", cpVisit("v1", "2024-02-01", true, true)))
                   .expectResultMessagePayload(new RecordingOutcome(1, 0));
        }

        @Test
        void aCorrectionSentAgainStoresNothing() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-03-01", true, true),
                          correction("c1", "v1", cpVisit("v1", "2024-02-01", true, true)))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-02-01"))))
                   .expectNoEvents()
                   .expectResultMessagePayload(new RecordingOutcome(0, 1));
        }

        @Test
        void aRetractionSentAgainStoresNothing() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true),
                          retraction("r1", "v1"))
                   .when(record(retraction("r1", "v1")))
                   .expectNoEvents()
                   .expectResultMessagePayload(new RecordingOutcome(0, 1));
        }

        @Test
        void aCorrectionIdReusedForAnotherCorrectionIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-03-01", true, true),
                          correction("c1", "v1", cpVisit("v1", "2024-02-01", true, true)))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-02-02"))))
                   .expectException(violation("event-id-reused"));
        }

        @Test
        void aCorrectedEventCanBeCorrectedAgain() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-03-01", true, true),
                          correction("c1", "v1", cpVisit("v1", "2024-02-01", true, true)))
                   .when(record(correction("c2", "v1", visitAsSentIn("v1", "2024-02-02"))))
                   .expectEvents(correction("c2", "v1", cpVisit("v1", "2024-02-02", true, true)));
        }

        @Test
        void aPlanStartCanBeRetractedTogetherWithTheVisitsUnderIt() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(retraction("r1", "p1"), retraction("r2", "v1")))
                   .expectEvents(retraction("r1", "p1"), retraction("r2", "v1"));
        }

        @Test
        void aRetractionIsUndoneByACorrectionOfTheRetractedEvent() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true),
                          retraction("r1", "v1"))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-02-01"))))
                   .expectEvents(correction("c1", "v1", cpVisit("v1", "2024-02-01", true, true)));
        }

        @Test
        void aContradictionTheHistoryAlreadyHeldDoesNotBlockACorrection() {
            // Accepted under older checks: a visit dated before the plan it belongs to.
            fixture.given(cpVisit("v0", "2024-01-02", true, true), cpPlanStarted("p1", "2024-01-10"),
                          cpVisit("v1", "2024-02-01", true, true))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-02-02"))))
                   .expectEvents(correction("c1", "v1", cpVisit("v1", "2024-02-02", true, true)));
        }

        @Test
        void laterEventsAreCheckedAgainstTheCorrectedHistory() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), retraction("r1", "p1"))
                   .when(record(cpVisit("v1", "2024-02-01", true, true)))
                   .expectException(violation("no-child-protection-plan"));
        }
    }

    @Nested
    class Refused {

        @Test
        void aCorrectionOfAnUnknownEventIdIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(correction("c1", "nope", visitAsSentIn("nope", "2024-02-01"))))
                   .expectException(violation("unknown-event-id"))
                   .expectNoEvents();
        }

        @Test
        void aRetractionOfAnUnknownEventIdIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"))
                   .when(record(retraction("r1", "nope")))
                   .expectException(violation("unknown-event-id"));
        }

        @Test
        void aReplacementOfAnotherTypeIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(correction("c1", "v1", cpPlanEnded("v1", "2024-02-01"))))
                   .expectException(violation("replacement-type-mismatch"));
        }

        @Test
        void aReplacementWithAnotherEventIdIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(correction("c1", "v1", visitAsSentIn("v2", "2024-02-01"))))
                   .expectException(violation("replacement-event-id-mismatch"));
        }

        @Test
        void aCorrectionOfACorrectionIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-03-01", true, true),
                          correction("c1", "v1", cpVisit("v1", "2024-02-01", true, true)))
                   .when(record(retraction("r1", "c1")))
                   .expectException(violation("amendment-of-amendment"));
        }

        @Test
        void anEventAlreadyRetractedCannotBeRetractedAgain() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true),
                          retraction("r1", "v1"))
                   .when(record(retraction("r2", "v1")))
                   .expectException(violation("already-retracted"));
        }

        @Test
        void retractingAPlanStartThatLaterVisitsDependOnIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(retraction("r1", "p1")))
                   .expectException(violation("correction-contradicts-history"))
                   .expectNoEvents();
        }

        @Test
        void movingAVisitToBeforeThePlanStartedIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-01-02"))))
                   .expectException(violation("correction-contradicts-history"));
        }

        @Test
        void aReplacementDatedAfterTheCorrectionIsRefused() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-06-29"))))
                   .expectException(violation("future-date"));
        }

        @Test
        void restoringARetractedVisitIsRefusedWhenItsPlanIsGone() {
            fixture.given(cpPlanStarted("p1", "2024-01-10"), cpVisit("v1", "2024-02-01", true, true),
                          retraction("r1", "p1"), retraction("r2", "v1"))
                   .when(record(correction("c1", "v1", visitAsSentIn("v1", "2024-02-01"))))
                   .expectException(violation("correction-contradicts-history"));
        }
    }
}
