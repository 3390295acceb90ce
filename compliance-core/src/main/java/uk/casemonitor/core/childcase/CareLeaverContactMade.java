package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Contact between a care leaver and their personal adviser, with the SSDA903 care-leaver measures
 * as found.
 */
@Revision("1")
public record CareLeaverContactMade(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        Boolean inTouch,
        @Size(max = 500) String accommodationType,
        Boolean accommodationSuitable,
        Boolean neet) implements ChildCaseEvent {
}
