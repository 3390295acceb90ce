package uk.casemonitor.core.fostercarer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A DBS check of the carer was completed.
 */
@Revision("1")
public record FosterCarerDbsCheckCompleted(
        @NotBlank @Size(max = 64) String carerId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy) implements FosterCarerEvent {
}
