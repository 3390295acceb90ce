package uk.casemonitor.app.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own in the machine's PostgreSQL (127.0.0.1:5432 unless COMPLIANCE_TEST_PG_URL
 * says otherwise), dropped when the test is done.
 */
final class PostgresSchema implements AutoCloseable {

    static final String URL = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_USER", "postgres");

    private final String name = "rel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresSchema() {
        execute("CREATE SCHEMA " + name);
    }

    Map<String, String> properties() {
        return Map.of("spring.datasource.url", URL + "?currentSchema=" + name, "spring.datasource.username", USER);
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
