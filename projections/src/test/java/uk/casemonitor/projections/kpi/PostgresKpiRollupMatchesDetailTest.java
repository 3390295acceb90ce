package uk.casemonitor.projections.kpi;

import org.junit.jupiter.api.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * The roll-up and the trends against the detail SQL on PostgreSQL, in a schema of its own at
 * 127.0.0.1:5432 unless COMPLIANCE_TEST_PG_URL says otherwise. Run by .ci/run.
 */
@Tag("postgres")
class PostgresKpiRollupMatchesDetailTest extends KpiRollupMatchesDetailTest {

    private static final String URL = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_USER", "postgres");

    private final String schema = "kpi_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    protected DataSource openDatabase() {
        new JdbcTemplate(new DriverManagerDataSource(URL, USER, "")).execute("CREATE SCHEMA " + schema);
        // One connection for the test's thousands of queries: a new one each (DriverManagerDataSource) costs more than the query.
        return new SingleConnectionDataSource(URL + "?currentSchema=" + schema, USER, "", true);
    }

    @Override
    protected void dropDatabase(JdbcTemplate jdbc) {
        jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        ((SingleConnectionDataSource) jdbc.getDataSource()).destroy();
    }
}
