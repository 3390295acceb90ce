package uk.casemonitor.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Local policy and operational settings under {@code compliance.*}.
 *
 * @param rules            timescale overrides, {@code compliance.rules.<rule>.<timescale>: "20 working days"}
 * @param bankHolidaysFile a file in the published gov.uk bank-holidays JSON format overriding the bundled one
 * @param deadlineCheck    how often the clock-driven breach check runs
 * @param dueSoonWorkingDays default horizon for due-soon reminders
 * @param monitoringFrom   the first day the authority's practice is monitored: duties due before it are
 *                         "before monitoring", never breaches; none set monitors the whole history
 */
@ConfigurationProperties(prefix = "compliance")
public record ComplianceProperties(Map<String, Map<String, String>> rules, Path bankHolidaysFile,
                                   Duration deadlineCheck, Integer dueSoonWorkingDays, LocalDate monitoringFrom) {

    public ComplianceProperties {
        rules = rules == null ? Map.of() : new LinkedHashMap<>(rules);
        deadlineCheck = deadlineCheck == null ? Duration.ofMinutes(1) : deadlineCheck;
        dueSoonWorkingDays = dueSoonWorkingDays == null ? 5 : dueSoonWorkingDays;
    }
}
