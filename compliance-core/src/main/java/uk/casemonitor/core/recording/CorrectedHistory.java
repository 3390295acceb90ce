package uk.casemonitor.core.recording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corrected picture of one stream: what the monitor takes to have happened once corrections
 * and retractions are applied. Each correction replaces its target where the target was recorded,
 * a retraction removes it, a later amendment wins over an earlier one and a correction of a
 * retracted event restores it. Corrections and retractions themselves are not practice and are
 * left out. Everything that judges practice (aggregates, the engine, data quality, history)
 * reads a stream through here, so they all see the same picture.
 */
public final class CorrectedHistory<E extends PracticeEvent> {

    private final LinkedHashMap<String, E> current = new LinkedHashMap<>();
    private final Set<String> retracted = new HashSet<>();
    private final Map<String, List<PracticeEvent>> amendments = new HashMap<>();

    private CorrectedHistory() {
    }

    /** The stream's events as recorded, in order. */
    public static <E extends PracticeEvent> CorrectedHistory<E> of(List<? extends E> recorded) {
        return asKnownAt(recorded, null);
    }

    /**
     * @param knownAt only amendments recorded at or before this instant are applied; null for all
     */
    public static <E extends PracticeEvent> CorrectedHistory<E> asKnownAt(List<? extends E> recorded, Instant knownAt) {
        CorrectedHistory<E> history = new CorrectedHistory<>();
        for (E event : recorded) {
            if (isAmendment(event) && knownAt != null && event.recordedAt().isAfter(knownAt)) {
                continue;
            }
            history.add(event);
        }
        return history;
    }

    /** The corrected practice events, in the order they were first recorded. */
    public static <E extends PracticeEvent> List<E> effective(List<? extends E> recorded) {
        return CorrectedHistory.<E>of(recorded).effective();
    }

    @SuppressWarnings("unchecked")
    private void add(E event) {
        if (event instanceof Correction correction) {
            if (current.containsKey(correction.correctedEventId())) {
                current.put(correction.correctedEventId(), (E) correction.replacement());
                retracted.remove(correction.correctedEventId());
            }
            amendments.computeIfAbsent(correction.correctedEventId(), id -> new ArrayList<>()).add(event);
        } else if (event instanceof Retraction retraction) {
            if (current.containsKey(retraction.retractedEventId())) {
                retracted.add(retraction.retractedEventId());
            }
            amendments.computeIfAbsent(retraction.retractedEventId(), id -> new ArrayList<>()).add(event);
        } else {
            current.putIfAbsent(event.eventId(), event);
        }
    }

    public List<E> effective() {
        List<E> events = new ArrayList<>(current.size());
        current.forEach((id, event) -> {
            if (!retracted.contains(id)) {
                events.add(event);
            }
        });
        return events;
    }

    /** A practice event of this stream, as it now stands (corrected, or retracted). */
    public Optional<E> practiceEvent(String eventId) {
        return Optional.ofNullable(current.get(eventId));
    }

    public boolean isRetracted(String eventId) {
        return retracted.contains(eventId);
    }

    /** The corrections and retractions of one event, in the order they were recorded. */
    public List<PracticeEvent> amendmentsOf(String eventId) {
        return amendments.getOrDefault(eventId, List.of());
    }

    public static boolean isAmendment(PracticeEvent event) {
        return event instanceof Correction || event instanceof Retraction;
    }

    /** The id of the event a correction or retraction is about. */
    public static Optional<String> amendedEventId(PracticeEvent event) {
        if (event instanceof Correction correction) {
            return Optional.of(correction.correctedEventId());
        }
        if (event instanceof Retraction retraction) {
            return Optional.of(retraction.retractedEventId());
        }
        return Optional.empty();
    }
}
