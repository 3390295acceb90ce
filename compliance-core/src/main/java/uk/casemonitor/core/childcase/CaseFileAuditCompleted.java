package uk.casemonitor.core.childcase;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quality-assurance audit of the child's case file: its grade, the themes found and the actions
 * agreed, each due on its own date. Each action is an obligation (rule {@code audit-action}) until
 * an {@link AuditActionCompleted} names it.
 *
 * @param themes  short labels for what the auditor found (e.g. "management oversight", "voice of the child")
 * @param actions in the order agreed; an action is named by its index in this list
 */
@Revision("1")
public record CaseFileAuditCompleted(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 100) String auditor,
        @NotNull AuditGrade grade,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> themes,
        @Size(max = 20) List<@Valid @NotNull AuditAction> actions) implements ChildCaseEvent {

    public CaseFileAuditCompleted {
        themes = themes == null ? List.of() : List.copyOf(themes);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
