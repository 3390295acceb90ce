package uk.casemonitor.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.breach.BreachKeeper;
import uk.casemonitor.projections.compliance.DueObligations;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.metrics.BreachMetrics;
import uk.casemonitor.projections.metrics.ComplianceGauges;
import uk.casemonitor.projections.metrics.ComplianceSnapshots;
import uk.casemonitor.projections.metrics.KpiHistoryExport;
import uk.casemonitor.projections.kpi.KpiTrends;
import uk.casemonitor.projections.metrics.IngestionMetrics;
import uk.casemonitor.projections.metrics.MetricsRefresh;
import uk.casemonitor.projections.metrics.ProjectionMetrics;

import java.time.Clock;
import java.util.List;

/**
 * The Prometheus metrics behind the Grafana dashboards (docs/metrics-and-dashboards.md): compliance
 * figures recomputed in the background, breach and ingestion counters, projection lag, and Axon's
 * own message metrics.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsProperties.class)
class MetricsConfig {

    private final String authority;

    public MetricsConfig(@Value("${compliance.authority-name:local-authority}") String authority) {
        this.authority = authority;
    }

    /**
     * Axon's command bus, event store and processor metrics, tagged rather than named per component.
     * Declared here because Axon's auto-configuration, ordered against Spring Boot 3's class names,
     * runs before Spring Boot 4 has made its registry and brings a registry of its own (excluded in
     * application.yml).
     */
    @Bean
    public GlobalMetricRegistry axonMetricRegistry(MeterRegistry registry) {
        return new GlobalMetricRegistry(registry);
    }

    @Bean
    public MetricsConfigurerModule axonMetrics(GlobalMetricRegistry axon) {
        return new MetricsConfigurerModule(axon, true);
    }

    /**
     * Axon tags its message metrics by payload type: with some 45 event types and six percentiles per
     * timer that multiplies its series by hundreds. Events are counted by type in
     * {@code compliance_events_ingested_total}; Axon's metrics stay per component and processor.
     */
    @Bean
    public MeterFilter axonMetricsWithoutPayloadTypes() {
        return MeterFilter.ignoreTags("payloadType");
    }

    @Bean
    public IngestionMetrics ingestionMetrics(MeterRegistry registry, WorkingDayCalendar calendar) {
        return new IngestionMetrics(registry, calendar, authority);
    }

    /**
     * Counts committed events: the event store tells its monitors after the unit of work commits.
     * Axon's own event-store monitor is left out: it looks its timers up in the registry for every
     * event, about a tenth of the cost of recording one, and says nothing
     * {@code compliance_events_ingested_total} doesn't.
     */
    @Bean
    public ConfigurerModule ingestionMonitor(IngestionMetrics ingestion) {
        return configurer -> configurer.configureMessageMonitor(EventStore.class,
                (configuration, type, name) -> ingestion);
    }

    @Bean
    public BreachMetrics breachMetrics(MeterRegistry registry, BreachKeeper breaches) {
        BreachMetrics metrics = new BreachMetrics(registry, authority);
        breaches.addListener(metrics);
        return metrics;
    }

    @Bean(destroyMethod = "close")
    public MetricsRefresh metricsRefresh(MeterRegistry registry, JdbcTemplate jdbc, DueObligations dueObligations,
                                         KpiService kpis, RuleCatalogue catalogue, WorkingDayCalendar calendar, Clock clock,
                                         ComplianceProperties compliance, MetricsProperties properties,
                                         EventProcessingConfiguration processing, EventStore eventStore) {
        ComplianceSnapshots snapshots = new ComplianceSnapshots(jdbc, dueObligations, kpis, calendar, clock,
                                                                properties.maxTeams(), compliance.dueSoonWorkingDays());
        ComplianceGauges gauges = new ComplianceGauges(registry, authority, catalogue.kpis());
        ProjectionMetrics projections = new ProjectionMetrics(registry, authority, processing::eventProcessors,
                                                              eventStore::createHeadToken);
        return new MetricsRefresh(snapshots, gauges, projections, registry, authority);
    }

    /** The KPI gauges' history, for backfilling Prometheus ({@code export-kpi-history}). */
    @Bean
    public KpiHistoryExport kpiHistoryExport(KpiTrends trends, RuleCatalogue catalogue, JdbcTemplate jdbc,
                                             MetricsProperties properties) {
        return new KpiHistoryExport(trends, catalogue.kpis(), authority, () -> {
            List<String> teams = ComplianceSnapshots.teamsByCaseload(jdbc);
            return teams.subList(0, Math.min(properties.maxTeams(), teams.size()));
        });
    }

    @Bean
    public ApplicationListener<ApplicationReadyEvent> startMetricsRefresh(MetricsRefresh refresh, MetricsProperties properties) {
        return ready -> refresh.start(properties.refresh(), properties.projectionRefresh());
    }
}
