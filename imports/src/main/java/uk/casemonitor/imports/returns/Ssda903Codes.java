package uk.casemonitor.imports.returns;

import java.util.Set;

/**
 * The SSDA903 code lists the import checks and maps, as the DfE's children looked after return
 * guidance gives them. Codes the monitor stores (LS, PLACE, REC, REASON_PLACE_CHANGE, ACCOM) are
 * kept as the DfE codes so that they can be read against the guidance.
 */
public final class Ssda903Codes {

    /** RNE, reason for new episode. */
    public static final String STARTED_TO_BE_LOOKED_AFTER = "S";
    public static final String LEGAL_STATUS_CHANGE_ONLY = "L";
    public static final Set<String> REASONS_FOR_NEW_EPISODE = Set.of("S", "L", "P", "T", "U", "B");
    /** P: placement and carer changed; T: placement only; U: legal status and placement; B: all three. */
    public static final Set<String> PLACEMENT_CHANGES = Set.of("P", "T", "U", "B");

    /** LS, legal status. */
    public static final Set<String> LEGAL_STATUSES = Set.of(
            "C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3");

    /** PLACE, placement type. */
    public static final Set<String> PLACEMENT_TYPES = Set.of(
            "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
            "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");
    /**
     * The only placement types whose code says the placement is long-term: U1 (long-term fostering
     * with a relative or friend) and U4 (long-term fostering with another foster carer). CPPCR reg 28
     * lets such a placement be visited every 3 months after its first year. No other column says it.
     */
    public static final Set<String> LONG_TERM_PLACEMENTS = Set.of("U1", "U4");

    /** REC, reason episode ceased. X1 alone continues the period of care into a new episode. */
    public static final String EPISODE_CONTINUES = "X1";
    public static final Set<String> REASONS_EPISODE_CEASED = Set.of(
            "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E4A", "E4B", "E41", "E45", "E46",
            "E47", "E48", "E5", "E6", "E7", "E8", "E9", "X1");

    /** REASON_PLACE_CHANGE, recorded on the episode whose placement ended. */
    public static final Set<String> REASONS_PLACE_CHANGE = Set.of(
            "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD",
            "OTHER");

    /** REVIEW_CODE, how the child took part in the review. */
    public static final Set<String> REVIEW_PARTICIPATION = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    /** MISSING: M missing from placement; A away from placement without authorisation. */
    static final Set<String> MISSING_KINDS = Set.of("M", "A");
    static final String MISSING_FROM_PLACEMENT = "M";

    /** IN_TOUCH: in touch; not in touch; died; refuses contact; no longer requires services; returned home. */
    public static final Set<String> IN_TOUCH = Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");
    public static final String DIED = "DIED";

    /**
     * ACTIV: F/P = full/part time in higher education (1), other education (2), apprenticeship (4),
     * training or employment (5); F3/P3 is training or employment in returns before the 2021-22
     * split; G4-G6 are not in education, employment or training (illness or disability, other
     * reasons, pregnancy or parenting); 0 = not applicable.
     */
    public static final Set<String> ACTIVITIES = Set.of(
            "F1", "P1", "F2", "P2", "F3", "P3", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");
    public static final Set<String> NEET = Set.of("G4", "G5", "G6");

    /**
     * ACCOM: a letter for the kind of accommodation and 1 (suitable) or 2 (not suitable); 0 = not
     * applicable. B parents or relatives, C community home or other residential care, D semi-
     * independent transitional accommodation, E supported lodgings, G gone abroad, H deported,
     * K ordinary lodgings without formal support, R residence not known, S no fixed abode or
     * homeless, T foyers, U independent living, V emergency accommodation, W bed and breakfast,
     * X in custody, Y other, Z with former foster carers.
     */
    public static final Set<String> ACCOMMODATION = Set.of(
            "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2",
            "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0");
    public static final String NOT_APPLICABLE = "0";

    private Ssda903Codes() {
    }
}
