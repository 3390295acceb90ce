package uk.casemonitor.core.childcase;

/** Category of abuse under which a child-protection plan is made (CIN census). */
public enum AbuseCategory {
    NEGLECT,
    PHYSICAL_ABUSE,
    EMOTIONAL_ABUSE,
    SEXUAL_ABUSE,
    MULTIPLE
}
