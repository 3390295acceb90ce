package uk.casemonitor.tools.generator;

import uk.casemonitor.core.recording.PracticeEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes one event once its ids are known. Every event record starts with these five fields, so an
 * event with no others is just its constructor: {@code AssessmentStarted::new}.
 */
@FunctionalInterface
interface EventFactory<E extends PracticeEvent> {

    E make(String subjectId, String eventId, LocalDate occurredAt, Instant recordedAt, String recordedBy);
}
