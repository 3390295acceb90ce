package uk.casemonitor.app.audits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Quality-assurance settings under {@code compliance.audits.*}.
 *
 * @param monthlyTarget case-file audits the authority aims to complete each month (the 2021 review
 *                      found 15 a month against a target of 25)
 */
@ConfigurationProperties(prefix = "compliance.audits")
public record AuditProperties(Integer monthlyTarget) {

    public AuditProperties {
        monthlyTarget = monthlyTarget == null ? 25 : monthlyTarget;
        if (monthlyTarget < 0) {
            throw new IllegalArgumentException("compliance.audits.monthly-target must be 0 or more");
        }
    }
}
