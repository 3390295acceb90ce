package uk.casemonitor.app.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.app.audits.AuditProperties;
import uk.casemonitor.app.quality.DataQualityProperties;
import uk.casemonitor.core.quality.DataQualityCatalogue;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.audit.AuditQueries;
import uk.casemonitor.projections.compliance.ComplianceRepository;
import uk.casemonitor.projections.drilldown.KpiDrillDowns;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.projections.quality.DataQualityFindings;
import uk.casemonitor.projections.quality.DataQualityQueries;

/**
 * What a performance surgery reads beyond the KPIs: the children behind each KPI, the data-quality
 * findings (derived with the compliance read model) and the case-file audit counts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DataQualityProperties.class, AuditProperties.class})
class SurgeryConfig {

    /** The standard checks with the authority's settings; a misspelt check or episode stops start-up. */
    @Bean
    public DataQualityCatalogue dataQualityCatalogue(DataQualityProperties properties, WorkingDayCalendar calendar) {
        return DataQualityCatalogue.standard(properties.settings(), calendar);
    }

    @Bean
    public DataQualityFindings dataQualityFindings(JdbcTemplate jdbc, DataQualityCatalogue catalogue) {
        return new DataQualityFindings(jdbc, catalogue);
    }

    @Bean
    public DataQualityQueries dataQualityQueries(JdbcTemplate jdbc, DataQualityFindings findings) {
        return new DataQualityQueries(jdbc, findings);
    }

    @Bean
    public KpiDrillDowns kpiDrillDowns(JdbcTemplate jdbc, RuleCatalogue catalogue, KpiService kpis) {
        return new KpiDrillDowns(jdbc, catalogue, kpis);
    }

    @Bean
    public AuditQueries auditQueries(JdbcTemplate jdbc, ComplianceRepository schemaFirst) {
        return new AuditQueries(jdbc);
    }
}
