package uk.casemonitor.projections.database;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which SQL dialect the database speaks, for the few statements that differ: PostgreSQL, or else H2
 * (the embedded default). The one place the database is told apart, for the read models and the app.
 */
public final class DatabaseDialect {

    private final boolean postgres;

    private DatabaseDialect(boolean postgres) {
        this.postgres = postgres;
    }

    public static DatabaseDialect of(Connection connection) throws SQLException {
        return new DatabaseDialect(connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
    }

    /** Asks on a connection of its own, closed again. */
    public static DatabaseDialect of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    public static DatabaseDialect of(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<DatabaseDialect>) DatabaseDialect::of);
    }

    public boolean isPostgres() {
        return postgres;
    }
}
