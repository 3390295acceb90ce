package uk.casemonitor.core.recording;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.AbuseCategory;
import uk.casemonitor.core.childcase.CorrectionRecorded;
import uk.casemonitor.core.childcase.RetractionRecorded;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectedHistoryTest {

    private static final Instant MARCH = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T09:00:00Z");
    private static final Instant MAY = Instant.parse("2024-05-01T09:00:00Z");

    private static final ChildProtectionPlanStarted PLAN = new ChildProtectionPlanStarted("C1", "p1",
            LocalDate.parse("2024-01-10"), MARCH, "sw", AbuseCategory.NEGLECT);
    private static final VisitMade VISIT = visit("2024-02-20");
    private static final VisitMade CORRECTED_VISIT = visit("2024-02-01");

    private static VisitMade visit(String on) {
        return new VisitMade("C1", "v1", LocalDate.parse(on), MARCH, "sw", VisitType.CHILD_PROTECTION, true, true, null);
    }

    private static CorrectionRecorded correction(String id, Instant at, VisitMade replacement) {
        return new CorrectionRecorded("C1", id, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), at, "tm", "v1", "wrong date", replacement);
    }

    private static RetractionRecorded retraction(String id, Instant at) {
        return new RetractionRecorded("C1", id, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), at, "tm", "v1", "wrong child");
    }

    @Test
    void aCorrectionReplacesItsTargetWhereItWasRecorded() {
        List<ChildCaseEvent> recorded = List.of(VISIT, PLAN, correction("c1", APRIL, CORRECTED_VISIT));
        assertThat(CorrectedHistory.effective(recorded)).containsExactly(CORRECTED_VISIT, PLAN);
    }

    @Test
    void aRetractionRemovesItsTargetAndALaterCorrectionRestoresIt() {
        assertThat(CorrectedHistory.effective(List.of(PLAN, VISIT, retraction("r1", APRIL)))).containsExactly(PLAN);
        assertThat(CorrectedHistory.effective(List.of(PLAN, VISIT, retraction("r1", APRIL), correction("c1", MAY, CORRECTED_VISIT))))
                .containsExactly(PLAN, CORRECTED_VISIT);
    }

    @Test
    void asKnownBeforeACorrectionTheOriginalStands() {
        List<ChildCaseEvent> recorded = List.of(PLAN, VISIT, correction("c1", APRIL, CORRECTED_VISIT));
        assertThat(CorrectedHistory.asKnownAt(recorded, MARCH.plusSeconds(60)).effective()).containsExactly(PLAN, VISIT);
        assertThat(CorrectedHistory.asKnownAt(recorded, APRIL).effective()).containsExactly(PLAN, CORRECTED_VISIT);
        assertThat(CorrectedHistory.of(recorded).amendmentsOf("v1")).hasSize(1);
    }
}
