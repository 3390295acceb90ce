package uk.casemonitor.projections.breach;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the breach register for managers: filtered, most overdue first, paged. */
public class BreachQueries {

    public record Filter(String teamId, String workerId, String ruleId, BreachStatus status, Instant since) {
    }

    private final JdbcTemplate jdbc;

    public BreachQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Breach> find(Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM cm_breach" + where
                          + " ORDER BY due_on, subject_id, obligation_key LIMIT ? OFFSET ?", BreachKeeper.BREACH, args.toArray());
    }

    public long count(Filter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM cm_breach" + where(filter, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    public List<Breach> ofSubject(uk.casemonitor.core.rules.SubjectKind kind, String subjectId) {
        return jdbc.query("SELECT * FROM cm_breach WHERE subject_kind = ? AND subject_id = ? ORDER BY due_on",
                          BreachKeeper.BREACH, kind.name(), subjectId);
    }

    private static String where(Filter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.teamId() != null) {
            where.append(" AND team_id = ?");
            args.add(filter.teamId());
        }
        if (filter.workerId() != null) {
            where.append(" AND worker_id = ?");
            args.add(filter.workerId());
        }
        if (filter.ruleId() != null) {
            where.append(" AND rule_id = ?");
            args.add(filter.ruleId());
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.since() != null) {
            where.append(" AND raised_at >= ?");
            args.add(Timestamp.from(filter.since()));
        }
        return where.toString();
    }
}
