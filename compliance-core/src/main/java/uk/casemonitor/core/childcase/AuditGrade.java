package uk.casemonitor.core.childcase;

/** The overall judgement of a case-file audit, on Ofsted's four-point scale. */
public enum AuditGrade {
    OUTSTANDING,
    GOOD,
    REQUIRES_IMPROVEMENT,
    INADEQUATE;

    /** Good or outstanding: what an authority's quality-assurance framework aims for. */
    public boolean isGoodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }
}
