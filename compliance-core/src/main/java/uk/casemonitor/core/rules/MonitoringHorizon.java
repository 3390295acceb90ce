package uk.casemonitor.core.rules;

import java.time.LocalDate;

/**
 * The day an authority's monitoring begins (a migration, the first import, the start of six years
 * of SSD). The history before it is kept and shown, but the monitor cannot judge practice it never
 * watched: a duty that fell due and was settled before it is "before monitoring", never a breach or
 * a KPI failure; a duty still owed on the day is judged as if it fell due that day, so "no review seen
 * since monitoring began" is overdue by the days since, not by decades.
 *
 * @param from the first day monitored; null when the whole history is monitored
 */
public record MonitoringHorizon(LocalDate from) {

    public static final MonitoringHorizon WHOLE_HISTORY = new MonitoringHorizon(null);

    public static MonitoringHorizon from(LocalDate from) {
        return from == null ? WHOLE_HISTORY : new MonitoringHorizon(from);
    }

    /** The obligation as monitoring judges it. */
    public Obligation judge(Obligation obligation) {
        if (from == null || !obligation.dueOn().isBefore(from) || obligation.status() == ObligationStatus.CANCELLED) {
            return obligation;
        }
        if (obligation.closedOn() != null && obligation.closedOn().isBefore(from)) {
            return with(obligation, obligation.dueOn(), ObligationStatus.PRE_MONITORING);
        }
        ObligationStatus status = switch (obligation.status()) {
            case MET_ON_TIME, MET_LATE -> obligation.closedOn().isAfter(from) ? ObligationStatus.MET_LATE : ObligationStatus.MET_ON_TIME;
            case MISSED -> obligation.closedOn().isAfter(from) ? ObligationStatus.MISSED : ObligationStatus.CANCELLED;
            default -> obligation.status();
        };
        return with(obligation, from, status);
    }

    /**
     * Whether the obligation's due date is the horizon because it was owed from before monitoring
     * began (its own deadline had passed unseen), so the register can say so.
     */
    public boolean judgedFromHorizon(Obligation obligation) {
        return from != null && obligation.dueOn().equals(from) && obligation.openedOn().isBefore(from);
    }

    private static Obligation with(Obligation o, LocalDate dueOn, ObligationStatus status) {
        return new Obligation(o.key(), o.ruleId(), o.subjectId(), o.openedOn(), dueOn, o.openedBy(), status, o.closedOn(),
                o.closedBy(), o.teamId(), o.workerId());
    }
}
