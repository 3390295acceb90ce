package uk.casemonitor.app.ingestion;

import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.recording.RecordCopy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A live event as the monitor records it: {@code recordedAt} the moment it was received and
 * {@code recordedBy} the signed-in user, whatever the sender put there. Events are records, so the
 * stamped event is a copy ({@link RecordCopy}).
 */
final class LiveStamp {

    static final String RECORDED_AT = "recordedAt";
    static final String RECORDED_BY = "recordedBy";

    private LiveStamp() {
    }

    static <E extends PracticeEvent> E stamped(E event, Instant receivedAt, String recorder) {
        if (Objects.equals(event.recordedAt(), receivedAt) && Objects.equals(event.recordedBy(), recorder)) {
            return event;
        }
        Map<String, Object> stamp = new HashMap<>();
        stamp.put(RECORDED_AT, receivedAt);
        stamp.put(RECORDED_BY, recorder);
        return RecordCopy.with(event, stamp);
    }
}
