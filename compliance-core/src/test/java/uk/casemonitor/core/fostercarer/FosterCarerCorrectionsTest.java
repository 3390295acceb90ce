package uk.casemonitor.core.fostercarer;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uk.casemonitor.core.childcase.Violations.violation;


class FosterCarerCorrectionsTest {

    private static final String CARER = "FC-77";
    private static final Instant RECORDED = Instant.parse("2024-06-28T09:00:00Z");
    private static final Instant CORRECTED_AT = Instant.parse("2024-06-28T14:00:00Z");
    private static final String SSW = "ssw.patel";

    private AggregateTestFixture<FosterCarer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FosterCarer.class);
    }

    private static FosterCarerApproved approved(String id, String on, Instant at) {
        return new FosterCarerApproved(CARER, id, LocalDate.parse(on), at, SSW, CarerType.MAINSTREAM);
    }

    private static FosterCarerApprovalReviewed reviewed(String id, String on) {
        return new FosterCarerApprovalReviewed(CARER, id, LocalDate.parse(on), RECORDED, SSW);
    }

    private static FosterCarerCorrectionRecorded correction(String id, String target, FosterCarerEvent replacement) {
        return new FosterCarerCorrectionRecorded(CARER, id, LocalDate.parse("2024-06-28"), CORRECTED_AT, "tm", target,
                "approval date mistyped", replacement);
    }

    private static FosterCarerRetractionRecorded retraction(String id, String target) {
        return new FosterCarerRetractionRecorded(CARER, id, LocalDate.parse("2024-06-28"), CORRECTED_AT, "tm", target,
                "wrong carer");
    }

    private static RecordFosterCarerEvents record(FosterCarerEvent... events) {
        return new RecordFosterCarerEvents(CARER, List.of(events));
    }

    @Test
    void anApprovalDateIsCorrectedKeepingWhoRecordedIt() {
        fixture.given(approved("a1", "2023-05-01", RECORDED))
               .when(record(correction("c1", "a1", approved("a1", "2023-04-01", CORRECTED_AT))))
               .expectEvents(correction("c1", "a1", approved("a1", "2023-04-01", RECORDED)));
    }

    @Test
    void retractingAnApprovalThatAReviewDependsOnIsRefused() {
        fixture.given(approved("a1", "2023-04-01", RECORDED), reviewed("r1", "2024-03-01"))
               .when(record(retraction("x1", "a1")))
               .expectException(violation("correction-contradicts-history"))
               .expectNoEvents();
    }

    @Test
    void anApprovalAndItsReviewCanBeRetractedTogether() {
        fixture.given(approved("a1", "2023-04-01", RECORDED), reviewed("r1", "2024-03-01"))
               .when(record(retraction("x1", "a1"), retraction("x2", "r1")))
               .expectEvents(retraction("x1", "a1"), retraction("x2", "r1"));
    }

    @Test
    void aCorrectionOfAnUnknownEventIsRefused() {
        fixture.given(approved("a1", "2023-04-01", RECORDED))
               .when(record(correction("c1", "zz", approved("zz", "2023-04-01", CORRECTED_AT))))
               .expectException(violation("unknown-event-id"));
    }

    @Test
    void aReplacementOfAnotherTypeIsRefused() {
        fixture.given(approved("a1", "2023-04-01", RECORDED), reviewed("r1", "2024-03-01"))
               .when(record(correction("c1", "r1", approved("r1", "2023-04-01", CORRECTED_AT))))
               .expectException(violation("replacement-type-mismatch"));
    }
}
