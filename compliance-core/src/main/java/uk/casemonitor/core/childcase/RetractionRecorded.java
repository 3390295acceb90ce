package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.serialization.Revision;
import uk.casemonitor.core.recording.Retraction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An earlier event on the child's case should never have been recorded (e.g. entered on the wrong
 * record) and no longer counts. {@code occurredAt} is the day it was retracted.
 */
@Revision("1")
public record RetractionRecorded(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 100) String retractedEventId,
        @NotBlank @Size(max = 1000) String reason) implements ChildCaseEvent, Retraction {
}
