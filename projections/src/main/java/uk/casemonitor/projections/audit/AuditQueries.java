package uk.casemonitor.projections.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.childcase.AuditGrade;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Case-file audit counts from the compliance read model: each audit is an observation of the
 * {@code case-file-audit-grade} measure (its grade in {@code detail}) and each agreed action an
 * obligation of the {@code audit-action} rule.
 */
public class AuditQueries {

    static final String GRADE_MEASURE = "case-file-audit-grade";
    static final String ACTION_RULE = "audit-action";

    private final JdbcTemplate jdbc;

    public AuditQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param monthlyTarget audits the authority aims to complete each month */
    public AuditSummary summary(LocalDate asOf, KpiScope scope, int monthlyTarget) {
        YearMonth month = YearMonth.from(asOf);
        YearMonth firstMonth = month.minusMonths(11);
        Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
        for (YearMonth m = firstMonth; !m.isAfter(month); m = m.plusMonths(1)) {
            perMonth.put(m, 0L);
        }
        Map<String, Long> grades = new LinkedHashMap<>();
        for (AuditGrade grade : AuditGrade.values()) {
            grades.put(grade.name(), 0L);
        }
        jdbc.query("SELECT m.observed_on, m.detail FROM cm_measure m WHERE m.measure_id = ? AND m.observed_on >= ?"
                   + " AND m.observed_on <= ?" + KpiService.scope("m"),
                rs -> {
                    LocalDate on = rs.getDate("observed_on").toLocalDate();
                    perMonth.merge(YearMonth.from(on), 1L, Long::sum);
                    if (YearMonth.from(on).equals(month)) {
                        grades.merge(rs.getString("detail"), 1L, Long::sum);
                    }
                },
                GRADE_MEASURE, Date.valueOf(firstMonth.atDay(1)), Date.valueOf(asOf),
                scope.teamId(), scope.teamId(), scope.workerId(), scope.workerId());
        long[] actions = jdbc.query("""
                SELECT COUNT(*), SUM(CASE WHEN o.due_on < ? THEN 1 ELSE 0 END) FROM cm_obligation o
                WHERE o.rule_id = ? AND o.opened_on <= ? AND (o.closed_on IS NULL OR o.closed_on > ?)"""
                        + KpiService.scope("o"),
                rs -> {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                },
                Date.valueOf(asOf), ACTION_RULE, Date.valueOf(asOf), Date.valueOf(asOf),
                scope.teamId(), scope.teamId(), scope.workerId(), scope.workerId());
        long completed = perMonth.get(month);
        List<AuditSummary.MonthCount> months = new ArrayList<>();
        perMonth.forEach((m, count) -> months.add(new AuditSummary.MonthCount(m.toString(), count)));
        return new AuditSummary(asOf, scope.teamId(), month.toString(), month.atDay(1), completed, monthlyTarget,
                completed >= monthlyTarget, grades, months, actions[0], actions[1]);
    }
}
