package uk.casemonitor.projections.kpi;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.childcase.CaseEpisode;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.core.rules.MeasureRule;
import uk.casemonitor.core.rules.RuleCatalogue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every KPI computed straight from the detail tables ({@code cm_obligation}, {@code cm_measure},
 * {@code cm_episode}, {@code cm_subject}): the definitions of {@link uk.casemonitor.core.rules.KpiStyle}
 * (and the README) as SQL. Too slow to answer with at scale (it correlates per subject over the whole
 * history), so {@link KpiService} reads the roll-up; kept, in the tests only, as the reference the
 * roll-up must equal, and the one the drill-down's row lists mirror.
 */
class DetailKpis {

    private final JdbcTemplate jdbc;
    private final RuleCatalogue catalogue;

    DetailKpis(JdbcTemplate jdbc, RuleCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    KpiValue value(KpiDefinition kpi, KpiScope scope, LocalDate asOf) {
        Date on = Date.valueOf(asOf);
        Date yearBefore = Date.valueOf(asOf.minusYears(1));
        long[] counts = switch (kpi.style()) {
            case IN_DATE -> counts("""
                    SELECT COUNT(DISTINCT o.subject_id),
                           COUNT(DISTINCT CASE WHEN o.due_on < ? THEN o.subject_id END)
                    FROM cm_obligation o
                    WHERE o.rule_id = ? AND o.opened_on <= ? AND (o.closed_on IS NULL OR o.closed_on > ?)
                      AND o.status <> 'PRE_MONITORING'""" + KpiService.scope("o"),
                    true, on, kpi.source(), on, on, scope);
            case TIMELINESS -> counts("""
                    SELECT COUNT(*), SUM(CASE WHEN o.status = 'MET_ON_TIME' THEN 1 ELSE 0 END)
                    FROM cm_obligation o
                    WHERE o.rule_id = ? AND o.due_on >= ? AND o.due_on < ? AND o.status NOT IN ('CANCELLED', 'PRE_MONITORING')""" + KpiService.scope("o"),
                    false, kpi.source(), yearBefore, on, scope);
            case RATE -> counts("""
                    SELECT COUNT(*), SUM(CASE WHEN m.hit THEN 1 ELSE 0 END)
                    FROM cm_measure m
                    WHERE m.measure_id = ? AND m.observed_on > ? AND m.observed_on <= ?""" + KpiService.scope("m"),
                    false, kpi.source(), yearBefore, on, scope);
            case LATEST -> counts("""
                    SELECT COUNT(*), SUM(CASE WHEN m.hit THEN 1 ELSE 0 END)
                    FROM cm_measure m
                    WHERE m.measure_id = ? AND m.observed_on > ? AND m.observed_on <= ?
                      AND NOT EXISTS (SELECT 1 FROM cm_measure n
                                      WHERE n.subject_kind = m.subject_kind AND n.subject_id = m.subject_id
                                        AND n.measure_id = m.measure_id AND n.observed_on <= ?
                                        AND (n.observed_on > m.observed_on
                                             OR (n.observed_on = m.observed_on AND n.event_id > m.event_id)))""" + KpiService.scope("m"),
                    false, kpi.source(), yearBefore, on, on, scope);
            case THREE_OR_MORE_IN_YEAR -> threeOrMore(kpi, scope, on, yearBefore);
        };
        return KpiValue.of(kpi, scope, asOf, counts[1], counts[0]);
    }

    private long[] threeOrMore(KpiDefinition kpi, KpiScope scope, Date on, Date yearBefore) {
        MeasureRule measure = catalogue.measure(kpi.source()).orElseThrow();
        String episodes = measure.population().stream().map(CaseEpisode::name).map(name -> "'" + name + "'")
                                 .collect(Collectors.joining(", "));
        return counts("""
                SELECT COUNT(*),
                       SUM(CASE WHEN (SELECT COUNT(DISTINCT m.detail) FROM cm_measure m
                                      WHERE m.subject_kind = s.subject_kind AND m.subject_id = s.subject_id
                                        AND m.measure_id = ? AND m.observed_on > ? AND m.observed_on <= ?) >= 3
                                THEN 1 ELSE 0 END)
                FROM cm_subject s
                WHERE EXISTS (SELECT 1 FROM cm_episode e
                              WHERE e.subject_kind = s.subject_kind AND e.subject_id = s.subject_id
                                AND e.episode IN (%s) AND e.started_on <= ? AND (e.ended_on IS NULL OR e.ended_on > ?))"""
                        .formatted(episodes) + KpiService.scope("s"),
                false, kpi.source(), yearBefore, on, on, on, scope);
    }

    /**
     * @param failuresSecond true when the query's second column counts failures rather than successes
     * @return {denominator, numerator}
     */
    private long[] counts(String sql, boolean failuresSecond, Object... argsThenScope) {
        KpiScope scope = (KpiScope) argsThenScope[argsThenScope.length - 1];
        List<Object> args = new ArrayList<>(List.of(argsThenScope).subList(0, argsThenScope.length - 1));
        args.add(scope.teamId());
        args.add(scope.teamId());
        args.add(scope.workerId());
        args.add(scope.workerId());
        return jdbc.query(sql, rs -> {
            rs.next();
            long denominator = rs.getLong(1);
            long second = rs.getLong(2);
            return new long[] {denominator, failuresSecond ? denominator - second : second};
        }, args.toArray());
    }
}
