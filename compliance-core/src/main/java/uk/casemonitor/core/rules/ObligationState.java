package uk.casemonitor.core.rules;

/** An obligation's standing on a particular date. */
public enum ObligationState {
    NOT_YET_OPEN,
    /** Owed, not yet past its due date. */
    DUE,
    /** Owed and past its due date: an open breach. */
    OVERDUE,
    MET_ON_TIME,
    /** Met after its due date: a breach, resolved late. */
    MET_LATE,
    /** Its episode ended after the due date with the duty never met: a breach that stays. */
    MISSED,
    CANCELLED,
    /** Fell due before monitoring began: shown, never judged. */
    PRE_MONITORING;

    public boolean isBreach() {
        return this == OVERDUE || this == MET_LATE || this == MISSED;
    }
}
