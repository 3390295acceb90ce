package uk.casemonitor.core.fostercarer;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.serialization.Revision;
import uk.casemonitor.core.recording.Correction;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An earlier event on the carer's record was wrong and is put right: {@code replacement} is that event in
 * full as it should have been (same type and event id). {@code occurredAt} is the day the
 * correction was made; {@code recordedBy} and {@code recordedAt} say who made it and when.
 */
@Revision("1")
public record FosterCarerCorrectionRecorded(
        @NotBlank @Size(max = 64) String carerId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 100) String correctedEventId,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
        FosterCarerEvent replacement) implements FosterCarerEvent, Correction {
}
