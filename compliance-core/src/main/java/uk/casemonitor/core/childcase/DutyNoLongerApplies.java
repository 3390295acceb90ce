package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded decision that a duty no longer applies to the child, and why: the conference not
 * convened because the child was accommodated, an assessment overtaken by a transfer in... The open
 * duty of that rule ends on the decision's date: no longer owed if it was not yet due, missed if it was.
 *
 * @param rule the catalogue's id of the duty (e.g. {@code icpc})
 */
@Revision("1")
public record DutyNoLongerApplies(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 64) String rule,
        @NotBlank @Size(max = 500) String reason) implements ChildCaseEvent {
}
