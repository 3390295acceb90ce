package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import uk.casemonitor.app.PostgresSchema;

import java.nio.file.Path;
import java.util.Map;

/** The same kill -9 on PostgreSQL, the crashed and the reference run each in a schema of its own. Run by .ci/run. */
@Tag("postgres")
class PostgresCrashSafetyTest extends CrashSafetyContract {

    private final PostgresSchema crashed = PostgresSchema.create("crash_");
    private final PostgresSchema reference = PostgresSchema.create("crashref_");

    @AfterEach
    void dropSchemas() {
        crashed.drop();
        reference.drop();
    }

    @Override
    protected Map<String, String> crashedDatabase(Path work) {
        return crashed.datasourceProperties();
    }

    @Override
    protected Map<String, String> referenceDatabase(Path work) {
        return reference.datasourceProperties();
    }

    @Override
    protected String[] profiles() {
        return new String[] {"postgres"};
    }
}
