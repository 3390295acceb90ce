package uk.casemonitor.projections.kpi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.CaseEvaluation.EpisodePeriod;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.KpiStyle;
import uk.casemonitor.core.rules.Measure;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.compliance.ComplianceRepository;
import uk.casemonitor.projections.database.Migrations;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up answers every KPI exactly as the SQL over the detail tables does, for every scope and
 * as-of date, on randomised subjects: obligations opened, closed and due on varied days (the same
 * day, before they open), observations tied on a day, episodes, rows with no team or worker, a team
 * called "*"; and still after subjects are recomputed with other rows and another team, so that
 * what they contributed before is taken away exactly.
 */
class KpiRollupMatchesDetailTest {

    private static final LocalDate START = LocalDate.parse("2023-01-01");
    private static final int DAYS = 900;
    private static final String[] TEAMS = {"north", "south", "*", null};
    private static final String[] WORKERS = {"sw.a", "sw.b", null};
    private static final String[] DETAILS = {"sw.a", "sw.b", "sw.c", "sw.d", null};
    private static final List<KpiScope> SCOPES = List.of(KpiScope.AUTHORITY, KpiScope.team("north"), KpiScope.team("south"),
            KpiScope.team("*"), KpiScope.team("nobody"), new KpiScope(null, "sw.a"), new KpiScope(null, "sw.b"),
            new KpiScope("north", "sw.a"), new KpiScope("south", "sw.b"), new KpiScope("*", "sw.a"));
    private static final List<String> FIXED_DATES = List.of("2000-01-01", "2023-01-01", "2023-03-01", "2024-02-28",
            "2024-02-29", "2024-03-01", "2025-02-28", "2025-03-01", "2025-06-30", "2040-01-01");

    private final RuleCatalogue catalogue = RuleCatalogue.statutoryDefaults();
    private final List<String> rules = catalogue.kpis().stream()
            .filter(kpi -> kpi.style() == KpiStyle.IN_DATE || kpi.style() == KpiStyle.TIMELINESS).map(KpiDefinition::source).toList();
    private final List<String> measures = catalogue.kpis().stream()
            .filter(kpi -> kpi.style() != KpiStyle.IN_DATE && kpi.style() != KpiStyle.TIMELINESS).map(KpiDefinition::source).toList();
    private JdbcTemplate jdbc;
    private ComplianceRepository repository;
    private KpiRollup rollup;
    private KpiService kpis;
    private DetailKpis detail;
    private Random random;

    /** This run's own empty database: H2 in memory here, PostgreSQL in {@link PostgresKpiRollupMatchesDetailTest}. */
    protected DataSource openDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    protected void dropDatabase(JdbcTemplate jdbc) {
        jdbc.execute("SHUTDOWN");
    }

    @BeforeEach
    void openTheDatabase() {
        jdbc = new JdbcTemplate(openDatabase());
        Migrations.migrate(jdbc.getDataSource());
        repository = new ComplianceRepository(jdbc);
        rollup = new KpiRollup(jdbc, catalogue);
        kpis = new KpiService(rollup, catalogue);
        detail = new DetailKpis(jdbc, catalogue);
    }

