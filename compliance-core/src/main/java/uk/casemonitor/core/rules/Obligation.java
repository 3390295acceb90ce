package uk.casemonitor.core.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Something the authority owes a child or carer by a date, opened by one event and closed by
 * another (or still open).
 *
 * @param key      stable identity across recomputations: rule id and the event that opened it
 * @param openedBy event id of the trigger, or of the previous satisfying event for repeating duties
 * @param closedOn when it was met or ended; null while open
 * @param teamId   team holding the case when it closed, or now if still open
 */
public record Obligation(
        String key,
        String ruleId,
        String subjectId,
        LocalDate openedOn,
        LocalDate dueOn,
        String openedBy,
        ObligationStatus status,
        LocalDate closedOn,
        String closedBy,
        String teamId,
        String workerId) {

    /** How the obligation stood on a date, by the events this obligation was computed from. */
    public ObligationState stateOn(LocalDate date) {
        if (openedOn.isAfter(date)) {
            return ObligationState.NOT_YET_OPEN;
        }
        if (status == ObligationStatus.PRE_MONITORING) {
            return ObligationState.PRE_MONITORING;
        }
        if (closedOn != null && !closedOn.isAfter(date)) {
            return switch (status) {
                case MET_ON_TIME -> ObligationState.MET_ON_TIME;
                case MET_LATE -> ObligationState.MET_LATE;
                case MISSED -> ObligationState.MISSED;
                case CANCELLED -> ObligationState.CANCELLED;
                case PRE_MONITORING -> ObligationState.PRE_MONITORING;
                case OPEN -> throw new IllegalStateException("An open obligation has no closing date");
            };
        }
        // A deadline is met when the event occurs on or before it: breached from the next day.
        return dueOn.isBefore(date) ? ObligationState.OVERDUE : ObligationState.DUE;
    }

    /** Calendar days between the due date and when it was met, or (still unmet) the given date. */
    public long daysLate(LocalDate date) {
        LocalDate until = closedOn != null && !closedOn.isAfter(date) ? closedOn : date;
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, until));
    }
}
