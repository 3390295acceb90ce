package uk.casemonitor.core.recording;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers which event ids a stream holds, by a fingerprint of their content, so that a client
 * retrying a request (same id, same content) stores nothing new, while reusing an id for a
 * different fact is refused. {@code recordedAt} is left out of the fingerprint: a retry is stamped
 * again at ingestion but is still the same fact.
 */
public final class EventLedger {

    private final Map<String, Long> fingerprints = new HashMap<>();

    /**
     * @return true when this exact event is already in the stream
     * @throws EventIdReused when the id is taken by an event with different content
     */
    public boolean alreadyRecorded(PracticeEvent event) {
        Long known = fingerprints.get(event.eventId());
        if (known == null) {
            return false;
        }
        if (known != fingerprint(event)) {
            throw new EventIdReused(event.eventId());
        }
        return true;
    }

    /** Whether any event of the stream has this id. */
    public boolean knows(String eventId) {
        return fingerprints.containsKey(eventId);
    }

    public void remember(PracticeEvent event) {
        fingerprints.put(event.eventId(), fingerprint(event));
    }

    public int size() {
        return fingerprints.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventLedger that && fingerprints.equals(that.fingerprints);
    }

    @Override
    public int hashCode() {
        return fingerprints.hashCode();
    }

    static long fingerprint(PracticeEvent event) {
        StringBuilder content = new StringBuilder(event.getClass().getName());
        for (RecordComponent component : RecordContent.components(event)) {
            if (component.getName().equals("recordedAt")) {
                continue;
            }
            content.append('\u001f').append(component.getName()).append('=').append(RecordContent.valueOf(component, event));
        }
        byte[] digest = RecordContent.sha256(content.toString());
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value;
    }
}
