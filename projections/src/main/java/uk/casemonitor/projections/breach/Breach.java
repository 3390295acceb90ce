package uk.casemonitor.projections.breach;

import uk.casemonitor.core.rules.SubjectKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A duty that was not met by its due date, as managers see it.
 *
 * @param raisedBy {@code DEADLINE_PASSED} when the clock raised it, {@code LATE_EVENT} when an event
 *                 arriving after the fact showed the deadline had been missed
 */
public record Breach(SubjectKind subjectKind, String subjectId, String obligationKey, String ruleId, String teamId,
                     String workerId, LocalDate dueOn, BreachStatus status, Instant raisedAt, String raisedBy,
                     LocalDate resolvedOn, Instant resolvedAt, Acknowledgement acknowledgement) {

    /** A manager's acknowledgement of the breach, from the subject's stream; null until there is one. */
    public record Acknowledgement(Instant at, String by, String note, String plannedAction) {
    }

    Breach withAcknowledgement(Acknowledgement acknowledged) {
        return new Breach(subjectKind, subjectId, obligationKey, ruleId, teamId, workerId, dueOn, status, raisedAt,
                          raisedBy, resolvedOn, resolvedAt, acknowledged);
    }
}
