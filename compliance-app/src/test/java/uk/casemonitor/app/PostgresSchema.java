package uk.casemonitor.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own in the machine's PostgreSQL (127.0.0.1:5432 unless COMPLIANCE_TEST_PG_URL
 * says otherwise) for one test run, so runs never see each other's data.
 */
public final class PostgresSchema {

    public static final String URL = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_USER", "postgres");

    private final String name;

    private PostgresSchema(String prefix) {
        this.name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static PostgresSchema create(String prefix) {
        PostgresSchema schema = new PostgresSchema(prefix);
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** The application's datasource properties pointing into this schema. */
    public Map<String, String> datasourceProperties() {
        return Map.of("spring.datasource.url", URL + "?currentSchema=" + name, "spring.datasource.username", USER);
    }

    public String name() {
        return name;
    }

    public void drop() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
