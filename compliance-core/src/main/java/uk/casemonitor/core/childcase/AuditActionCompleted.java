package uk.casemonitor.core.childcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.axonframework.serialization.Revision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One action agreed at a case-file audit was done.
 *
 * @param auditEventId the {@code eventId} of the {@link CaseFileAuditCompleted} that agreed it
 * @param actionIndex  its position (from 0) in that audit's {@code actions}
 */
@Revision("1")
public record AuditActionCompleted(
        @NotBlank @Size(max = 64) String childId,
        @NotBlank @Size(max = 100) String eventId,
        @NotNull LocalDate occurredAt,
        @NotNull Instant recordedAt,
        @NotBlank @Size(max = 100) String recordedBy,
        @NotBlank @Size(max = 100) String auditEventId,
        @NotNull @PositiveOrZero Integer actionIndex,
        @Size(max = 500) String note) implements ChildCaseEvent {

    /** How the action is named across events: the audit's event id and the action's index. */
    public String actionKey() {
        return keyOf(auditEventId, actionIndex);
    }

    public static String keyOf(String auditEventId, int actionIndex) {
        return auditEventId + "#" + actionIndex;
    }
}
