package uk.casemonitor.core.childcase;

/** The stretches of time a child's obligations belong to; when one ends, its obligations stop. */
public enum CaseEpisode {
    CHILD_PROTECTION_PLAN("a child-protection plan"),
    CHILD_IN_NEED_PLAN("a child-in-need plan"),
    LOOKED_AFTER("a period of being looked after"),
    PLACEMENT("a placement"),
    CARE_LEAVER("care-leaver support"),
    PRIVATE_FOSTERING("a private fostering arrangement");

    private final String description;

    CaseEpisode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Kebab-case name for machine-readable error codes. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