    @AfterEach
    void dropTheDatabase() {
        dropDatabase(jdbc);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theRollUpEqualsTheDetailSqlForEveryKpiScopeAndDateAlsoAfterRecomputation(long seed) {
        random = new Random(seed);
        List<CaseEvaluation> subjects = childrenAndCarers();
        // Several subjects to a transaction, as the projection recomputes them.
        replaceInBatches(subjects);
        assertRollUpEqualsDetail("first evaluation");

        List<CaseEvaluation> recomputed = new ArrayList<>();
        for (CaseEvaluation subject : subjects) {
            switch (random.nextInt(4)) {
                case 0 -> recomputed.add(subject); // unchanged: nothing to write
                case 1 -> recomputed.add(subject(subject.kind(), subject.subjectId())); // other rows, likely another team
                case 2 -> recomputed.add(reallocated(subject)); // the same rows, another team and worker
                default -> recomputed.add(new CaseEvaluation(subject.kind(), subject.subjectId(), List.of(), List.of(),
                                                             List.of(), null, null)); // nothing left
            }
        }
        Collections.shuffle(recomputed, random);
        replaceInBatches(recomputed);
        assertRollUpEqualsDetail("after recomputation");

        replaceInBatches(subjects);
        assertRollUpEqualsDetail("back to the first evaluation");
    }

    @Test
    void aDatabaseFromBeforeTheRollUpOrMadeForOtherKpisHasItMadeAgainFromTheDetailTables() {
        random = new Random(4);
        List<CaseEvaluation> subjects = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            subjects.add(subject(SubjectKind.CHILD, "S-" + i));
        }
        replaceInBatches(subjects);
        jdbc.update("DELETE FROM cm_kpi_day");

        assertThat(rollup.rollUpAgainIfOutdated(repository::everySubjectAsStored)).isEqualTo(30);
        assertRollUpEqualsDetail("made from the detail tables");
        assertThat(rollup.rollUpAgainIfOutdated(repository::everySubjectAsStored)).as("already current").isEqualTo(-1);

        jdbc.update("UPDATE cm_kpi_day SET denominator_change = denominator_change + 1");
        jdbc.update("UPDATE cm_kpi_day_basis SET basis = 'other definitions'");
        assertThat(rollup.rollUpAgainIfOutdated(repository::everySubjectAsStored)).isEqualTo(30);
        assertRollUpEqualsDetail("made again for these definitions");
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void aTrendPointIsTheKpiAsOfThatDateForEveryKpiScopeAndStep(long seed) {
        random = new Random(seed);
        List<CaseEvaluation> subjects = childrenAndCarers();
        replaceInBatches(subjects);
        KpiTrends trends = new KpiTrends(rollup, catalogue);

        int points = 0;
        int nonZero = 0;
        for (TrendStep step : TrendStep.values()) {
            // Random periods, one starting before any record and one ending after the last: empty ends count too.
            LocalDate from = START.plusDays(random.nextInt(DAYS) - 100);
            LocalDate to = from.plusDays(random.nextInt(step == TrendStep.WEEK ? 200 : 800));
            for (KpiScope scope : SCOPES) {
                List<KpiTrend> all = trends.all(scope, from, to, step);
                assertThat(all).extracting(KpiTrend::id).containsExactlyElementsOf(catalogue.kpis().stream().map(KpiDefinition::id).toList());
                for (KpiTrend trend : all) {
                    assertThat(trend.points()).extracting(TrendPoint::asOf).as("%s %s", trend.id(), step)
                                              .containsExactlyElementsOf(step.asOfDates(from, to));
                    for (TrendPoint point : trend.points()) {
                        KpiValue expected = kpis.one(trend.id(), scope, point.asOf()).orElseThrow();
                        assertThat(point).as("%s %s %s on %s", trend.id(), scope, step, point.asOf())
                                         .isEqualTo(new TrendPoint(expected.asOf(), expected.numerator(), expected.denominator(),
                                                                   expected.ratio(), expected.meetsTarget()));
                        points++;
                        nonZero += expected.numerator() > 0 && expected.numerator() < expected.denominator() ? 1 : 0;
                    }
                }
                assertThat(trends.of(all.get(0).id(), scope, from, to, step)).contains(all.get(0));
            }
        }
        assertThat(points).isGreaterThan(10_000);
        assertThat(nonZero).as("not a vacuous pass").isGreaterThan(500);
    }

    /** 25 children and 5 foster carers, at random. */
    private List<CaseEvaluation> childrenAndCarers() {
        List<CaseEvaluation> subjects = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            subjects.add(subject(i < 25 ? SubjectKind.CHILD : SubjectKind.FOSTER_CARER, "S-" + i));
        }
        return subjects;
    }

    private void replaceInBatches(List<CaseEvaluation> subjects) {
        for (int from = 0; from < subjects.size(); from += 7) {
            KpiDayChanges changes = new KpiDayChanges();
            subjects.subList(from, Math.min(subjects.size(), from + 7))
                    .forEach(subject -> {
                        ComplianceRepository.Replaced rows = repository.replace(subject, 1);
                        changes.add(rollup.changeOf(rows.before(), rows.after()));
                    });
            rollup.add(changes);
        }
    }

