package uk.casemonitor.projections.compliance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.Measure;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.SubjectKind;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Reads and writes one subject's slice of the compliance read model. */
public class ComplianceRepository {

    /** A row of {@code cm_obligation} as the obligation it records. */
    public static final RowMapper<Obligation> OBLIGATION = (rs, row) -> new Obligation(
            rs.getString("obligation_key"), rs.getString("rule_id"), rs.getString("subject_id"),
            date(rs, "opened_on"), date(rs, "due_on"), rs.getString("opened_by"),
            ObligationStatus.valueOf(rs.getString("status")), date(rs, "closed_on"), rs.getString("closed_by"),
            rs.getString("team_id"), rs.getString("worker_id"));

    private static final RowMapper<Measure> MEASURE = (rs, row) -> new Measure(
            rs.getString("measure_id"), rs.getString("subject_id"), rs.getString("event_id"), date(rs, "observed_on"),
            rs.getBoolean("hit"), rs.getString("detail"), rs.getString("team_id"), rs.getString("worker_id"));
    private static final RowMapper<CaseEvaluation.EpisodePeriod> EPISODE = (rs, row) -> new CaseEvaluation.EpisodePeriod(
            rs.getString("episode"), date(rs, "started_on"), date(rs, "ended_on"));

    private final JdbcTemplate jdbc;

    public ComplianceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A subject's rows before and after {@link #replace}, for the KPI roll-up to take the old rows'
     * contribution away and add the new rows'.
     *
     * @param before its rows as they were stored, with its allocation then; null for a subject new to
     *               the read model (as every one is in a rebuild), which has contributed nothing yet
     * @param after  its rows exactly as now stored: details cut to the column's width, each episode once
     */
    public record Replaced(CaseEvaluation before, CaseEvaluation after) {
    }

    /** Replaces everything derived for this subject with a fresh evaluation. */
    public Replaced replace(CaseEvaluation evaluation, int eventCount) {
        String kind = evaluation.kind().name();
        String id = evaluation.subjectId();
        CaseEvaluation stored = asStored(evaluation);
        // Locking the subject row first (the lock the deadline watch also takes) means no one else
        // replaces these rows between our reading them and the roll-up's taking their contribution away.
        Optional<SubjectAllocation> allocation = jdbc.query(
                "SELECT team_id, worker_id FROM cm_subject WHERE subject_kind = ? AND subject_id = ? FOR UPDATE",
                (rs, row) -> new SubjectAllocation(rs.getString("team_id"), rs.getString("worker_id")), kind, id)
                .stream().findFirst();
        CaseEvaluation before = null;
        CaseEvaluation toWrite = stored;
        if (allocation.isPresent()) {
            before = storedOf(evaluation.kind(), id, allocation.get());
            jdbc.update("UPDATE cm_subject SET team_id = ?, worker_id = ?, event_count = ? WHERE subject_kind = ? AND subject_id = ?",
                        evaluation.teamId(), evaluation.workerId(), eventCount, kind, id);
            toWrite = replaceChangedRowsOnly(kind, id, before, stored);
        } else {
            // A subject's rows are only ever written with its cm_subject row (and emptied with it), so a
            // subject new to the read model has none to delete: a backfill spares three statements a child.
            jdbc.update("INSERT INTO cm_subject (subject_kind, subject_id, team_id, worker_id, event_count) VALUES (?, ?, ?, ?, ?)",
                        kind, id, evaluation.teamId(), evaluation.workerId(), eventCount);
        }
        insert(kind, id, toWrite);
        return new Replaced(before, stored);
    }

    /**
     * Deletes the subject's rows that the new evaluation no longer has exactly (by their keys), and
     * returns the rows to insert: those it did not have before. A corrected visit date changes a few
     * of a child's hundreds of rows; deleting and writing all of them again was most of a night's
     * catch-up on H2. A row read back as it was written is equal to it ({@link #asStored}), so what
     * is left is exactly the new evaluation's rows.
     */
    private CaseEvaluation replaceChangedRowsOnly(String kind, String id, CaseEvaluation before, CaseEvaluation after) {
        List<Obligation> goneObligations = notIn(before.obligations(), after.obligations());
        jdbc.batchUpdate("DELETE FROM cm_obligation WHERE subject_kind = ? AND subject_id = ? AND obligation_key = ?",
                goneObligations, 500, (ps, o) -> {
                    ps.setString(1, kind);
                    ps.setString(2, id);
                    ps.setString(3, o.key());
                });
        List<Measure> goneMeasures = notIn(before.measures(), after.measures());
        jdbc.batchUpdate("DELETE FROM cm_measure WHERE subject_kind = ? AND subject_id = ? AND measure_id = ? AND event_id = ?",
                goneMeasures, 500, (ps, m) -> {
                    ps.setString(1, kind);
                    ps.setString(2, id);
                    ps.setString(3, m.measureId());
                    ps.setString(4, m.eventId());
                });
        List<CaseEvaluation.EpisodePeriod> goneEpisodes = notIn(before.episodes(), after.episodes());
        jdbc.batchUpdate("DELETE FROM cm_episode WHERE subject_kind = ? AND subject_id = ? AND episode = ? AND started_on = ?",
                goneEpisodes, 100, (ps, e) -> {
                    ps.setString(1, kind);
                    ps.setString(2, id);
                    ps.setString(3, e.episode());
                    ps.setDate(4, Date.valueOf(e.start()));
                });
        return new CaseEvaluation(after.kind(), after.subjectId(), notIn(after.obligations(), before.obligations()),
                                  notIn(after.measures(), before.measures()), notIn(after.episodes(), before.episodes()),
                                  after.teamId(), after.workerId());
    }

