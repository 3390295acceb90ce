package uk.casemonitor.projections.kpi;

import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * Concurrent additions on PostgreSQL (INSERT ... ON CONFLICT DO UPDATE), in a schema of its own at
 * 127.0.0.1:5432 unless COMPLIANCE_TEST_PG_URL says otherwise. Run by .ci/run.
 */
@Tag("postgres")
class PostgresKpiRollupConcurrencyTest extends KpiRollupConcurrencyContract {

    private static final String URL = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_USER", "postgres");

    private final String schema = "kpi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected DataSource openDatabase() {
        new JdbcTemplate(new DriverManagerDataSource(URL, USER, "")).execute("CREATE SCHEMA " + schema);
        return new DriverManagerDataSource(URL + "?currentSchema=" + schema, USER, "");
    }

    @Override
    protected void dropDatabase(JdbcTemplate jdbc) {
        jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
    }
}
