package uk.casemonitor.core.childcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.List;

import static uk.casemonitor.core.childcase.CaseEvents.*;
import static uk.casemonitor.core.childcase.Violations.violation;

/** Case-file audits and their actions, as the child's case accepts or refuses them. */
class CaseFileAuditTest {

    private AggregateTestFixture<ChildCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildCase.class);
    }

    private static CaseFileAuditCompleted audit(String id, String on, String... actionDueDates) {
        List<AuditAction> actions = java.util.Arrays.stream(actionDueDates)
                .map(due -> new AuditAction("update the chronology by " + due, date(due))).toList();
        return new CaseFileAuditCompleted(CHILD, id, date(on), RECORDED, "qa.lead", "qa.lead",
                AuditGrade.REQUIRES_IMPROVEMENT, List.of("management oversight", "voice of the child"), actions);
    }

    private static AuditActionCompleted actionDone(String id, String on, String auditId, int index) {
        return new AuditActionCompleted(CHILD, id, date(on), RECORDED, WORKER, auditId, index, "done");
    }

    @Test
    void anAuditIsRecordedOnAnOpenCase() {
        fixture.given(referral("r1", "2024-01-03"))
               .when(record(audit("qa1", "2024-03-01", "2024-04-01", "2024-05-01")))
               .expectEvents(audit("qa1", "2024-03-01", "2024-04-01", "2024-05-01"))
               .expectResultMessagePayload(new RecordingOutcome(1, 0));
    }

    @Test
    void anAuditDatedAfterTheCaseClosedIsRefusedLikeAnyOtherPractice() {
        fixture.given(referral("r1", "2024-01-03"), caseClosed("c1", "2024-02-01"))
               .when(record(audit("qa1", "2024-03-01", "2024-04-01")))
               .expectException(violation("case-closed"))
               .expectNoEvents();
    }

    @Test
    void anAuditDatedBeforeTheClosureIsStillAccepted() {
        fixture.given(referral("r1", "2024-01-03"), caseClosed("c1", "2024-02-01"))
               .when(record(audit("qa1", "2024-01-20", "2024-03-01")))
               .expectEvents(audit("qa1", "2024-01-20", "2024-03-01"));
    }

    @Test
    void anActionCannotBeDueBeforeTheAuditThatAgreedIt() {
        fixture.given(referral("r1", "2024-01-03"))
               .when(record(audit("qa1", "2024-03-01", "2024-04-01", "2024-02-01")))
               .expectException(violation("audit-action-due-before-audit"))
               .expectNoEvents();
    }

    @Test
    void completingAnAgreedActionIsRecorded() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01", "2024-05-01"))
               .when(record(actionDone("d1", "2024-03-20", "qa1", 1)))
               .expectEvents(actionDone("d1", "2024-03-20", "qa1", 1));
    }

    @Test
    void anAuditAndTheCompletionOfItsActionMayArriveInOneBatch() {
        fixture.givenNoPriorActivity()
               .when(record(audit("qa1", "2024-03-01", "2024-04-01"), actionDone("d1", "2024-03-02", "qa1", 0)))
               .expectEvents(audit("qa1", "2024-03-01", "2024-04-01"), actionDone("d1", "2024-03-02", "qa1", 0));
    }

    @Test
    void completingAnActionOfAnUnknownAuditIsRefused() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01"))
               .when(record(actionDone("d1", "2024-03-20", "qa-unknown", 0)))
               .expectException(violation("no-audit"))
               .expectNoEvents();
    }

    @Test
    void completingAnActionTheAuditDidNotAgreeIsRefused() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01"))
               .when(record(actionDone("d1", "2024-03-20", "qa1", 1)))
               .expectException(violation("no-audit-action"))
               .expectNoEvents();
    }

    @Test
    void anActionCannotBeCompletedBeforeTheAudit() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01"))
               .when(record(actionDone("d1", "2024-02-20", "qa1", 0)))
               .expectException(violation("date-before-audit"))
               .expectNoEvents();
    }

    @Test
    void anActionIsCompletedOnlyOnce() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01"), actionDone("d1", "2024-03-20", "qa1", 0))
               .when(record(actionDone("d2", "2024-03-25", "qa1", 0)))
               .expectException(violation("audit-action-already-completed"))
               .expectNoEvents();
    }

    @Test
    void completingAnActionAfterTheCaseClosedIsRefused() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01"), caseClosed("c1", "2024-03-10"))
               .when(record(actionDone("d1", "2024-03-20", "qa1", 0)))
               .expectException(violation("case-closed"))
               .expectNoEvents();
    }

    @Test
    void aRetriedCompletionStoresNothing() {
        fixture.given(audit("qa1", "2024-03-01", "2024-04-01"), actionDone("d1", "2024-03-20", "qa1", 0))
               .when(record(actionDone("d1", "2024-03-20", "qa1", 0)))
               .expectNoEvents()
               .expectResultMessagePayload(new RecordingOutcome(0, 1));
    }
}
