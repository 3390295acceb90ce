package uk.casemonitor.app.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.casemonitor.core.rules.SubjectKind;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who read which child's or carer's record, and when: every request for a subject's events,
 * compliance, history, verification or export is written here before it is answered (refused ones
 * too), so an auditor can answer "who has looked at this child's file". If the entry cannot be
 * written the read is not served.
 */
@Component
class AccessLog {

    /**
     * @param granted whether the read was allowed; a refused attempt is logged as well
     */
    public record Entry(long id, Instant at, String userName, SubjectKind subjectKind, String subjectId, String resource,
                        boolean granted) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String userName, SubjectKind kind, String subjectId, String resource, boolean granted) {
        jdbc.update("""
                INSERT INTO cm_access_log (accessed_at, user_name, subject_kind, subject_id, resource, granted)
                VALUES (?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), cut(userName, 100), kind.name(), cut(subjectId, 200), cut(resource, 300),
                granted);
    }

    /** Newest first; a null filter matches everything. */
    public List<Entry> find(SubjectKind kind, String subjectId, String userName, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM cm_access_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            sql.append(" AND subject_kind = ?");
            args.add(kind.name());
        }
        if (subjectId != null) {
            sql.append(" AND subject_id = ?");
            args.add(subjectId);
        }
        if (userName != null) {
            sql.append(" AND user_name = ?");
            args.add(userName);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> new Entry(rs.getLong("id"),
                rs.getTimestamp("accessed_at").toInstant(), rs.getString("user_name"),
                SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id"), rs.getString("resource"),
                rs.getBoolean("granted")), args.toArray());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
