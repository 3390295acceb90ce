package uk.casemonitor.core.fostercarer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A supervising social worker was allocated to the carer.
 */
@Revision("1")
public record SupervisingSocialWorkerAllocated(
        @NotBlank @Size(max = 64) String carerId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 64) String workerId) implements FosterCarerEvent {
}