    private void assertRollUpEqualsDetail(String when) {
        List<LocalDate> dates = new ArrayList<>(FIXED_DATES.stream().map(LocalDate::parse).toList());
        for (int i = 0; i < 8; i++) {
            dates.add(START.plusDays(random.nextInt(DAYS + 60)));
        }
        int nonZero = 0;
        for (LocalDate asOf : dates) {
            for (KpiScope scope : SCOPES) {
                for (KpiDefinition kpi : catalogue.kpis()) {
                    KpiValue expected = detail.value(kpi, scope, asOf);
                    KpiValue actual = kpis.value(kpi, scope, asOf);
                    String what = when + ": " + kpi.id() + " " + scope + " on " + asOf;
                    assertThat(actual.denominator()).as(what + " denominator").isEqualTo(expected.denominator());
                    assertThat(actual.numerator()).as(what + " numerator").isEqualTo(expected.numerator());
                    nonZero += expected.numerator() > 0 && expected.numerator() < expected.denominator() ? 1 : 0;
                }
            }
        }
        // Not a vacuous pass: plenty of KPIs with some subjects passing and some failing.
        assertThat(nonZero).as(when).isGreaterThan(200);
    }

    private CaseEvaluation subject(SubjectKind kind, String id) {
        List<Obligation> obligations = new ArrayList<>();
        for (int i = 0, n = random.nextInt(25); i < n; i++) {
            String rule = pick(rules.toArray(String[]::new));
            LocalDate opened = day();
            // Mostly due after opening, sometimes the same day or (as a repeat of an overdue duty) before it.
            LocalDate due = opened.plusDays(random.nextInt(70) - 5);
            ObligationStatus status = pick(ObligationStatus.values());
            LocalDate closed = status == ObligationStatus.OPEN ? null : opened.plusDays(random.nextInt(5) == 0 ? 0 : random.nextInt(120));
            obligations.add(new Obligation(rule + "/" + i, rule, id, opened, due, "e" + i, status, closed, null,
                                           pick(TEAMS), pick(WORKERS)));
        }
        List<Measure> observations = new ArrayList<>();
        for (int i = 0, n = random.nextInt(20); i < n; i++) {
            // Few dates, so that several observations of a measure share one; event ids decide the latest.
            LocalDate on = random.nextInt(3) == 0 && !observations.isEmpty()
                    ? observations.get(random.nextInt(observations.size())).date() : day();
            observations.add(new Measure(pick(measures.toArray(String[]::new)), id, "e" + random.nextInt(1000) + "-" + i, on,
                                         random.nextBoolean(), pick(DETAILS), pick(TEAMS), pick(WORKERS)));
        }
        List<EpisodePeriod> episodes = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            LocalDate start = day().plusDays(i); // distinct starts: (episode, start) is the key
            LocalDate end = random.nextInt(3) == 0 ? null : start.plusDays(random.nextInt(5) == 0 ? 0 : random.nextInt(500));
            episodes.add(new EpisodePeriod(pick(CaseEpisode.values()).name(), start, end));
        }
        return new CaseEvaluation(kind, id, obligations, observations, distinctStarts(episodes), pick(TEAMS), pick(WORKERS));
    }

    private CaseEvaluation reallocated(CaseEvaluation subject) {
        String team = pick(TEAMS);
        String worker = pick(WORKERS);
        return new CaseEvaluation(subject.kind(), subject.subjectId(),
                subject.obligations().stream().map(o -> new Obligation(o.key(), o.ruleId(), o.subjectId(), o.openedOn(),
                        o.dueOn(), o.openedBy(), o.status(), o.closedOn(), o.closedBy(), team, worker)).toList(),
                subject.measures().stream().map(m -> new Measure(m.measureId(), m.subjectId(), m.eventId(), m.date(), m.hit(),
                        m.detail(), team, worker)).toList(),
                subject.episodes(), team, worker);
    }

    private static List<EpisodePeriod> distinctStarts(List<EpisodePeriod> episodes) {
        return episodes.stream().filter(e -> episodes.stream().filter(o -> o.episode().equals(e.episode())
                && o.start().equals(e.start())).findFirst().orElseThrow() == e).toList();
    }

    /** A day in the range, with a good chance of one around 29 February 2024. */
    private LocalDate day() {
        return random.nextInt(6) == 0 ? LocalDate.parse("2024-02-26").plusDays(random.nextInt(6))
                                      : START.plusDays(random.nextInt(DAYS));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
