package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The child started to be looked after; legal status as the SSDA903 LS code (e.g. C2, V2).
 */
@Revision("1")
public record BecameLookedAfter(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @Size(max = 20) String legalStatus) implements ChildCaseEvent {
}
