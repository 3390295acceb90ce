package uk.casemonitor.imports.returns;

import uk.casemonitor.core.childcase.AbuseCategory;

import java.util.Map;
import java.util.Set;

/** The CIN census code lists the import checks and maps, as the DfE's census specification gives them. */
public final class CinCensusCodes {

    /**
     * ReferralSource: 1A-1D individuals (family, acquaintance, self, other), 2A-2B schools and
     * education services, 3A-3F health services, 4 housing, 5A-5D local authority services, 6 police,
     * 7 other legal agency, 8 other, 9 anonymous, 10 unknown.
     */
    public static final Set<String> REFERRAL_SOURCES = Set.of(
            "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
            "6", "7", "8", "9", "10");

    /** PrimaryNeedCode: N0 not stated, N1 abuse or neglect … N9 absent parenting. */
    public static final Set<String> PRIMARY_NEEDS = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    /**
     * ReasonForClosure: RC1 adopted, RC2 died, RC3 child arrangements order, RC4 special
     * guardianship order, RC5 transferred to another local authority, RC6 transferred to adult
     * services, RC7 services ceased for any other reason (including no longer in need), RC8 closed
     * after assessment with no further action, RC9 closed after assessment, referred to early help.
     */
    public static final Set<String> REASONS_FOR_CLOSURE = Set.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    /** InitialCategoryOfAbuse, as the monitor's categories. */
    public static final Map<String, AbuseCategory> CATEGORIES_OF_ABUSE = Map.of(
            "NEG", AbuseCategory.NEGLECT,
            "PHY", AbuseCategory.PHYSICAL_ABUSE,
            "EMO", AbuseCategory.EMOTIONAL_ABUSE,
            "SAB", AbuseCategory.SEXUAL_ABUSE,
            "MUL", AbuseCategory.MULTIPLE);

    private CinCensusCodes() {
    }
}
