package uk.casemonitor.projections.breach;

/** A breach is never deleted: it moves between these as the record develops. */
public enum BreachStatus {
    /** The due date has passed and the duty is still unmet. */
    OPEN,
    /** The duty was met, after its due date. */
    RESOLVED_LATE,
    /** The episode ended with the duty never met. */
    CLOSED_UNMET,
    /**
     * Later-recorded evidence (or a changed local timescale) shows there was no breach after all,
     * e.g. a visit that happened on time but was recorded weeks later.
     */
    WITHDRAWN
}
