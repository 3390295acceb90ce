package uk.casemonitor.app.alerts;

import uk.casemonitor.projections.breach.Breach;
import uk.casemonitor.projections.breach.BreachChange;
import uk.casemonitor.projections.compliance.DueSoonWatch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a team manager is told: a breach raised, resolved, closed, withdrawn or acknowledged, or an
 * obligation falling due soon. The same JSON goes to the live feed and to the team's webhook.
 *
 * @param alertId stable for the same happening, so receivers can recognise a repeat
 */
record Alert(String alertId, String kind, String teamId, String workerId, String subjectKind, String subjectId,
                    String rule, String obligationKey, LocalDate dueOn, String status, Instant raisedAt,
                    Breach.Acknowledgement acknowledgement) {

    static Alert of(BreachChange change) {
        Breach breach = change.breach();
        String kind = switch (change.kind()) {
            case RAISED -> "breach-raised";
            case RESOLVED_LATE -> "breach-resolved";
            case CLOSED_UNMET -> "breach-closed";
            case WITHDRAWN -> "breach-withdrawn";
            case ACKNOWLEDGED -> "breach-acknowledged";
        };
        String happening = change.kind() == BreachChange.Kind.ACKNOWLEDGED && breach.acknowledgement() != null
                ? kind + ":" + breach.acknowledgement().at() : kind;
        return new Alert(breach.subjectKind() + ":" + breach.subjectId() + ":" + breach.obligationKey() + ":" + happening,
                kind, breach.teamId(), breach.workerId(), breach.subjectKind().name(), breach.subjectId(), breach.ruleId(),
                breach.obligationKey(), breach.dueOn(), breach.status().name(), breach.raisedAt(), breach.acknowledgement());
    }

    static Alert of(DueSoonWatch.DueSoon due) {
        return new Alert(due.subjectKind() + ":" + due.subjectId() + ":" + due.obligationKey() + ":due-soon", "due-soon",
                due.teamId(), due.workerId(), due.subjectKind().name(), due.subjectId(), due.ruleId(), due.obligationKey(),
                due.dueOn(), "DUE", null, null);
    }
}
