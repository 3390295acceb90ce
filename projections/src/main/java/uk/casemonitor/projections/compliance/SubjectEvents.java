package uk.casemonitor.projections.compliance;

import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.SubjectKind;

import java.util.List;

/** Reads one child's or carer's whole stream, in recorded order, from the event store. */
@FunctionalInterface
public interface SubjectEvents {

    List<PracticeEvent> eventsOf(SubjectKind kind, String subjectId);
}
