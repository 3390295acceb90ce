package uk.casemonitor.projections.quality;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import uk.casemonitor.projections.kpi.KpiService;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The check filter, then the team and worker filter the KPIs use; each matches everything when null. */
    private static final String WHERE = " WHERE (CAST(? AS VARCHAR(64)) IS NULL OR f.check_id = ?)" + KpiService.scope("f");

    private final JdbcTemplate jdbc;

    /** @param schemaFirst the findings read model, whose table these queries read */
    public DataQualityQueries(JdbcTemplate jdbc, DataQualityFindings schemaFirst) {
        this.jdbc = jdbc;
    }

    /** Oldest first: the longer a record has been wrong, the more it has misled. */
    public List<RecordedFinding> find(Filter filter, int page, int size) {
        List<Object> args = args(filter);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM cm_finding f" + WHERE + " ORDER BY f.found_on, f.subject_id, f.check_id, f.finding_key"
                          + " LIMIT ? OFFSET ?", FINDING, args.toArray());
    }

    public long count(Filter filter) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM cm_finding f" + WHERE, Long.class, args(filter).toArray());
        return count == null ? 0 : count;
    }

    /** Findings per team and check, for every team (or one), for the summary and for metrics. */
    public List<FindingCount> countsByTeamAndCheck(String teamId) {
        return jdbc.query("SELECT f.team_id, f.check_id, COUNT(*) AS n FROM cm_finding f" + WHERE
                          + " GROUP BY f.team_id, f.check_id ORDER BY f.team_id, f.check_id",
                          (rs, row) -> new FindingCount(rs.getString("team_id"), rs.getString("check_id"), rs.getLong("n")),
                          args(new Filter(teamId, null, null)).toArray());
    }

    /**
     * Per team (or one team), how many of the events recorded were corrections or retractions.
     *
     * @param rate corrections per event recorded, 0 to 1; null when the team has no events
     */
    public record CorrectionRate(String teamId, long corrections, long events, Double rate) {
    }

    public List<CorrectionRate> correctionRates(String teamId) {
        return jdbc.query("""
                SELECT a.team_id, SUM(a.amendments) AS corrections, SUM(a.events) AS events FROM cm_record_amendments a
                WHERE (CAST(? AS VARCHAR(64)) IS NULL OR a.team_id = ?) GROUP BY a.team_id ORDER BY a.team_id""",
                (rs, row) -> {
                    long events = rs.getLong("events");
                    long corrections = rs.getLong("corrections");
                    return new CorrectionRate(rs.getString("team_id"), corrections, events,
                                              events == 0 ? null : (double) corrections / events);
                }, teamId, teamId);
    }

    /** Every team's counts: what a metrics exporter polls. */
    public List<FindingCount> countsByTeamAndCheck() {
        return countsByTeamAndCheck(null);
    }

    private static List<Object> args(Filter filter) {
        return new ArrayList<>(Arrays.asList(filter.check(), filter.check(),
                                             filter.teamId(), filter.teamId(), filter.workerId(), filter.workerId()));
    }
}
