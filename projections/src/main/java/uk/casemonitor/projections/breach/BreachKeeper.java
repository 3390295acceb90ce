package uk.casemonitor.projections.breach;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import uk.casemonitor.core.rules.Obligation;
import uk.casemonitor.core.rules.ObligationState;
import uk.casemonitor.core.rules.ObligationStatus;
import uk.casemonitor.core.rules.SubjectKind;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the breach register in step with the obligations. Breaches arise two ways: a due date
 * passes with nothing recorded (the clock, {@link #raiseForPassedDeadline}), or an event arrives
 * showing a deadline was missed ({@link #reconcile}). They are never deleted, only moved on:
 * resolved late, closed unmet, or withdrawn when later-recorded evidence shows the duty was met.
 */
public class BreachKeeper {

    static final RowMapper<Breach> BREACH = (rs, row) -> new Breach(
            SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id"), rs.getString("obligation_key"),
            rs.getString("rule_id"), rs.getString("team_id"), rs.getString("worker_id"),
            date(rs, "due_on"), BreachStatus.valueOf(rs.getString("status")),
            instant(rs.getTimestamp("raised_at")), rs.getString("raised_by"),
            date(rs, "resolved_on"), instant(rs.getTimestamp("resolved_at")),
            rs.getTimestamp("acknowledged_at") == null ? null : new Breach.Acknowledgement(
                    instant(rs.getTimestamp("acknowledged_at")), rs.getString("acknowledged_by"),
                    rs.getString("acknowledgement_note"), rs.getString("planned_action")));

    private final JdbcTemplate jdbc;
    private final List<BreachListener> listeners = new CopyOnWriteArrayList<>();

    public BreachKeeper(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void addListener(BreachListener listener) {
        listeners.add(listener);
    }

    /** Tell listeners; call only once the changes are committed. */
    public void publish(List<BreachChange> changes) {
        for (BreachChange change : changes) {
            listeners.forEach(listener -> listener.onBreachChange(change));
        }
    }

    /**
     * Brings one subject's breaches in line with its freshly computed obligations, as they stand today.
     *
     * @return what changed, to publish after commit
     */
    public List<BreachChange> reconcile(SubjectKind kind, String subjectId, List<Obligation> obligations,
                                        LocalDate today, Instant now) {
        Map<String, Breach> existing = new HashMap<>();
        jdbc.query("SELECT * FROM cm_breach WHERE subject_kind = ? AND subject_id = ?", BREACH, kind.name(), subjectId)
            .forEach(breach -> existing.put(breach.obligationKey(), breach));
        List<BreachChange> changes = new ArrayList<>();
        for (Obligation obligation : obligations) {
            Breach known = existing.remove(obligation.key());
            BreachStatus wanted = breachStatusOn(obligation, today);
            if (wanted == null) {
                if (known != null && known.status() != BreachStatus.WITHDRAWN) {
                    changes.add(update(known, BreachStatus.WITHDRAWN, null, now, obligation));
                }
            } else if (known == null) {
                // Past its deadline the first time this subject's events are looked at since it fell due:
                // the event that prompted this recomputation is what showed the breach.
                changes.add(insert(kind, obligation, wanted, now, "LATE_EVENT"));
            } else if (known.status() != wanted || !known.dueOn().equals(obligation.dueOn())) {
                changes.add(update(known, wanted, obligation.closedOn(), now, obligation));
            }
        }
        for (Breach orphan : existing.values()) {
            if (orphan.status() != BreachStatus.WITHDRAWN) {
                changes.add(update(orphan, BreachStatus.WITHDRAWN, null, now, null));
            }
        }
        return changes;
    }

    /** Open obligations whose due date passed before today and that have no breach yet. */
    public List<Map.Entry<SubjectKind, Obligation>> passedDeadlinesWithoutBreach(LocalDate today) {
        return jdbc.query("""
                SELECT o.* FROM cm_obligation o
                WHERE o.status = 'OPEN' AND o.due_on < ?
                  AND NOT EXISTS (SELECT 1 FROM cm_breach b WHERE b.subject_kind = o.subject_kind
                                  AND b.subject_id = o.subject_id AND b.obligation_key = o.obligation_key)""",
                (rs, row) -> Map.entry(SubjectKind.valueOf(rs.getString("subject_kind")), obligationFrom(rs)),
                Date.valueOf(today));
    }

    /**
     * The clock-driven path: raises the breach for one obligation whose deadline passed, unless the
     * projection has meanwhile met it or raised it. Run in a transaction of its own; it locks the
     * subject's row first, as the projection does, so the check and the insert see a settled subject.
     */
    public Optional<BreachChange> raiseForPassedDeadline(SubjectKind kind, Obligation obligation, LocalDate today, Instant now) {
        List<String> locked = jdbc.queryForList("SELECT subject_id FROM cm_subject WHERE subject_kind = ? AND subject_id = ? FOR UPDATE",
                                                String.class, kind.name(), obligation.subjectId());
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Integer stillOverdue = jdbc.queryForObject("""
                SELECT COUNT(*) FROM cm_obligation o
                WHERE o.subject_kind = ? AND o.subject_id = ? AND o.obligation_key = ? AND o.status = 'OPEN' AND o.due_on < ?
                  AND NOT EXISTS (SELECT 1 FROM cm_breach b WHERE b.subject_kind = o.subject_kind
                                  AND b.subject_id = o.subject_id AND b.obligation_key = o.obligation_key)""",
                Integer.class, kind.name(), obligation.subjectId(), obligation.key(), Date.valueOf(today));
        if (stillOverdue == null || stillOverdue == 0) {
            return Optional.empty();
        }
        return Optional.of(insert(kind, obligation, BreachStatus.OPEN, now, "DEADLINE_PASSED"));
    }

    private static Obligation obligationFrom(ResultSet rs) throws SQLException {
        return new Obligation(rs.getString("obligation_key"), rs.getString("rule_id"), rs.getString("subject_id"),
                date(rs, "opened_on"), date(rs, "due_on"), rs.getString("opened_by"),
                ObligationStatus.valueOf(rs.getString("status")),
                date(rs, "closed_on"), rs.getString("closed_by"),
                rs.getString("team_id"), rs.getString("worker_id"));
    }

    /**
     * Records the latest acknowledgement of each breach, as found in the subject's stream.
     *
     * @param acknowledgements by obligation key
     * @return the breaches newly acknowledged, to publish after commit
     */
    public List<BreachChange> acknowledge(SubjectKind kind, String subjectId, Map<String, Breach.Acknowledgement> acknowledgements) {
        if (acknowledgements.isEmpty()) {
            return List.of();
        }
        List<BreachChange> changes = new ArrayList<>();
        for (Breach breach : jdbc.query("SELECT * FROM cm_breach WHERE subject_kind = ? AND subject_id = ?", BREACH,
                                        kind.name(), subjectId)) {
            Breach.Acknowledgement latest = acknowledgements.get(breach.obligationKey());
            if (latest == null || latest.equals(breach.acknowledgement())) {
                continue;
            }
            jdbc.update("UPDATE cm_breach SET acknowledged_at = ?, acknowledged_by = ?, acknowledgement_note = ?, planned_action = ?"
                        + " WHERE subject_kind = ? AND subject_id = ? AND obligation_key = ?",
                    Timestamp.from(latest.at()), latest.by(), latest.note(), latest.plannedAction(),
                    kind.name(), subjectId, breach.obligationKey());
            changes.add(new BreachChange(BreachChange.Kind.ACKNOWLEDGED, breach.withAcknowledgement(latest)));
        }
        return changes;
    }

    /** The breach an obligation amounts to today, or null if none. */
    static BreachStatus breachStatusOn(Obligation obligation, LocalDate today) {
        ObligationState state = obligation.stateOn(today);
        return switch (state) {
            case OVERDUE -> BreachStatus.OPEN;
            case MET_LATE -> BreachStatus.RESOLVED_LATE;
            case MISSED -> BreachStatus.CLOSED_UNMET;
            default -> null;
        };
    }

    private BreachChange insert(SubjectKind kind, Obligation obligation, BreachStatus status, Instant now, String raisedBy) {
        boolean resolved = status != BreachStatus.OPEN;
        jdbc.update("""
                INSERT INTO cm_breach (subject_kind, subject_id, obligation_key, rule_id, team_id, worker_id, due_on,
                                       status, raised_at, raised_by, resolved_on, resolved_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                kind.name(), obligation.subjectId(), obligation.key(), obligation.ruleId(), obligation.teamId(),
                obligation.workerId(), Date.valueOf(obligation.dueOn()), status.name(), Timestamp.from(now), raisedBy,
                resolved && obligation.closedOn() != null ? Date.valueOf(obligation.closedOn()) : null,
                resolved ? Timestamp.from(now) : null);
        Breach breach = new Breach(kind, obligation.subjectId(), obligation.key(), obligation.ruleId(), obligation.teamId(),
                obligation.workerId(), obligation.dueOn(), status, now, raisedBy,
                resolved ? obligation.closedOn() : null, resolved ? now : null, null);
        return new BreachChange(BreachChange.Kind.RAISED, breach);
    }

    private BreachChange update(Breach known, BreachStatus status, LocalDate resolvedOn, Instant now, Obligation obligation) {
        String team = obligation == null ? known.teamId() : obligation.teamId();
        String worker = obligation == null ? known.workerId() : obligation.workerId();
        LocalDate due = obligation == null ? known.dueOn() : obligation.dueOn();
        boolean resolved = status != BreachStatus.OPEN;
        jdbc.update("""
                UPDATE cm_breach SET status = ?, resolved_on = ?, resolved_at = ?, team_id = ?, worker_id = ?, due_on = ?
                WHERE subject_kind = ? AND subject_id = ? AND obligation_key = ?""",
                status.name(), resolvedOn == null ? null : Date.valueOf(resolvedOn), resolved ? Timestamp.from(now) : null,
                team, worker, Date.valueOf(due), known.subjectKind().name(), known.subjectId(), known.obligationKey());
        Breach breach = new Breach(known.subjectKind(), known.subjectId(), known.obligationKey(), known.ruleId(), team, worker,
                due, status, known.raisedAt(), known.raisedBy(), resolvedOn, resolved ? now : null, known.acknowledgement());
        BreachChange.Kind kind = switch (status) {
            case OPEN -> BreachChange.Kind.RAISED;
            case RESOLVED_LATE -> BreachChange.Kind.RESOLVED_LATE;
            case CLOSED_UNMET -> BreachChange.Kind.CLOSED_UNMET;
            case WITHDRAWN -> BreachChange.Kind.WITHDRAWN;
        };
        return new BreachChange(kind, breach);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
