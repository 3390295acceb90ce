package uk.casemonitor.projections.database;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * The schema for a test's own database, made by the same Flyway migrations the application runs
 * at start-up (spring.flyway.locations): the ones every database shares and its vendor's.
 */
public final class Migrations {

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        String vendor = DatabaseDialect.of(new JdbcTemplate(dataSource)).isPostgres() ? "postgresql" : "h2";
        Flyway.configure().dataSource(dataSource)
              .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
              .load().migrate();
    }
}
