package uk.casemonitor.projections.kpi;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** Concurrent additions on H2: row by row, an INSERT beaten by another transaction's becomes an UPDATE. */
class H2KpiRollupConcurrencyTest extends KpiRollupConcurrencyContract {

    @Override
    protected DataSource openDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    }

    @Override
    protected void dropDatabase(JdbcTemplate jdbc) {
        jdbc.execute("SHUTDOWN");
    }
}
