package uk.casemonitor.imports;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.List;

/**
 * Where imported history is recorded: the monitor's own recording, with the same checks as the
 * API, so that an importer cannot store what a caseworker could not. The server provides it; the
 * importers only read outside data and turn it into the core's events.
 */
public interface HistoryRecorder {

    /** The child's events recorded so far, in the order they were recorded; none for a new child. */
    List<ChildCaseEvent> childEvents(String childId);

    /**
     * Records one child's imported events as history (each keeps its own {@code recordedAt}), all
     * or nothing.
     *
     * @throws InvalidEventException  an event's fields are invalid; each problem's field is prefixed
     *                                with the event's place in {@code events} ({@code "[3].occurredAt"})
     * @throws PracticeRuleViolation the child's case history refuses an event
     */
    RecordingOutcome recordChildHistory(String childId, List<ChildCaseEvent> events);
}
