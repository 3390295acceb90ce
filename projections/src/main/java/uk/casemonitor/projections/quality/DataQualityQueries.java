package uk.casemonitor.projections.quality;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/** Reads the data-quality findings: a team's list to work through, and counts per team and check. */
public class DataQualityQueries {

    /** Which findings: any of the fields may be null, meaning all. */
    public record Filter(String teamId, String workerId, String check) {
    }

    private static final RowMapper<RecordedFinding> FINDING = (rs, row) -> {
        Date on = rs.getDate("found_on");
        return new RecordedFinding(rs.getString("check_id"), rs.getString("subject_kind"), rs.getString("subject_id"),
                rs.getString("team_id"), rs.getString("worker_id"), rs.getString("finding_key"), rs.getString("event_id"),
                on == null ? null : on.toLocalDate(), rs.getString("detail"));
    };

    private final JdbcTemplate jdbc;

    /** @param schemaFirst the findings read model, whose table these queries read */
    public DataQualityQueries(JdbcTemplate jdbc, DataQualityFindings schemaFirst) {
        this.jdbc = jdbc;
    }

    /** Oldest first: the longer a record has been wrong, the more it has misled. */
    public List<RecordedFinding> find(Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM cm_finding" + where
                          + " ORDER BY found_on, subject_id, check_id, finding_key LIMIT ? OFFSET ?", FINDING, args.toArray());
    }

    public long count(Filter filter) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM cm_finding" + where(filter, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Findings per team and check, for every team (or one), for the summary and for metrics. */
    public List<FindingCount> countsByTeamAndCheck(String teamId) {
        List<Object> args = new ArrayList<>();
        String where = where(new Filter(teamId, null, null), args);
        return jdbc.query("SELECT team_id, check_id, COUNT(*) AS n FROM cm_finding" + where
                          + " GROUP BY team_id, check_id ORDER BY team_id, check_id",
                          (rs, row) -> new FindingCount(rs.getString("team_id"), rs.getString("check_id"), rs.getLong("n")),
                          args.toArray());
    }

    /** Every team's counts: what a metrics exporter polls. */
    public List<FindingCount> countsByTeamAndCheck() {
        return countsByTeamAndCheck(null);
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
        if (filter.check() != null) {
            where.append(" AND check_id = ?");
            args.add(filter.check());
        }
        return where.toString();
    }
}
