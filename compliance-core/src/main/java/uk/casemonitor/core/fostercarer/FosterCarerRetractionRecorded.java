package uk.casemonitor.core.fostercarer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.serialization.Revision;
import uk.casemonitor.core.recording.Retraction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An earlier event on the carer's record should never have been recorded (e.g. entered on the wrong
 * record) and no longer counts. {@code occurredAt} is the day it was retracted.
 */
@Revision("1")
public record FosterCarerRetractionRecorded(
        @NotBlank @Size(max = 64) String carerId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 100) String retractedEventId,
        @NotBlank @Size(max = 1000) String reason) implements FosterCarerEvent, Retraction {
}
