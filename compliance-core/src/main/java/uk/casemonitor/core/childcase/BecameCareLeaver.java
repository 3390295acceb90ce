package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The young person's care-leaver status began or changed (eligible, relevant or former relevant:
 * Care Leavers (England) Regulations 2010).
 */
@Revision("1")
public record BecameCareLeaver(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotNull CareLeaverStatus status) implements ChildCaseEvent {
}
