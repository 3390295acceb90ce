package uk.casemonitor.projections.compliance;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.rules.SubjectKind;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Children and carers whose compliance must be recomputed because a replay went past their events.
 * Kept in a table, so a rebuild interrupted by a crash still finishes the job after a restart.
 */
public class PendingSubjects {

    private final JdbcTemplate jdbc;

    public PendingSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void mark(Collection<Map.Entry<SubjectKind, String>> subjects) {
        jdbc.batchUpdate("""
                INSERT INTO cm_pending_subject (subject_kind, subject_id)
                SELECT ?, ? FROM (VALUES (0)) AS one(x)
                WHERE NOT EXISTS (SELECT 1 FROM cm_pending_subject WHERE subject_kind = ? AND subject_id = ?)""",
                List.copyOf(subjects), 500, (ps, subject) -> {
                    ps.setString(1, subject.getKey().name());
                    ps.setString(2, subject.getValue());
                    ps.setString(3, subject.getKey().name());
                    ps.setString(4, subject.getValue());
                });
    }

    /** Every subject the read model knows of. */
    public void markAll() {
        jdbc.update("""
                INSERT INTO cm_pending_subject (subject_kind, subject_id)
                SELECT s.subject_kind, s.subject_id FROM cm_subject s
                WHERE NOT EXISTS (SELECT 1 FROM cm_pending_subject p
                                  WHERE p.subject_kind = s.subject_kind AND p.subject_id = s.subject_id)""");
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM cm_pending_subject", Long.class);
        return count == null ? 0 : count;
    }

    /** The next subjects to recompute, in a stable order. */
    public List<Map.Entry<SubjectKind, String>> next(int limit) {
        return jdbc.query("SELECT subject_kind, subject_id FROM cm_pending_subject ORDER BY subject_kind, subject_id LIMIT ?",
                (rs, row) -> Map.entry(SubjectKind.valueOf(rs.getString(1)), rs.getString(2)), limit);
    }

    public void done(Collection<Map.Entry<SubjectKind, String>> subjects) {
        jdbc.batchUpdate("DELETE FROM cm_pending_subject WHERE subject_kind = ? AND subject_id = ?",
                List.copyOf(subjects), 500, (ps, subject) -> {
                    ps.setString(1, subject.getKey().name());
                    ps.setString(2, subject.getValue());
                });
    }
}
