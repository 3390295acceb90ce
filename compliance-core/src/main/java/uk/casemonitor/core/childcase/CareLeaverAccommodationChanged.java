package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A care leaver moved accommodation; a relevant child must be visited within 7 days.
 */
@Revision("1")
public record CareLeaverAccommodationChanged(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @Size(max = 500) String accommodationType,
        Boolean accommodationSuitable) implements ChildCaseEvent {
}
