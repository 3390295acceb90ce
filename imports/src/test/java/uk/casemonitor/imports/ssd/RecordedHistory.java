package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.recording.CorrectedHistory;
import uk.casemonitor.core.recording.PracticeRuleViolation;
import uk.casemonitor.core.recording.RecordCopy;
import uk.casemonitor.core.recording.RecordingOutcome;
import uk.casemonitor.imports.HistoryRecorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recording as the importer sees it, kept in memory: a child's events are stored all or
 * nothing, an event id already stored with the same content (recording time aside) is an
 * idempotent repeat, and a correction or retraction must name an event already in the stream. The
 * server's own checks are exercised by the application's SSD tests.
 */
final class RecordedHistory implements HistoryRecorder {

    private final Map<String, List<ChildCaseEvent>> streams = new TreeMap<>();
    int bulks;

    @Override
    public List<ChildCaseEvent> childEvents(String childId) {
        return List.copyOf(streams.getOrDefault(childId, List.of()));
    }

    /** The child's stream as everything that judges practice reads it: corrections applied, retractions dropped. */
    List<ChildCaseEvent> correctedPicture(String childId) {
        return CorrectedHistory.effective(childEvents(childId));
    }

    Map<String, List<ChildCaseEvent>> streams() {
        return streams;
    }

    @Override
    public RecordingOutcome recordChildHistory(String childId, List<ChildCaseEvent> events) {
        BulkRecording outcome = recordChildrenInStep(Map.of(childId, events));
        if (!outcome.refused().isEmpty()) {
            throw outcome.refused().get(childId);
        }
        return outcome.recorded();
    }

    @Override
    public BulkRecording recordChildrenInStep(Map<String, List<ChildCaseEvent>> eventsByChild) {
        bulks++;
        int[] counted = new int[2]; // stored, already recorded
        Map<String, RuntimeException> refused = new LinkedHashMap<>();
        eventsByChild.forEach((child, events) -> {
            List<ChildCaseEvent> stream = new ArrayList<>(streams.getOrDefault(child, List.of()));
            Map<String, ChildCaseEvent> byId = new HashMap<>();
            stream.forEach(event -> byId.put(event.eventId(), event));
            int stored = 0;
            int repeated = 0;
            try {
                for (ChildCaseEvent event : events) {
                    ChildCaseEvent known = byId.get(event.eventId());
                    if (known != null) {
                        if (!unstamped(known).equals(unstamped(event))) {
                            throw new PracticeRuleViolation("event-id-reused", "eventId", event.eventId() + " reused");
                        }
                        repeated++;
                        continue;
                    }
                    CorrectedHistory.amendedEventId(event).ifPresent(target -> {
                        if (!byId.containsKey(target)) {
                            throw new PracticeRuleViolation("unknown-event-id", "eventId", "no event " + target);
                        }
                    });
                    stream.add(event);
                    byId.put(event.eventId(), event);
                    stored++;
                }
                streams.put(child, stream);
            } catch (PracticeRuleViolation refusal) {
                refused.put(child, refusal);
                return;
            }
            counted[0] += stored;
            counted[1] += repeated;
        });
        return new BulkRecording(new RecordingOutcome(counted[0], counted[1]), refused);
    }

    private static ChildCaseEvent unstamped(ChildCaseEvent event) {
        return RecordCopy.with(event, Map.of("recordedAt", Instant.EPOCH));
    }
}
