package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A manager acknowledged a breach on the child's case and said what will be done. It is part of
 * the record auditors see; it changes no obligation, so the breach still counts in every KPI.
 */
@Revision("1")
public record BreachAcknowledged(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 200) String obligationKey,
        @NotBlank @Size(max = 1000) String note,
        @Size(max = 1000) String plannedAction) implements ChildCaseEvent {
}
