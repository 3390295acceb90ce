package uk.casemonitor.core.rules;

/** What became of an obligation, as far as the recorded events tell. */
public enum ObligationStatus {
    /** Not yet met; overdue once its due date has passed. */
    OPEN,
    MET_ON_TIME,
    /** Met after the due date: a breach, resolved late. */
    MET_LATE,
    /** Its episode ended (or a newer trigger replaced it) after the due date, never met: a breach. */
    MISSED,
    /** Its episode ended (or a newer trigger replaced it) before it fell due: no longer owed. */
    CANCELLED,
    /**
     * Fell due and was settled before monitoring began ({@link MonitoringHorizon}): kept for the
     * history, never a breach or a KPI failure.
     */
    PRE_MONITORING;

    public boolean isBreach() {
        return this == MET_LATE || this == MISSED;
    }
}
