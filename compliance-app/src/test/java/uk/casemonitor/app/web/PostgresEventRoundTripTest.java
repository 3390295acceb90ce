package uk.casemonitor.app.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import uk.casemonitor.app.PostgresSchema;

import java.util.Map;

/**
 * The same contract against a real PostgreSQL (the machine's, at 127.0.0.1:5432 unless
 * COMPLIANCE_TEST_PG_URL says otherwise), each run in a schema of its own. Run by .ci/run.
 */
@Tag("postgres")
class PostgresEventRoundTripTest extends EventRoundTripContract {

    private PostgresSchema schema;

    @BeforeEach
    void createSchema() {
        schema = PostgresSchema.create("rt_");
    }

    @AfterEach
    void dropSchema() {
        schema.drop();
    }

    @Override
    protected Map<String, String> databaseProperties() {
        return schema.datasourceProperties();
    }

    @Override
    protected String[] profiles() {
        return new String[] {"postgres"};
    }
}
