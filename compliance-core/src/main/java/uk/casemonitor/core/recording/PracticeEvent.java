package uk.casemonitor.core.recording;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of case practice as recorded on the system: something that happened to a child or a
 * foster carer on {@link #occurredAt()}, entered by {@link #recordedBy()} at {@link #recordedAt()}.
 * The gap between the two is itself a practice measure (late recording).
 */
public interface PracticeEvent {

    /** Identifier chosen by the recording system; a retry with the same id and content is a no-op. */
    String eventId();

    /** The child or carer this event belongs to, as the authority identifies them. */
    String subjectId();

    LocalDate occurredAt();

    /** Set by the monitor at ingestion, never by the client. */
    Instant recordedAt();

    String recordedBy();
}
