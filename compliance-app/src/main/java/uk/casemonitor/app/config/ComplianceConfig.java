package uk.casemonitor.app.config;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.core.calendar.BankHolidays;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.breach.BreachKeeper;
import uk.casemonitor.projections.breach.BreachQueries;
import uk.casemonitor.projections.compliance.ComplianceProjection;
import uk.casemonitor.projections.compliance.ComplianceRepository;
import uk.casemonitor.projections.breach.DeadlineWatch;
import uk.casemonitor.projections.compliance.PendingSubjects;
import uk.casemonitor.projections.compliance.DueObligations;
import uk.casemonitor.projections.compliance.DueSoonWatch;
import uk.casemonitor.projections.compliance.SubjectDerivation;
import uk.casemonitor.projections.compliance.SubjectEvents;
import uk.casemonitor.projections.kpi.KpiRollup;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiTrends;

import java.time.Clock;
import java.util.List;

/** The rules, the calendar and the compliance read model, wired to the event store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ComplianceProperties.class, uk.casemonitor.app.alerts.TeamWebhooks.Settings.class})
class ComplianceConfig {

    private static final Logger log = LoggerFactory.getLogger(ComplianceConfig.class);

    @Bean
    public WorkingDayCalendar workingDayCalendar(ComplianceProperties properties) {
        BankHolidays holidays = properties.bankHolidaysFile() == null
                ? BankHolidays.englandAndWales()
                : BankHolidays.fromPublishedJson(properties.bankHolidaysFile());
        return new WorkingDayCalendar(holidays);
    }

    /** The statutory defaults with the authority's local policy applied; a misspelt rule stops start-up. */
    @Bean
    public RuleCatalogue ruleCatalogue(ComplianceProperties properties) {
        return RuleCatalogue.statutoryDefaults().withTimescales(properties.rules());
    }

    @Bean
    public MonitoringStart monitoringStart(JdbcTemplate jdbc, Clock clock, ComplianceProperties properties) {
        MonitoringStart start = new MonitoringStart(jdbc, clock, properties.monitoringFrom());
        start.setting().ifPresent(setting -> log.info("Monitoring from {} (set by {}): duties due before it are before "
                                                      + "monitoring", setting.monitoringFrom(), setting.setBy()));
        return start;
    }

    /** Judges practice from where monitoring begins, if set; the history before it is kept, not judged. */
    @Bean
    public ComplianceEngine complianceEngine(RuleCatalogue catalogue, WorkingDayCalendar calendar, MonitoringStart start) {
        return new ComplianceEngine(catalogue, calendar, start::horizon);
    }

    @Bean
    public SubjectEvents subjectEvents(EventStore eventStore) {
        return (kind, subjectId) -> {
            EventStream<?> stream = EventStream.of(kind);
            List<PracticeEvent> events = new java.util.ArrayList<>();
            eventStore.readEvents(stream.streamIdOf().apply(subjectId))
                      .forEachRemaining(message -> events.add((PracticeEvent) message.getPayload()));
            return events;
        };
    }

    @Bean
    public ComplianceRepository complianceRepository(JdbcTemplate jdbc) {
        return new ComplianceRepository(jdbc);
    }

    /** Made again from the detail tables first if it was made for other KPI definitions (or never: an older database). */
    @Bean
    public KpiRollup kpiRollup(JdbcTemplate jdbc, RuleCatalogue catalogue, ComplianceRepository repository,
                               TransactionTemplate transactions) {
        KpiRollup rollup = new KpiRollup(jdbc, catalogue);
        long started = System.nanoTime();
        Long subjects = transactions.execute(status -> rollup.rollUpAgainIfOutdated(repository::everySubjectAsStored));
        if (subjects != null && subjects > 0) {
            log.info("KPI roll-up made again from the read model's {} children and carers in {} ms (KPI definitions changed, or a database from before the roll-up)",
                     subjects, (System.nanoTime() - started) / 1_000_000);
        }
        return rollup;
    }

    @Bean
    public BreachKeeper breachKeeper(JdbcTemplate jdbc, ComplianceRepository schemaFirst) {
        return new BreachKeeper(jdbc);
    }

    @Bean
    public BreachQueries breachQueries(JdbcTemplate jdbc, ComplianceRepository schemaFirst) {
        return new BreachQueries(jdbc);
    }

    @Bean
    public PendingSubjects pendingSubjects(JdbcTemplate jdbc) {
        return new PendingSubjects(jdbc);
    }

    @Bean
    public ComplianceProjection complianceProjection(ComplianceEngine engine, SubjectEvents subjectEvents,
                                                     ComplianceRepository repository, BreachKeeper breaches,
                                                     Clock clock, PendingSubjects pending,
                                                     ObjectProvider<SubjectDerivation> derivations, KpiRollup kpiRollup) {
        return new ComplianceProjection(engine, subjectEvents, repository, breaches, clock, pending,
                                        derivations.orderedStream().toList(), kpiRollup);
    }

    @Bean
    public DeadlineWatch deadlineWatch(BreachKeeper breaches, TransactionTemplate transactions, Clock clock) {
        return new DeadlineWatch(breaches, transactions, clock);
    }

    @Bean
    public DueObligations dueObligations(JdbcTemplate jdbc, ComplianceRepository schemaFirst) {
        return new DueObligations(jdbc);
    }

    @Bean
    public DueSoonWatch dueSoonWatch(JdbcTemplate jdbc, DueObligations dueObligations, WorkingDayCalendar calendar,
                                     Clock clock, ComplianceProperties properties) {
        return new DueSoonWatch(jdbc, dueObligations, calendar, clock, properties.dueSoonWorkingDays());
    }

    @Bean
    public KpiService kpiService(KpiRollup rollup, RuleCatalogue catalogue) {
        return new KpiService(rollup, catalogue);
    }

    @Bean
    public KpiTrends kpiTrends(KpiRollup rollup, RuleCatalogue catalogue) {
        return new KpiTrends(rollup, catalogue);
    }
}
