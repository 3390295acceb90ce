package uk.casemonitor.core.childcase;

import org.junit.jupiter.api.Test;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casemonitor.core.childcase.CaseEvents.*;

/** A trial run of a batch, as an importer checks a return before recording it: the same checks as recording. */
class ChildCaseTrialTest {

    @Test
    void aBatchTheCaseAcceptsIsCountedAsRecordingWouldCountIt() {
        ChildCase.Trial trial = ChildCase.trial(List.of(referral("r1", "2024-01-03")),
                List.of(referral("r1", "2024-01-03"), cpPlanStarted("p1", "2024-01-10"), rcpc("c1", "2024-04-10")));

        assertThat(trial.accepted()).isTrue();
        assertThat(trial.outcome()).isEqualTo(new RecordingOutcome(2, 1));
    }

    @Test
    void theTrialNamesTheFirstEventTheHistoryRefusesAndWhy() {
        ChildCase.Trial trial = ChildCase.trial(List.of(),
                List.of(cpPlanStarted("p1", "2024-01-10"), cpPlanEnded("p1-end", "2024-02-01"), rcpc("c1", "2024-04-10")));

        assertThat(trial.accepted()).isFalse();
        assertThat(trial.refusedAt()).isEqualTo(2);
        assertThat(trial.violation().code()).isEqualTo("no-child-protection-plan");
    }

    @Test
    void aCaseClosedBeforeTheBatchRefusesItsFirstEventAfterTheClosure() {
        ChildCase.Trial trial = ChildCase.trial(List.of(referral("r1", "2024-01-03"), caseClosed("x", "2024-01-20")),
                List.of(becameLookedAfter("la", "2024-02-01")));

        assertThat(trial.refusedAt()).isZero();
        assertThat(trial.violation().code()).isEqualTo("case-closed");
    }
}
