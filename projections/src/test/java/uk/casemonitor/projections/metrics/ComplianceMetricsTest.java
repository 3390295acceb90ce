package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.childcase.AbuseCategory;
import uk.casemonitor.core.childcase.BecameCareLeaver;
import uk.casemonitor.core.childcase.CareLeaverContactMade;
import uk.casemonitor.core.childcase.CareLeaverStatus;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.TeamAssigned;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.childcase.WorkerAllocated;
import uk.casemonitor.core.fostercarer.CarerType;
import uk.casemonitor.core.fostercarer.FosterCarerApproved;
import uk.casemonitor.core.fostercarer.FosterCarerTeamAssigned;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.ComplianceEngine;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.breach.BreachChange;
import uk.casemonitor.projections.breach.BreachKeeper;
import uk.casemonitor.projections.compliance.ComplianceRepository;
import uk.casemonitor.projections.compliance.DueObligations;
import uk.casemonitor.projections.kpi.KpiRollup;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiValue;
import uk.casemonitor.projections.database.Migrations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures behind the dashboards, on a small authority as of Friday 1 March 2024: team north
 * (two children on CP plans, one visited late), team south (a care leaver, NEET), team fostering
 * (a carer whose annual review is overdue) and a child with no team.
 */
class ComplianceMetricsTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-03-01");
    private static final Instant NOW = TODAY.atTime(LocalTime.NOON).atZone(CaseTime.ZONE).toInstant();
    private static final Instant RECORDED = NOW.minusSeconds(3600);
    private static final Set<String> SUBJECT_AND_WORKER_IDS = Set.of("C-101", "C-102", "C-201", "C-301", "F-1",
                                                                     "sw.a", "sw.b", "ssw.c");

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    private final RuleCatalogue catalogue = RuleCatalogue.statutoryDefaults();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private JdbcTemplate jdbc;
    private KpiService kpis;
    private KpiRollup rollup;
    private ComplianceRepository repository;
    private ComplianceGauges gauges;

    @BeforeEach
    void recordTheAuthority() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        Migrations.migrate(jdbc.getDataSource());
        rollup = new KpiRollup(jdbc, catalogue);
        kpis = new KpiService(rollup, catalogue);
        repository = new ComplianceRepository(jdbc);
        child("C-101", team("C-101", "north"), worker("C-101", "sw.a"), cpPlan("C-101", "2024-01-10"),
              new VisitMade("C-101", "v1", LocalDate.parse("2024-01-22"), RECORDED, "sw.a", VisitType.CHILD_PROTECTION,
                            true, true, null));
        child("C-102", team("C-102", "north"), worker("C-102", "sw.a"), cpPlan("C-102", "2024-02-23"));
        child("C-201", team("C-201", "south"), worker("C-201", "sw.b"),
              new BecameCareLeaver("C-201", "cl", LocalDate.parse("2023-06-01"), RECORDED, "sw.b", CareLeaverStatus.FORMER_RELEVANT),
              new CareLeaverContactMade("C-201", "contact", LocalDate.parse("2024-02-15"), RECORDED, "sw.b", true, "flat",
                                        true, true));
        child("C-301", cpPlan("C-301", "2024-01-02"));
        subject(SubjectKind.FOSTER_CARER, "F-1", List.of(
                new FosterCarerTeamAssigned("F-1", "team", LocalDate.parse("2023-01-01"), RECORDED, "tm", "fostering"),
                new FosterCarerApproved("F-1", "approved", LocalDate.parse("2023-01-02"), RECORDED, "panel", CarerType.MAINSTREAM)));
    }

    @AfterEach
    void dropTheDatabase() {
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void kpiGaugesShowTheNumbersKpiServiceGivesForTheAuthorityAndEachTeam() {
        show(snapshots(50).take());
        for (String team : List.of("all", "north", "south", "fostering")) {
            KpiScope scope = team.equals("all") ? KpiScope.AUTHORITY : KpiScope.team(team);
            for (KpiValue expected : kpis.all(scope, TODAY)) {
                Map<String, String> tags = Map.of("kpi", expected.id(), "team", team);
                assertThat(gauge("compliance.kpi.numerator", tags)).as(team + " " + expected.id() + " numerator")
                        .isEqualTo((double) expected.numerator());
                assertThat(gauge("compliance.kpi.denominator", tags)).as(team + " " + expected.id() + " denominator")
                        .isEqualTo((double) expected.denominator());
                if (expected.ratio() == null) {
                    assertThat(find("compliance.kpi.ratio", tags)).as(team + " " + expected.id() + " ratio").isNull();
                } else {
                    assertThat(gauge("compliance.kpi.ratio", tags)).as(team + " " + expected.id() + " ratio")
                            .isCloseTo(expected.ratio(), within(1e-9));
                }
            }
        }
        // The figures the dataset was built to show: north's late CP visit, south's NEET care leaver.
        assertThat(gauge("compliance.kpi.ratio", Map.of("kpi", "cp-visit", "team", "north"))).isEqualTo(0.5);
        assertThat(gauge("compliance.kpi.ratio", Map.of("kpi", "cp-visit", "team", "all"))).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(gauge("compliance.kpi.ratio", Map.of("kpi", "care-leaver-neet", "team", "south"))).isEqualTo(1.0);
        assertThat(gauge("compliance.kpi.denominator", Map.of("kpi", "carer-review", "team", "fostering"))).isEqualTo(1.0);
    }

    @Test
    void targetsSayWhichWayIsBetterSoNeetIsAtMostFortyPercent() {
        show(snapshots(50).take());
        assertThat(gauge("compliance.kpi.target", Map.of("kpi", "care-leaver-neet", "higher_is_better", "false"))).isEqualTo(0.4);
        assertThat(gauge("compliance.kpi.target", Map.of("kpi", "cp-visit", "higher_is_better", "true"))).isEqualTo(0.9);
        assertThat(registry.find("compliance.kpi.target").gauges()).hasSize(catalogue.kpis().size());
    }

    @Test
    void noTagCarriesAChildCarerOrWorkerId() {
        BreachKeeper keeper = new BreachKeeper(jdbc);
        keeper.addListener(new BreachMetrics(registry, "test-authority"));
        keeper.publish(reconcileAll(keeper));
        show(snapshots(50).take());
        new IngestionMetrics(registry, calendar, "test-authority")
                .onMessageIngested(GenericEventMessage.asEventMessage(cpPlan("C-999", "2024-02-28"))).reportSuccess();

        Set<String> tagKeys = new HashSet<>();
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                tagKeys.add(tag.getKey());
                assertThat(tag.getValue()).as(meter.getId().toString()).isNotIn(SUBJECT_AND_WORKER_IDS).isNotEqualTo("C-999");
            }
        }
        // "le" is the simple registry's own bucket tag for the lateness histogram.
        assertThat(tagKeys).contains("team", "rule", "overdue_band", "type")
                .isSubsetOf("authority", "kpi", "team", "higher_is_better", "rule", "overdue_band", "cause", "outcome", "type",
                            "subject", "le");
    }

    @Test
    void openBreachesAreCountedByTeamRuleAndOverdueBandWithNoTeamAsUnassigned() {
        BreachKeeper keeper = new BreachKeeper(jdbc);
        reconcileAll(keeper);
        show(snapshots(50).take());
        // C-101: CP visit due Tue 6 Feb (10 working days from the visit on 22 Jan): 24 days overdue.
        assertThat(gauge("compliance.breaches.open", Map.of("team", "north", "rule", "cp-visit", "overdue_band", "8-28")))
                .isEqualTo(1.0);
        // C-301: no visit since the plan on 2 Jan, due Tue 16 Jan: 45 days overdue, and no team.
        assertThat(gauge("compliance.breaches.open", Map.of("team", "unassigned", "rule", "cp-visit", "overdue_band", "29-90")))
                .isEqualTo(1.0);
        // F-1: approved 2 Jan 2023, review due within a year.
        assertThat(gauge("compliance.breaches.open", Map.of("team", "fostering", "rule", "carer-review", "overdue_band", "29-90")))
                .isEqualTo(1.0);
        double open = registry.find("compliance.breaches.open").gauges().stream().mapToDouble(Gauge::value).sum();
        assertThat(open).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM cm_breach WHERE status = 'OPEN'", Double.class));
        assertThat(gauge("compliance.breaches.oldest.overdue", Map.of("team", "unassigned"))).isEqualTo(45.0);
    }

    @Test
    void dueSoonCountsWhatTheDueEndpointListsForEachTeam() {
        show(snapshots(50).take());
        LocalDate until = calendar.addWorkingDays(TODAY, 5);
        for (String team : List.of("north", "south", "fostering")) {
            assertThat(gauge("compliance.due.soon", Map.of("team", team))).as(team)
                    .isEqualTo((double) new DueObligations(jdbc).between(TODAY, until, team, null, 1000).size());
        }
        // C-102's first CP visit falls due Fri 8 March, 10 working days after the plan: within 5 working days.
        assertThat(gauge("compliance.due.soon", Map.of("team", "north"))).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void teamsBeyondTheCapCountOnlyInTheAuthorityAndUnderOther() {
        reconcileAll(new BreachKeeper(jdbc));
        ComplianceSnapshot snapshot = snapshots(1).take();
        show(snapshot);
        // North has the most children, so it is the one team exported.
        assertThat(snapshot.teams()).containsExactly("north");
        assertThat(gauge("compliance.metrics.teams.omitted", Map.of())).isEqualTo(2.0);
        assertThat(registry.find("compliance.kpi.denominator").gauges())
                .extracting(g -> g.getId().getTag("team")).containsOnly("all", "north");
        assertThat(gauge("compliance.breaches.open", Map.of("team", "other", "rule", "carer-review", "overdue_band", "29-90")))
                .isEqualTo(1.0);

        show(snapshots(50).take());
        assertThat(gauge("compliance.metrics.teams.omitted", Map.of())).isZero();
        assertThat(find("compliance.breaches.open", Map.of("team", "other", "rule", "carer-review", "overdue_band", "29-90")))
                .as("rows that are gone are removed").isNull();
    }

    @Test
    void overdueBandsRunOneToSevenEightToTwentyEightTwentyNineToNinetyAndBeyond() {
        assertThat(List.of(1L, 7L, 8L, 28L, 29L, 90L, 91L, 400L)).extracting(OverdueBand::of).extracting(OverdueBand::label)
                .containsExactly("1-7", "1-7", "8-28", "8-28", "29-90", "29-90", "91+", "91+");
    }

    @Test
    void breachesRaisedAreCountedByRuleAndWhatShowedThem() {
        BreachKeeper keeper = new BreachKeeper(jdbc);
        keeper.addListener(new BreachMetrics(registry, "test-authority"));
        keeper.publish(reconcileAll(keeper));
        assertThat(registry.get("compliance.breaches.raised").tags("rule", "cp-visit", "cause", "late_event").counter().count())
                .isEqualTo(2.0);
        assertThat(registry.get("compliance.breaches.raised").tags("rule", "carer-review", "cause", "late_event").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void committedEventsAreCountedByTypeWithHowManyWorkingDaysLateTheyWereRecorded() {
        IngestionMetrics ingestion = new IngestionMetrics(registry, calendar, "test-authority");
        // Happened on Monday 19 February, recorded on Friday 1 March: 9 working days late.
        ingestion.onMessageIngested(GenericEventMessage.asEventMessage(cpPlan("C-1", "2024-02-19"))).reportSuccess();
        ingestion.onMessageIngested(GenericEventMessage.asEventMessage(cpPlan("C-2", "2024-03-01"))).reportFailure(new RuntimeException());

        assertThat(registry.get("compliance.events.ingested").tags("type", "ChildProtectionPlanStarted").counter().count())
                .isEqualTo(1.0);
        DistributionSummary lateness = registry.get("compliance.recording.lateness").tags("subject", "child").summary();
        assertThat(lateness.count()).isEqualTo(1);
        assertThat(lateness.totalAmount()).isEqualTo(9.0);
    }

    private ComplianceSnapshots snapshots(int maxTeams) {
        return new ComplianceSnapshots(jdbc, new DueObligations(jdbc), kpis, calendar, Clock.fixed(NOW, ZoneOffset.UTC),
                                       maxTeams, 5);
    }

    private void show(ComplianceSnapshot snapshot) {
        if (gauges == null) {
            gauges = new ComplianceGauges(registry, "test-authority", catalogue.kpis());
        }
        gauges.show(snapshot);
    }

    private List<BreachChange> reconcileAll(BreachKeeper keeper) {
        List<BreachChange> changes = new ArrayList<>();
        jdbc.query("SELECT subject_kind, subject_id FROM cm_subject", rs -> {
            SubjectKind kind = SubjectKind.valueOf(rs.getString(1));
            String id = rs.getString(2);
            changes.addAll(keeper.reconcile(kind, id, repository.obligationsOf(kind, id), TODAY, NOW));
        });
        return changes;
    }

    private double gauge(String name, Map<String, String> tags) {
        Gauge gauge = find(name, tags);
        assertThat(gauge).as(name + tags).isNotNull();
        return gauge.value();
    }

    private Gauge find(String name, Map<String, String> tags) {
        var search = registry.find(name).tag("authority", "test-authority");
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            search = search.tag(tag.getKey(), tag.getValue());
        }
        return search.gauges().stream().filter(g -> g.getId().getTags().size() == tags.size() + 1).findFirst().orElse(null);
    }

    private void child(String id, PracticeEvent... events) {
        subject(SubjectKind.CHILD, id, List.of(events));
    }

    private void subject(SubjectKind kind, String id, List<PracticeEvent> events) {
        CaseEvaluation evaluation = new ComplianceEngine(catalogue, calendar).evaluate(kind, id, events);
        ComplianceRepository.Replaced rows = repository.replace(evaluation, events.size());
        rollup.add(rollup.changeOf(rows.before(), rows.after()));
    }

    private static TeamAssigned team(String child, String team) {
        return new TeamAssigned(child, "team", LocalDate.parse("2023-12-01"), RECORDED, "tm", team);
    }

    private static WorkerAllocated worker(String child, String worker) {
        return new WorkerAllocated(child, "worker", LocalDate.parse("2023-12-01"), RECORDED, "tm", worker);
    }

    private static ChildProtectionPlanStarted cpPlan(String child, String on) {
        return new ChildProtectionPlanStarted(child, "plan", LocalDate.parse(on), RECORDED, "chair", AbuseCategory.NEGLECT);
    }
}
