package uk.casemonitor.imports;

import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.RecordingOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Children's streams held in memory, recorded with the case's own checks ({@link ChildCase#trial}
 * is the command handler's logic): what the server's recording does, without the server. The
 * importers' unit tests record into it; the server's own recording is exercised by the
 * application's import tests.
 */
public final class InMemoryCaseHistory implements HistoryRecorder {

    private final Map<String, List<ChildCaseEvent>> streams = new TreeMap<>();
    private int bulks;

    @Override
    public List<ChildCaseEvent> childEvents(String childId) {
        return List.copyOf(streams.getOrDefault(childId, List.of()));
    }

    @Override
    public RecordingOutcome recordChildHistory(String childId, List<ChildCaseEvent> events) {
        List<ChildCaseEvent> known = streams.getOrDefault(childId, List.of());
        ChildCase.Trial trial = ChildCase.trial(known, events);
        if (!trial.accepted()) {
            throw trial.violation();
        }
        Set<String> ids = new HashSet<>();
        known.forEach(event -> ids.add(event.eventId()));
        List<ChildCaseEvent> stream = streams.computeIfAbsent(childId, c -> new ArrayList<>());
        events.stream().filter(event -> ids.add(event.eventId())).forEach(stream::add);
        return trial.outcome();
    }

    @Override
    public BulkRecording recordChildrenInStep(Map<String, List<ChildCaseEvent>> eventsByChild) {
        bulks++;
        RecordingOutcome recorded = new RecordingOutcome(0, 0);
        Map<String, RuntimeException> refused = new TreeMap<>();
        for (Map.Entry<String, List<ChildCaseEvent>> child : eventsByChild.entrySet()) {
            try {
                recorded = recorded.plus(recordChildHistory(child.getKey(), child.getValue()));
            } catch (RuntimeException refusal) {
                refused.put(child.getKey(), refusal);
            }
        }
        return new BulkRecording(recorded, refused);
    }

    public Map<String, List<ChildCaseEvent>> streams() {
        return streams;
    }

    /** The child's stream as everything that judges practice reads it: corrections applied, retractions dropped. */
    public List<ChildCaseEvent> correctedPicture(String childId) {
        return CorrectedHistory.effective(childEvents(childId));
    }

    /** How many times many children were recorded in one step. */
    public int bulks() {
        return bulks;
    }

    public int eventCount() {
        return streams.values().stream().mapToInt(List::size).sum();
    }
}
