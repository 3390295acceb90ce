package uk.casemonitor.projections.drilldown;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.compliance.ComplianceRepository;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiValue;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The children (or carers) behind each KPI. Each style's query has exactly the filters and window
 * of the KPI's own SQL over the detail tables ({@code DetailKpis}, which the roll-up behind
 * {@link KpiService} equals) and its team and worker filter, {@link KpiService#scope}, so the rows
 * are the denominator and the failing rows the complement of the numerator, or the numerator when
 * lower is better.
 */
public class KpiDrillDowns {

    private static final Comparator<DrillDownRow> WORST_FIRST = Comparator
            .comparing((DrillDownRow row) -> !row.failing())
            .thenComparing(row -> row.daysLate() == null ? 0 : -row.daysLate())
            .thenComparing(DrillDownRow::subjectId)
            .thenComparing(row -> row.ref() == null ? "" : row.ref());

    private final JdbcTemplate jdbc;
    private final RuleCatalogue catalogue;
    private final KpiService kpis;

    public KpiDrillDowns(JdbcTemplate jdbc, RuleCatalogue catalogue, KpiService kpis) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.kpis = kpis;
    }

    /** Empty when there is no such KPI. */
    public Optional<KpiDrillDown> of(String kpiId, KpiScope scope, LocalDate asOf) {
        Optional<KpiDefinition> definition = catalogue.kpis().stream().filter(kpi -> kpi.id().equals(kpiId)).findFirst();
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        KpiDefinition kpi = definition.get();
        KpiValue value = kpis.one(kpiId, scope, asOf).orElseThrow();
        List<DrillDownRow> rows = new ArrayList<>(switch (kpi.style()) {
            case IN_DATE -> inDate(kpi, scope, asOf);
            case TIMELINESS -> timeliness(kpi, scope, asOf);
            case RATE -> observations(kpi, scope, asOf, false);
            case LATEST -> observations(kpi, scope, asOf, true);
            case THREE_OR_MORE_IN_YEAR -> threeOrMore(kpi, scope, asOf);
        });
        rows.sort(WORST_FIRST);
        long failing = rows.stream().filter(DrillDownRow::failing).count();
        return Optional.of(new KpiDrillDown(kpi.id(), kpi.label(), kpi.style(), kpi.subjectKind().name(),
                kpi.higherIsBetter(), kpi.target(), asOf, scope.teamId(), scope.workerId(), value.numerator(),
                value.denominator(), failing, List.copyOf(rows)));
    }

    /** Subjects with a live obligation on the day; failing when any is past its due date. */
    private List<DrillDownRow> inDate(KpiDefinition kpi, KpiScope scope, LocalDate asOf) {
        List<Live> live = jdbc.query("""
                SELECT o.* FROM cm_obligation o
                WHERE o.rule_id = ? AND o.opened_on <= ? AND (o.closed_on IS NULL OR o.closed_on > ?)
                  AND o.status <> 'PRE_MONITORING'"""
                        + KpiService.scope("o") + " ORDER BY o.subject_id, o.due_on, o.obligation_key",
                (rs, row) -> new Live(rs.getString("subject_kind"), ComplianceRepository.OBLIGATION.mapRow(rs, row)),
                args(scope, kpi.source(), date(asOf), date(asOf)));
        // The KPI counts distinct subject ids: one row per subject, led by its earliest deadline.
        Map<String, List<Live>> bySubject = live.stream()
                .collect(Collectors.groupingBy(l -> l.obligation().subjectId(), LinkedHashMap::new, Collectors.toList()));
        List<DrillDownRow> rows = new ArrayList<>();
        bySubject.forEach((subjectId, obligations) -> {
            Obligation first = obligations.get(0).obligation();
            long overdue = obligations.stream().filter(l -> l.obligation().dueOn().isBefore(asOf)).count();
            boolean failing = overdue > 0;
            long daysLate = ChronoUnit.DAYS.between(first.dueOn(), asOf);
            String reason = failing ? "overdue: due " + first.dueOn() + ", " + daysLate + " days late on " + asOf
                                    : "in date: due " + first.dueOn();
            String detail = obligations.size() == 1 ? null
                    : obligations.size() + " owed, " + overdue + " overdue: "
                      + obligations.stream().map(l -> l.obligation().key() + " due " + l.obligation().dueOn())
                                   .collect(Collectors.joining("; "));
            rows.add(new DrillDownRow(obligations.get(0).subjectKind(), subjectId, first.teamId(), first.workerId(), true,
                    failing, reason, first.dueOn(), failing ? daysLate : null, first.openedOn(), detail, first.key()));
        });
        return rows;
    }

    /** Obligations that fell due in the 12 months before the day; failing unless met on time. */
    private List<DrillDownRow> timeliness(KpiDefinition kpi, KpiScope scope, LocalDate asOf) {
        return jdbc.query("""
                SELECT o.* FROM cm_obligation o
                WHERE o.rule_id = ? AND o.due_on >= ? AND o.due_on < ? AND o.status NOT IN ('CANCELLED', 'PRE_MONITORING')"""
                        + KpiService.scope("o"),
                (rs, row) -> {
                    Obligation o = ComplianceRepository.OBLIGATION.mapRow(rs, row);
                    boolean failing = o.status() != ObligationStatus.MET_ON_TIME;
                    long daysLate = o.daysLate(asOf);
                    String reason = switch (o.status()) {
                        case MET_ON_TIME -> "met on time on " + o.closedOn() + " (due " + o.dueOn() + ")";
                        case MET_LATE -> "met late on " + o.closedOn() + " (due " + o.dueOn() + ")";
                        case MISSED -> "missed: due " + o.dueOn() + ", ended unmet on " + o.closedOn();
                        case OPEN -> "overdue: due " + o.dueOn() + ", not met";
                        case CANCELLED, PRE_MONITORING ->
                                throw new IllegalStateException("cancelled obligations and those before monitoring are not counted");
                    };
                    LocalDate last = o.closedOn() != null && o.status() != ObligationStatus.MISSED ? o.closedOn() : o.openedOn();
                    return new DrillDownRow(rs.getString("subject_kind"), o.subjectId(), o.teamId(), o.workerId(), true,
                            failing, reason, o.dueOn(), failing && daysLate > 0 ? daysLate : null, last, null, o.key());
                },
                args(scope, kpi.source(), date(asOf.minusYears(1)), date(asOf)));
    }

    /**
     * Observations dated in the 12 months to the day (RATE), or each subject's latest of them
     * (LATEST); failing when a miss for a higher-is-better KPI, a hit for a lower-is-better one.
     */
    private List<DrillDownRow> observations(KpiDefinition kpi, KpiScope scope, LocalDate asOf, boolean latestOnly) {
        // PostgreSQL, unlike H2, needs the space between "?" and AND.
        String latest = !latestOnly ? "" : " " + """
                  AND NOT EXISTS (SELECT 1 FROM cm_measure n
                                  WHERE n.subject_kind = m.subject_kind AND n.subject_id = m.subject_id
                                    AND n.measure_id = m.measure_id AND n.observed_on <= ?
                                    AND (n.observed_on > m.observed_on
                                         OR (n.observed_on = m.observed_on AND n.event_id > m.event_id)))""";
        List<Object> window = new ArrayList<>(List.of(kpi.source(), date(asOf.minusYears(1)), date(asOf)));
        if (latestOnly) {
            window.add(date(asOf));
        }
        return jdbc.query("""
                SELECT m.* FROM cm_measure m
                WHERE m.measure_id = ? AND m.observed_on > ? AND m.observed_on <= ?""" + latest + KpiService.scope("m"),
                (rs, row) -> {
                    boolean hit = rs.getBoolean("hit");
                    String detail = rs.getString("detail");
                    return new DrillDownRow(rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("team_id"),
                            rs.getString("worker_id"), true, hit != kpi.higherIsBetter(),
                            Reasons.observation(kpi.source(), hit, detail), null, null,
                            rs.getDate("observed_on").toLocalDate(), detail, rs.getString("event_id"));
                },
                args(scope, window.toArray()));
    }

    /** Subjects in the population on the day; failing with three or more different observations in the year to it. */
    private List<DrillDownRow> threeOrMore(KpiDefinition kpi, KpiScope scope, LocalDate asOf) {
        Set<CaseEpisode> population = catalogue.measure(kpi.source()).orElseThrow().population();
        String episodes = population.stream().map(CaseEpisode::name).map(name -> "'" + name + "'")
                                    .collect(Collectors.joining(", "));
        Map<String, List<Observed>> observed = new LinkedHashMap<>();
        jdbc.query("""
                SELECT m.subject_kind, m.subject_id, m.detail, m.observed_on FROM cm_measure m
                WHERE m.measure_id = ? AND m.observed_on > ? AND m.observed_on <= ?
                ORDER BY m.observed_on, m.event_id""",
                rs -> {
                    observed.computeIfAbsent(rs.getString("subject_kind") + "/" + rs.getString("subject_id"), k -> new ArrayList<>())
                            .add(new Observed(rs.getString("detail"), rs.getDate("observed_on").toLocalDate()));
                },
                kpi.source(), date(asOf.minusYears(1)), date(asOf));
        return jdbc.query("""
                SELECT s.subject_kind, s.subject_id, s.team_id, s.worker_id FROM cm_subject s
                WHERE EXISTS (SELECT 1 FROM cm_episode e
                              WHERE e.subject_kind = s.subject_kind AND e.subject_id = s.subject_id
                                AND e.episode IN (%s) AND e.started_on <= ? AND (e.ended_on IS NULL OR e.ended_on > ?))"""
                        .formatted(episodes) + KpiService.scope("s"),
                (rs, row) -> {
                    List<Observed> seen = observed.getOrDefault(rs.getString("subject_kind") + "/" + rs.getString("subject_id"), List.of());
                    // As the KPI's COUNT(DISTINCT detail): an observation with no detail is not a different one.
                    Set<String> distinct = seen.stream().map(Observed::detail).filter(d -> d != null)
                                               .collect(Collectors.toCollection(LinkedHashSet::new));
                    LocalDate last = seen.isEmpty() ? null : seen.get(seen.size() - 1).on();
                    return new DrillDownRow(rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("team_id"),
                            rs.getString("worker_id"), true, distinct.size() >= 3,
                            Reasons.distinctCount(kpi.source(), distinct.size()), null, null, last,
                            distinct.isEmpty() ? null : String.join(", ", distinct), null);
                },
                args(scope, date(asOf), date(asOf)));
    }

    private record Live(String subjectKind, Obligation obligation) {
    }

    private record Observed(String detail, LocalDate on) {
    }

    private static Date date(LocalDate date) {
        return Date.valueOf(date);
    }

    /** The query's own parameters, then the scope's, in the order {@link KpiService#scope} takes them. */
    private static Object[] args(KpiScope scope, Object... own) {
        List<Object> args = new ArrayList<>(List.of(own));
        args.add(scope.teamId());
        args.add(scope.teamId());
        args.add(scope.workerId());
        args.add(scope.workerId());
        return args.toArray();
    }
}
