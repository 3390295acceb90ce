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
