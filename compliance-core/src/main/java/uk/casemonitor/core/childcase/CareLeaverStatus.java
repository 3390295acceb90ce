package uk.casemonitor.core.childcase;

/** Care Leavers (England) Regulations 2010 categories. */
public enum CareLeaverStatus {
    /** 16 or 17, still looked after, looked after for 13 weeks since 14. */
    ELIGIBLE,
    /** 16 or 17, left care after being eligible. */
    RELEVANT,
    /** 18 to 25, was eligible or relevant. */
    FORMER_RELEVANT
}
