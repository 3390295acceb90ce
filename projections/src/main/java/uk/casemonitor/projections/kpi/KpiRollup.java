package uk.casemonitor.projections.kpi;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.projections.database.DatabaseDialect;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The KPI roll-up, {@code cm_kpi_day}: per KPI, scope and day, how much the denominator and the
 * numerator change from that day on, so that a KPI on any as-of date is one sum over one range of
 * the primary key. Every subject's rows are shared with every other subject's, so changes are only
 * ever added, never written over, and rows whose changes have come back to zero are kept: the days
 * and scopes are few enough, and a kept row needs no second kind of write (nor a delete racing an
 * insert) the next time a subject changes that day.
 */
public class KpiRollup {

    private static final String UPDATE = """
            UPDATE cm_kpi_day SET denominator_change = denominator_change + ?, numerator_change = numerator_change + ?
            WHERE kpi_id = ? AND scope_team = ? AND scope_worker = ? AND dated_on = ?""";
    private static final String INSERT = """
            INSERT INTO cm_kpi_day (denominator_change, numerator_change, kpi_id, scope_team, scope_worker, dated_on)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String UPSERT = INSERT + """
             ON CONFLICT (kpi_id, scope_team, scope_worker, dated_on) DO UPDATE
            SET denominator_change = cm_kpi_day.denominator_change + EXCLUDED.denominator_change,
                numerator_change = cm_kpi_day.numerator_change + EXCLUDED.numerator_change""";
    private static final String DUPLICATE_KEY = "23505";

    private final JdbcTemplate jdbc;
    private volatile DatabaseDialect dialect;

    public KpiRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the changes, row by row in key order. Call it once per transaction, as late as possible:
     * the rows it locks (the authority's above all) are the ones every other transaction writes too,
     * and the one order means two transactions can wait for each other but never in a circle.
     */
    public void add(KpiDayChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<KpiDayChanges.Change> rows = changes.inKeyOrder();
        if (isPostgres()) {
            // A failed INSERT aborts a PostgreSQL transaction, so there the database adds or inserts in one statement.
            jdbc.batchUpdate(UPSERT, rows, 1000, (ps, row) -> bind(ps, row));
        } else {
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                addOneByOne(connection, rows);
                return null;
            });
        }
    }

    /** H2 (embedded, so a statement costs no round trip) undoes only the statement that failed, not the transaction. */
    private static void addOneByOne(Connection connection, List<KpiDayChanges.Change> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (KpiDayChanges.Change row : rows) {
                bind(update, row);
                if (update.executeUpdate() > 0) {
                    continue;
                }
                bind(insert, row);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    // Another transaction inserted the row after our UPDATE found none: add to theirs.
                    if (!DUPLICATE_KEY.equals(e.getSQLState()) || update.executeUpdate() != 1) {
                        throw e;
                    }
                }
            }
        }
    }

    /** @return {denominator, numerator}: the sums of the scope's changes to the KPI dated within the window */
    long[] sum(String kpiId, KpiScope scope, Window window) {
        ScopeKey key = ScopeKey.of(scope);
        return jdbc.query("""
                SELECT COALESCE(SUM(denominator_change), 0), COALESCE(SUM(numerator_change), 0) FROM cm_kpi_day
                WHERE kpi_id = ? AND scope_team = ? AND scope_worker = ?""" + " AND " + window.condition(),
                rs -> {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                },
                window.arguments(kpiId, key));
    }

    /** Which days of the roll-up a KPI sums, as a condition on {@code dated_on}. */
    record Window(String condition, LocalDate first, LocalDate second) {

        /** Every change dated up to and including the day: who is counted on it. */
        static Window upTo(LocalDate day) {
            return new Window("dated_on <= ?", day, null);
        }

        /** Changes dated on or after {@code from} and before {@code until}. */
        static Window fromUntil(LocalDate from, LocalDate until) {
            return new Window("dated_on >= ? AND dated_on < ?", from, until);
        }

        /** Changes dated after {@code after} and up to and including {@code to}. */
        static Window afterUpTo(LocalDate after, LocalDate to) {
            return new Window("dated_on > ? AND dated_on <= ?", after, to);
        }

        Object[] arguments(String kpiId, ScopeKey key) {
            return second == null
                    ? new Object[] {kpiId, key.team(), key.worker(), Date.valueOf(first)}
                    : new Object[] {kpiId, key.team(), key.worker(), Date.valueOf(first), Date.valueOf(second)};
        }
    }

    private static void bind(PreparedStatement ps, KpiDayChanges.Change row) throws SQLException {
        ps.setInt(1, Math.toIntExact(row.denominator()));
        ps.setInt(2, Math.toIntExact(row.numerator()));
        ps.setString(3, row.day().kpiId());
        ps.setString(4, row.day().scope().team());
        ps.setString(5, row.day().scope().worker());
        ps.setDate(6, Date.valueOf(row.day().datedOn()));
    }

    private boolean isPostgres() {
        DatabaseDialect known = dialect;
        if (known == null) {
            known = DatabaseDialect.of(jdbc);
            dialect = known;
        }
        return known.isPostgres();
    }
}
