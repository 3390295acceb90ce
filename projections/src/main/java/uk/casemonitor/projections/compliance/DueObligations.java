package uk.casemonitor.projections.compliance;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.SubjectKind;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Open obligations falling due between two dates inclusive, for a team, a worker or everyone: what
 * {@code GET /api/due} lists, the due-soon watch reminds of and the due-soon gauge counts. One query,
 * so that the three always agree on what is due.
 */
public class DueObligations {

    public record DueObligation(SubjectKind subjectKind, Obligation obligation) {
    }

    /** A null team or worker matches every one. */
    private static final String OPEN_AND_DUE = """
            SELECT o.* FROM cm_obligation o
            WHERE o.status = 'OPEN' AND o.due_on >= ? AND o.due_on <= ?
              AND (CAST(? AS VARCHAR(64)) IS NULL OR o.team_id = ?) AND (CAST(? AS VARCHAR(64)) IS NULL OR o.worker_id = ?)""";
    private static final String SOONEST_FIRST = " ORDER BY o.due_on, o.subject_id, o.obligation_key";

    private final JdbcTemplate jdbc;

    public DueObligations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Soonest first, at most {@code limit} of them; a null team or worker is every one. */
    public List<DueObligation> between(LocalDate from, LocalDate to, String teamId, String workerId, int limit) {
        return jdbc.query(OPEN_AND_DUE + SOONEST_FIRST + " LIMIT ?", this::dueObligation,
                          Date.valueOf(from), Date.valueOf(to), teamId, teamId, workerId, workerId, limit);
    }

    /** Every one, for everyone, soonest first. */
    public List<DueObligation> between(LocalDate from, LocalDate to) {
        return jdbc.query(OPEN_AND_DUE + SOONEST_FIRST, this::dueObligation,
                          Date.valueOf(from), Date.valueOf(to), null, null, null, null);
    }

    /**
     * Every one, for everyone, but those {@code unless} (a condition on {@code o}, the obligation's
     * row, with no parameters) leaves out: the due-soon watch's way to skip what it has reminded of.
     */
    List<DueObligation> between(LocalDate from, LocalDate to, String unless) {
        return jdbc.query(OPEN_AND_DUE + " AND NOT " + unless + SOONEST_FIRST, this::dueObligation,
                          Date.valueOf(from), Date.valueOf(to), null, null, null, null);
    }

    private DueObligation dueObligation(ResultSet rs, int row) throws SQLException {
        return new DueObligation(SubjectKind.valueOf(rs.getString("subject_kind")), ComplianceRepository.OBLIGATION.mapRow(rs, row));
    }
}
