package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A statutory health assessment, initial or review (CPPCR reg 7).
 */
@Revision("1")
public record HealthAssessmentCompleted(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotNull HealthAssessmentKind kind) implements ChildCaseEvent {
}
