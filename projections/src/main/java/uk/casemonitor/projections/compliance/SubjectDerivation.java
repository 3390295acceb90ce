package uk.casemonitor.projections.compliance;

import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;

import java.util.List;

/**
 * Another read model derived per subject whenever the compliance projection re-evaluates one, in
 * the same transaction, from the same events and evaluation (e.g. data-quality findings).
 */
public interface SubjectDerivation {

    /**
     * Replaces whatever was derived for this subject.
     *
     * @param events the subject's stream as recorded, corrections and retractions included
     */
    void replace(CaseEvaluation evaluation, List<PracticeEvent> events);

    /** Empties the read model at once, ahead of recomputing every subject. */
    void clearAll();
}
