package uk.casemonitor.core.fostercarer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The carer's approval ended; every carer obligation ends with it.
 */
@Revision("1")
public record FosterCarerDeregistered(
        @NotBlank @Size(max = 64) String carerId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @Size(max = 500) String reason) implements FosterCarerEvent {
}
