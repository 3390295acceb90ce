package uk.casemonitor.core.fostercarer;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.EventIdReused;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class FosterCarerTest {

    private static final String CARER = "FC-77";
    private static final Instant RECORDED = Instant.parse("2024-06-28T09:00:00Z");
    private static final String SSW = "ssw.patel";

    private AggregateTestFixture<FosterCarer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FosterCarer.class);
    }

    private static FosterCarerApproved approved(String id, String on) {
        return new FosterCarerApproved(CARER, id, LocalDate.parse(on), RECORDED, SSW, CarerType.MAINSTREAM);
    }

    private static FosterCarerApprovalReviewed reviewed(String id, String on) {
        return new FosterCarerApprovalReviewed(CARER, id, LocalDate.parse(on), RECORDED, SSW);
    }

    private static FosterCarerDeregistered deregistered(String id, String on) {
        return new FosterCarerDeregistered(CARER, id, LocalDate.parse(on), RECORDED, SSW, "retired");
    }

    private static RecordFosterCarerEvents record(FosterCarerEvent... events) {
        return new RecordFosterCarerEvents(CARER, List.of(events));
    }

    @Test
    void approvalOpensTheCarersStream() {
        fixture.givenNoPriorActivity()
               .when(record(approved("a1", "2023-04-01")))
               .expectEvents(approved("a1", "2023-04-01"))
               .expectResultMessagePayload(new RecordingOutcome(1, 0));
    }

    @Test
    void anApprovalReviewNeedsAnApprovedCarer() {
        fixture.givenNoPriorActivity()
               .when(record(reviewed("r1", "2024-03-01")))
               .expectException(PracticeRuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void noReviewDatedAfterDeregistration() {
        fixture.given(approved("a1", "2022-04-01"), deregistered("d1", "2024-01-31"))
               .when(record(reviewed("r1", "2024-03-01")))
               .expectException(PracticeRuleViolation.class);
    }

    @Test
    void aReviewHeldBeforeDeregistrationMayBeRecordedLate() {
        fixture.given(approved("a1", "2022-04-01"), deregistered("d1", "2024-01-31"))
               .when(record(reviewed("r1", "2023-03-20")))
               .expectEvents(reviewed("r1", "2023-03-20"));
    }

    @Test
    void aCarerCannotBeApprovedTwiceAtOnce() {
        fixture.given(approved("a1", "2022-04-01"))
               .when(record(approved("a2", "2023-04-01")))
               .expectException(PracticeRuleViolation.class);
    }

    @Test
    void aFormerCarerCanBeApprovedAgain() {
        fixture.given(approved("a1", "2020-04-01"), deregistered("d1", "2021-01-31"))
               .when(record(approved("a2", "2023-04-01")))
               .expectEvents(approved("a2", "2023-04-01"));
    }

    @Test
    void aTeamCanBeAssignedBeforeApproval() {
        FosterCarerTeamAssigned assigned =
                new FosterCarerTeamAssigned(CARER, "t1", LocalDate.parse("2023-01-10"), RECORDED, SSW, "fostering-north");
        fixture.givenNoPriorActivity()
               .when(record(assigned))
               .expectEvents(assigned);
    }

    @Test
    void aRetriedEventIsStoredOnceAndAReusedIdIsRefused() {
        fixture.given(approved("a1", "2022-04-01"), reviewed("r1", "2023-03-20"))
               .when(record(reviewed("r1", "2023-03-20")))
               .expectNoEvents()
               .expectResultMessagePayload(new RecordingOutcome(0, 1));

        fixture.given(approved("a1", "2022-04-01"), reviewed("r1", "2023-03-20"))
               .when(record(reviewed("r1", "2023-03-21")))
               .expectException(EventIdReused.class);
    }

    @Test
    void anEventDatedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
               .when(record(approved("a1", "2024-07-01")))
               .expectException(PracticeRuleViolation.class);
    }
}
