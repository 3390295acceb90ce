package uk.casemonitor.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The same contract against a real PostgreSQL (the machine's, at 127.0.0.1:5432 unless
 * COMPLIANCE_TEST_PG_URL says otherwise), each run in a schema of its own. Run by .ci/run.
 */
@Tag("postgres")
class PostgresEventRoundTripTest extends EventRoundTripContract {

    static final String URL = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("COMPLIANCE_TEST_PG_USER", "postgres");

    private final String schema = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeEach
    void createSchema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    protected Map<String, String> databaseProperties() {
        return Map.of("spring.datasource.url", URL + "?currentSchema=" + schema,
                      "spring.datasource.username", USER);
    }

    @Override
    protected String[] profiles() {
        return new String[] {"postgres"};
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
