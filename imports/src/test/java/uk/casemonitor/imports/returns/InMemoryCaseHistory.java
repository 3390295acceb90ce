package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.ChildCase;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.imports.HistoryRecorder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Children's streams held in memory, recorded with the case's own checks ({@link ChildCase#trial}
 * is the command handler's logic): what the server's recording does, without the server.
 */
final class InMemoryCaseHistory implements HistoryRecorder {

    private final Map<String, List<ChildCaseEvent>> streams = new TreeMap<>();

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

    Map<String, List<ChildCaseEvent>> streams() {
        return streams;
    }

    int eventCount() {
        return streams.values().stream().mapToInt(List::size).sum();
    }
}
