package uk.casemonitor.imports.ssd;

import uk.casemonitor.core.childcase.AbuseCategory;
import uk.casemonitor.imports.returns.CinCensusCodes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SSD keeps the DfE's codes (it is built to produce the CIN census and SSDA903), so the code
 * lists are the returns'; what the SSD adds is free text, read here.
 */
final class SsdCodes {

    /** Categories of abuse as codes (NEG) or, as some case systems export them, in words (Neglect). */
    private static final Map<String, AbuseCategory> CATEGORIES = categories();

    private SsdCodes() {
    }

    static Optional<AbuseCategory> category(String text) {
        return Optional.ofNullable(CATEGORIES.get(text.trim().toUpperCase(Locale.ROOT)));
    }

    /** {@code clah_health_check_type} is free text: what it names, if the monitor records it. */
    enum HealthCheck { INITIAL_HEALTH_ASSESSMENT, REVIEW_HEALTH_ASSESSMENT, HEALTH_ASSESSMENT, DENTAL_CHECK }

    static Optional<HealthCheck> healthCheck(String text) {
        String type = text.toLowerCase(Locale.ROOT);
        if (type.contains("dental") || type.contains("teeth")) {
            return Optional.of(HealthCheck.DENTAL_CHECK);
        }
        if (!type.contains("health")) {
            return Optional.empty();
        }
        if (type.contains("initial")) {
            return Optional.of(HealthCheck.INITIAL_HEALTH_ASSESSMENT);
        }
        return Optional.of(type.contains("review") ? HealthCheck.REVIEW_HEALTH_ASSESSMENT : HealthCheck.HEALTH_ASSESSMENT);
    }

    /** {@code clah_health_check_status}: only a completed check is an event; the others are known and not. */
    enum HealthCheckStatus { COMPLETED, NOT_COMPLETED }

    static Optional<HealthCheckStatus> healthCheckStatus(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "completed", "complete" -> Optional.of(HealthCheckStatus.COMPLETED);
            case "planned", "refused", "cancelled", "canceled", "" -> Optional.of(HealthCheckStatus.NOT_COMPLETED);
            default -> Optional.empty();
        };
    }

    /**
     * {@code clea_care_leaver_eligibility}, in words (Relevant, Former Relevant, Eligible, Qualifying,
     * No Current Eligibility): what the young person is now, if one the monitor's duties follow.
     */
    enum Eligibility { ELIGIBLE, RELEVANT, FORMER_RELEVANT, OTHER }

    static Optional<Eligibility> eligibility(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ")) {
            case "eligible" -> Optional.of(Eligibility.ELIGIBLE);
            case "relevant" -> Optional.of(Eligibility.RELEVANT);
            case "former relevant" -> Optional.of(Eligibility.FORMER_RELEVANT);
            // A qualifying care leaver (under 13 weeks in care since 14) is owed advice, not the CLR 2010 duties.
            case "qualifying", "no current eligibility", "none", "not eligible" -> Optional.of(Eligibility.OTHER);
            default -> Optional.empty();
        };
    }

    /**
     * {@code clea_care_leaver_in_touch}, the SSDA903 care-leaver codes: in touch or not (refusing
     * contact is not in touch); died, no longer needing services or back home for 6 months leave the
     * young person out of the in-touch measure, as the return does (null).
     */
    static Optional<Answer> inTouch(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "YES", "Y" -> Optional.of(Answer.YES);
            case "NO", "N", "REFU" -> Optional.of(Answer.NO);
            case "DIED", "NREQ", "RHOM", "" -> Optional.of(Answer.NOT_KNOWN);
            default -> Optional.empty();
        };
    }

    /** SSDA903 care-leaver accommodation codes (B With parent(s) or relative(s) ... Z With former foster carer(s)). */
    static final java.util.Set<String> ACCOMMODATION = java.util.Set.of("B", "C", "D", "E", "G", "H", "K", "R", "S",
            "T", "U", "V", "W", "X", "Y", "Z");

    /** {@code clea_care_leaver_accom_suitable}: 1 suitable, 2 unsuitable (or a flag, as some systems export it). */
    static Optional<Answer> suitable(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "1", "Y", "YES" -> Optional.of(Answer.YES);
            case "2", "N", "NO" -> Optional.of(Answer.NO);
            case "" -> Optional.of(Answer.NOT_KNOWN);
            default -> Optional.empty();
        };
    }

    /**
     * {@code clea_care_leaver_activity}, SSDA903 activity codes: G4, G5, G6 are not in education,
     * employment or training; F1-F5 and P1-P5 are in one of them.
     */
    static Optional<Answer> notInEducationEmploymentOrTraining(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return Optional.of(Answer.NOT_KNOWN);
        }
        if (code.matches("G[456]")) {
            return Optional.of(Answer.YES);
        }
        return code.matches("[FP][1-5]") ? Optional.of(Answer.NO) : Optional.empty();
    }

    /** A coded yes or no, or a code that leaves it unknown. */
    enum Answer {
        YES, NO, NOT_KNOWN;

        Boolean asFlag() {
            return this == NOT_KNOWN ? null : this == YES;
        }
    }

    private static Map<String, AbuseCategory> categories() {
        Map<String, AbuseCategory> categories = new HashMap<>(CinCensusCodes.CATEGORIES_OF_ABUSE);
        categories.put("NEGLECT", AbuseCategory.NEGLECT);
        categories.put("PHYSICAL ABUSE", AbuseCategory.PHYSICAL_ABUSE);
        categories.put("EMOTIONAL ABUSE", AbuseCategory.EMOTIONAL_ABUSE);
        categories.put("SEXUAL ABUSE", AbuseCategory.SEXUAL_ABUSE);
        categories.put("MULTIPLE", AbuseCategory.MULTIPLE);
        return Map.copyOf(categories);
    }
}