    private static <T> List<T> notIn(List<T> rows, List<T> others) {
        Set<T> other = new HashSet<>(others);
        return rows.stream().filter(row -> !other.contains(row)).toList();
    }

    private void insert(String kind, String id, CaseEvaluation stored) {
        jdbc.batchUpdate("""
                INSERT INTO cm_obligation (subject_kind, subject_id, obligation_key, rule_id, team_id, worker_id,
                                           opened_on, due_on, status, closed_on, opened_by, closed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                stored.obligations(), 500, (ps, o) -> {
                    ps.setString(1, kind);
                    ps.setString(2, id);
                    ps.setString(3, o.key());
                    ps.setString(4, o.ruleId());
                    ps.setString(5, o.teamId());
                    ps.setString(6, o.workerId());
                    ps.setDate(7, Date.valueOf(o.openedOn()));
                    ps.setDate(8, Date.valueOf(o.dueOn()));
                    ps.setString(9, o.status().name());
                    ps.setDate(10, o.closedOn() == null ? null : Date.valueOf(o.closedOn()));
                    ps.setString(11, o.openedBy());
                    ps.setString(12, o.closedBy());
                });
        jdbc.batchUpdate("""
                INSERT INTO cm_measure (subject_kind, subject_id, measure_id, event_id, observed_on, hit, detail,
                                        team_id, worker_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                stored.measures(), 500, (ps, m) -> {
                    ps.setString(1, kind);
                    ps.setString(2, id);
                    ps.setString(3, m.measureId());
                    ps.setString(4, m.eventId());
                    ps.setDate(5, Date.valueOf(m.date()));
                    ps.setBoolean(6, m.hit());
                    ps.setString(7, m.detail());
                    ps.setString(8, m.teamId());
                    ps.setString(9, m.workerId());
                });
        jdbc.batchUpdate("INSERT INTO cm_episode (subject_kind, subject_id, episode, started_on, ended_on) VALUES (?, ?, ?, ?, ?)",
                stored.episodes(), 100, (ps, e) -> {
                    ps.setString(1, kind);
                    ps.setString(2, id);
                    ps.setString(3, e.episode());
                    ps.setDate(4, Date.valueOf(e.start()));
                    ps.setDate(5, e.end() == null ? null : Date.valueOf(e.end()));
                });
    }

    /** The evaluation as its rows will read back: details cut to the column's width, each episode once. */
    private static CaseEvaluation asStored(CaseEvaluation evaluation) {
        List<Measure> measures = evaluation.measures().stream()
                .map(m -> new Measure(m.measureId(), m.subjectId(), m.eventId(), m.date(), m.hit(), truncate(m.detail()),
                                      m.teamId(), m.workerId()))
                .toList();
        return new CaseEvaluation(evaluation.kind(), evaluation.subjectId(), evaluation.obligations(), measures,
                                  evaluation.episodes().stream().distinct().toList(), evaluation.teamId(), evaluation.workerId());
    }

    /** A subject's rows as stored, for the contribution they made to the KPI roll-up. */
    private CaseEvaluation storedOf(SubjectKind kind, String subjectId, SubjectAllocation allocation) {
        String k = kind.name();
        return new CaseEvaluation(kind, subjectId,
                jdbc.query("SELECT * FROM cm_obligation WHERE subject_kind = ? AND subject_id = ?", OBLIGATION, k, subjectId),
                jdbc.query("SELECT * FROM cm_measure WHERE subject_kind = ? AND subject_id = ?", MEASURE, k, subjectId),
                jdbc.query("SELECT * FROM cm_episode WHERE subject_kind = ? AND subject_id = ?", EPISODE, k, subjectId),
                allocation.teamId(), allocation.workerId());
    }

    /**
     * Every subject's rows as stored, one subject read at a time as the stream is consumed, for the
     * KPI roll-up to be made again from them.
     */
    public Stream<CaseEvaluation> everySubjectAsStored() {
        record Subject(SubjectKind kind, String id, SubjectAllocation allocation) {
        }
        List<Subject> subjects = jdbc.query("SELECT subject_kind, subject_id, team_id, worker_id FROM cm_subject",
                (rs, row) -> new Subject(SubjectKind.valueOf(rs.getString(1)), rs.getString(2),
                                         new SubjectAllocation(rs.getString(3), rs.getString(4))));
        return subjects.stream().map(subject -> storedOf(subject.kind(), subject.id(), subject.allocation()));
    }

    /**
     * Empties the read model at once, for a recompute of every subject: deleting each subject's rows
     * in turn, and taking their contribution off the KPI roll-up, costs as much again as writing
     * them. With no subject row left, each recomputed subject is new to the read model and nothing
     * old is read back. The roll-up is emptied with it ({@code KpiRollup.clear}).
     */
    public void clearAll() {
        ComplianceSchema.CLEARED_FOR_FULL_RECOMPUTE.forEach(table -> jdbc.execute("TRUNCATE TABLE " + table));
    }

    public List<Obligation> obligationsOf(SubjectKind kind, String subjectId) {
        return jdbc.query("SELECT * FROM cm_obligation WHERE subject_kind = ? AND subject_id = ? ORDER BY due_on, obligation_key",
                          OBLIGATION, kind.name(), subjectId);
    }

    public Optional<SubjectAllocation> allocationOf(SubjectKind kind, String subjectId) {
        return jdbc.query("SELECT team_id, worker_id FROM cm_subject WHERE subject_kind = ? AND subject_id = ?",
                          (rs, row) -> new SubjectAllocation(rs.getString("team_id"), rs.getString("worker_id")),
                          kind.name(), subjectId).stream().findFirst();
    }

    public record SubjectAllocation(String teamId, String workerId) {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
