package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A statutory visit to the child. Whether the child was seen, and seen alone, may be unanswered on
 * the record: that is a data-quality finding, not a reason to refuse it (CPPCR reg 29 asks for the
 * reason when not seen alone).
 */
@Revision("1")
public record VisitMade(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotNull VisitType visitType,
        Boolean childSeen,
        Boolean seenAlone,
        @Size(max = 500) String reasonNotSeenAlone) implements ChildCaseEvent {
}
