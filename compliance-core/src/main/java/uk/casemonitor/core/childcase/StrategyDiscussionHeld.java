package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A strategy discussion was held; when it initiates a section 47 enquiry the ICPC falls due within
 * 15 working days (WT2023).
 */
@Revision("1")
public record StrategyDiscussionHeld(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotNull Boolean section47Initiated) implements ChildCaseEvent {
}
