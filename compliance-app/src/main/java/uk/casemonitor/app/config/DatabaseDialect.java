package uk.casemonitor.app.config;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Which SQL dialect the configured database speaks, for the few DDL statements that differ. */
@Component
public class DatabaseDialect {

    private final boolean postgres;

    public DatabaseDialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    public boolean isPostgres() {
        return postgres;
    }
}
