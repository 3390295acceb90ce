package uk.casemonitor.core.rules;

/** How a KPI turns obligations or measures into a numerator and denominator at an as-of date. */
public enum KpiStyle {
    /**
     * Subjects with a live obligation of the rule on the as-of date (denominator) that were not past
     * its due date then (numerator). For continuing duties: visits, reviews, checks "in date".
     */
    IN_DATE,
    /**
     * Obligations that fell due in the 12 months before the as-of date (denominator) that were met
     * on or before their due date (numerator). For one-off deadlines: ICPC, assessments, reviews held.
     */
    TIMELINESS,
    /** Observations dated in the 12 months to the as-of date (denominator) that are hits (numerator). */
    RATE,
    /** Per subject, the latest observation in the 12 months to the as-of date; hits over subjects. */
    LATEST,
    /**
     * Subjects in the measure's population on the as-of date (e.g. children looked after) who had
     * three or more different observations (social workers, placements) in the 12 months to it.
     */
    THREE_OR_MORE_IN_YEAR
}
