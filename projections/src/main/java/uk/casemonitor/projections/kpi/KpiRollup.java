package uk.casemonitor.projections.kpi;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.rules.CaseEvaluation;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.database.DatabaseDialect;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The KPI roll-up, {@code cm_kpi_day}: per KPI, scope and day, how much the denominator and the
 * numerator change from that day on, so that a KPI on any as-of date is one sum over one range of
 * the primary key. Every subject's rows are shared with every other subject's, so changes are only
 * ever added, never written over, and rows whose changes have come back to zero are kept: the days
 * and scopes are few enough, and a kept row needs no second kind of write (nor a delete racing an
 * insert) the next time a subject changes that day.
 * <p>
 * It also keeps {@code cm_kpi_day_basis}, which KPI definitions the roll-up was made for, so that
 * a roll-up made for other definitions (or a database from before it) is made again at start-up.
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
    private final KpiContributions contributions;
    private volatile DatabaseDialect dialect;

    public KpiRollup(JdbcTemplate jdbc, RuleCatalogue catalogue) {
        this.jdbc = jdbc;
        this.contributions = new KpiContributions(catalogue);
    }

    /**
     * What replacing a subject's rows changes in the roll-up: the new rows' contribution less the old
     * rows', for the caller to {@link #add} before it commits.
     *
     * @param before the subject's rows as they were stored, with the team and worker of its
     *               {@code cm_subject} row; null for a subject new to the read model, which has
     *               contributed nothing yet
     * @param after  its rows exactly as now stored (details truncated, episodes distinct)
     */
    public KpiDayChanges changeOf(CaseEvaluation before, CaseEvaluation after) {
        KpiDayChanges changes = contributions.of(after);
        if (before != null) {
            changes.subtract(contributions.of(before));
        }
        return changes;
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

    /**
     * Makes the roll-up again from the detail tables if it was made for other KPI definitions or
     * never made (a database from before it), so that an upgrade needs no rebuild from the events.
     * Run once at start-up, in one transaction, before the processors write anything.
     *
     * @param storedSubjects every subject's rows as stored, read only when the roll-up is outdated
     * @return how many subjects were rolled up again, or -1 when the roll-up was current
     */
    public long rollUpAgainIfOutdated(Supplier<Stream<CaseEvaluation>> storedSubjects) {
        List<String> made = jdbc.queryForList("SELECT basis FROM cm_kpi_day_basis", String.class);
        if (made.equals(List.of(contributions.basis()))) {
            return -1;
        }
        jdbc.update("DELETE FROM cm_kpi_day");
        DeferredRollup changes = new DeferredRollup(this::add, 100_000);
        long subjects = 0;
        try (Stream<CaseEvaluation> stored = storedSubjects.get()) {
            for (Iterator<CaseEvaluation> each = stored.iterator(); each.hasNext(); subjects++) {
                changes.add(contributions.of(each.next()));
            }
        }
        changes.flush();
        markCurrent();
        return subjects;
    }

    /**
     * Until {@link #markCurrent}, the roll-up counts as outdated, so that a start-up in between
     * (after a crash) makes it again from the detail tables.
     */
    public void markOutdated() {
        jdbc.update("DELETE FROM cm_kpi_day_basis");
    }

    public void markCurrent() {
        jdbc.update("DELETE FROM cm_kpi_day_basis");
        jdbc.update("INSERT INTO cm_kpi_day_basis (basis) VALUES (?)", contributions.basis());
    }

    /** Empties the roll-up at once, ahead of recomputing every subject; its basis is kept. */
    public void clear() {
        jdbc.execute("TRUNCATE TABLE cm_kpi_day");
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

    /**
     * A KPI's changes for a scope in date order, summed, read once for a whole trend: each as-of
     * date's window is then a difference of two running totals instead of a query per date.
     *
     * @param upTo the last day any window will ask for
     */
    RunningTotals runningTotals(String kpiId, KpiScope scope, LocalDate upTo) {
        ScopeKey key = ScopeKey.of(scope);
        RunningTotals.Builder totals = new RunningTotals.Builder();
        jdbc.query("""
                SELECT dated_on, denominator_change, numerator_change FROM cm_kpi_day
                WHERE kpi_id = ? AND scope_team = ? AND scope_worker = ? AND dated_on <= ? ORDER BY dated_on""",
                // LocalDate straight from the driver: a trend reads thousands of rows, and java.sql.Date goes through a Calendar.
                rs -> {
                    totals.add(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3));
                },
                kpiId, key.team(), key.worker(), Date.valueOf(upTo));
        return totals.build();
    }

    /** Which days of the roll-up a KPI sums: a condition on {@code dated_on}, or the same days' running totals. */
    record Window(Bounds bounds, LocalDate first, LocalDate second) {

        enum Bounds {
            UP_TO("dated_on <= ?"), FROM_UNTIL("dated_on >= ? AND dated_on < ?"), AFTER_UP_TO("dated_on > ? AND dated_on <= ?");

            private final String condition;

            Bounds(String condition) {
                this.condition = condition;
            }
        }

        /** Every change dated up to and including the day: who is counted on it. */
        static Window upTo(LocalDate day) {
            return new Window(Bounds.UP_TO, day, null);
        }

        /** Changes dated on or after {@code from} and before {@code until}. */
        static Window fromUntil(LocalDate from, LocalDate until) {
            return new Window(Bounds.FROM_UNTIL, from, until);
        }

        /** Changes dated after {@code after} and up to and including {@code to}. */
        static Window afterUpTo(LocalDate after, LocalDate to) {
            return new Window(Bounds.AFTER_UP_TO, after, to);
        }

        String condition() {
            return bounds.condition;
        }

        /** The last day the window takes in. */
        LocalDate last() {
            return switch (bounds) {
                case UP_TO -> first;
                case FROM_UNTIL -> second.minusDays(1);
                case AFTER_UP_TO -> second;
            };
        }

        /** @return {denominator, numerator} summed over the same days as {@link #condition()} selects */
        long[] sumOf(RunningTotals totals) {
            return switch (bounds) {
                case UP_TO -> totals.upTo(first);
                case FROM_UNTIL -> RunningTotals.difference(totals.upTo(second.minusDays(1)), totals.upTo(first.minusDays(1)));
                case AFTER_UP_TO -> RunningTotals.difference(totals.upTo(second), totals.upTo(first));
            };
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
