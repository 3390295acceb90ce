package uk.casemonitor.core.fostercarer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/** A manager acknowledged a breach on the carer's record; the breach still counts in every KPI. */
@Revision("1")
public record FosterCarerBreachAcknowledged(
        @NotBlank @Size(max = 64) String carerId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 200) String obligationKey,
        @NotBlank @Size(max = 1000) String note,
        @Size(max = 1000) String plannedAction) implements FosterCarerEvent {
}
