package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The child moved placement; the new placement starts on this date (CPPCR reg 28: a visit within 1
 * week).
 */
@Revision("1")
public record PlacementChanged(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @Size(max = 20) String placementType,
        @NotNull Boolean longTerm,
        @Size(max = 500) String reason) implements ChildCaseEvent {
}
