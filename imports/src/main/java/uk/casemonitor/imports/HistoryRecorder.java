package uk.casemonitor.imports;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.InvalidEventException;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.List;
import java.util.Map;

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

    /**
     * What recording many children's events did.
     *
     * @param refused per child, why nothing of theirs was stored (an {@link InvalidEventException} or a
     *                {@link PracticeRuleViolation}, as for {@link #recordChildHistory})
     */
    record BulkRecording(RecordingOutcome recorded, Map<String, RuntimeException> refused) {

        public BulkRecording {
            refused = Map.copyOf(refused);
        }
    }

    /**
     * Records many children's events from a source system the monitor keeps in step with (the SSD),
     * in few units of work rather than one per child: each event keeps its own {@code recordedAt},
     * and corrections and retractions of what the same import recorded before are accepted. All or
     * nothing per child; a child refused leaves the others recorded.
     *
     * @param eventsByChild each child's events, in the order they are to be recorded
     */
    BulkRecording recordChildrenInStep(Map<String, List<ChildCaseEvent>> eventsByChild);
}
