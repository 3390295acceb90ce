package uk.casemonitor.core.quality;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.SubjectKind;

import java.util.List;

/**
 * What the data-quality checks read about one subject: their stream in recorded order and what the
 * rules made of it (so that, say, "recorded late" is the measure's own verdict, not a second one).
 *
 * @param events   the corrected picture of the stream ({@link CorrectedHistory}), which the practice checks read
 * @param recorded the stream as stored, corrections and retractions included
 */
public record SubjectRecord(CaseEvaluation evaluation, List<PracticeEvent> events, List<PracticeEvent> recorded) {

    public SubjectRecord {
        events = List.copyOf(events);
        recorded = List.copyOf(recorded);
    }

    /** @param recorded the stream as stored */
    public SubjectRecord(CaseEvaluation evaluation, List<PracticeEvent> recorded) {
        this(evaluation, CorrectedHistory.effective(recorded), recorded);
    }

    public SubjectKind kind() {
        return evaluation.kind();
    }

    public String subjectId() {
        return evaluation.subjectId();
    }

    /** The child's events in recorded order; none for a carer. */
    public List<ChildCaseEvent> childEvents() {
        return events.stream().filter(ChildCaseEvent.class::isInstance).map(ChildCaseEvent.class::cast).toList();
    }
}
