package uk.casemonitor.projections.kpi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.core.rules.RuleCatalogue;
import uk.casemonitor.projections.database.Migrations;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transactions adding to the same rows at once, as the processor's two segments and the rebuild's
 * threads do, starting from an empty roll-up so that they also race to insert rows: every change is
 * added exactly once, and none fails (no deadlock, no duplicate key left unhandled). A contract:
 * each supported database adds in its own way.
 */
abstract class KpiRollupConcurrencyContract {

    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;

    /** An empty database of this run's own. */
    protected abstract DataSource openDatabase();

    protected abstract void dropDatabase(JdbcTemplate jdbc);

    @BeforeEach
    void createTheTables() {
        DataSource dataSource = openDatabase();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Migrations.migrate(jdbc.getDataSource());
    }

    @AfterEach
    void drop() {
        dropDatabase(jdbc);
    }

    @Test
    void concurrentTransactionsAddEveryChangeOnce() throws Exception {
        KpiRollup rollup = new KpiRollup(jdbc, RuleCatalogue.statutoryDefaults());
        Map<KpiDay, long[]> expected = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Random random = new Random(t);
            done.add(threads.submit(() -> {
                for (int transaction = 0; transaction < 40; transaction++) {
                    KpiDayChanges changes = new KpiDayChanges();
                    for (int i = 0; i < 30; i++) {
                        KpiDay day = new KpiDay("kpi-" + random.nextInt(2),
                                new ScopeKey(random.nextBoolean() ? ScopeKey.EVERY : "north", ScopeKey.EVERY),
                                LocalDate.parse("2024-01-01").plusDays(random.nextInt(15)));
                        long denominator = random.nextInt(5) - 2;
                        long numerator = random.nextInt(3) - 1;
                        changes.add(day, denominator, numerator);
                        expected.merge(day, new long[] {denominator, numerator},
                                       (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                    }
                    transactions.executeWithoutResult(status -> rollup.add(changes));
                }
            }));
        }
        for (Future<?> thread : done) {
            thread.get();
        }
        threads.shutdown();

        expected.forEach((day, counts) -> {
            List<long[]> stored = jdbc.query("""
                    SELECT denominator_change, numerator_change FROM cm_kpi_day
                    WHERE kpi_id = ? AND scope_team = ? AND scope_worker = ? AND dated_on = ?""",
                    (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)},
                    day.kpiId(), day.scope().team(), day.scope().worker(), java.sql.Date.valueOf(day.datedOn()));
            long[] actual = stored.isEmpty() ? new long[2] : stored.get(0);
            assertThat(actual).as(day.toString()).containsExactly(counts);
        });
    }
}
