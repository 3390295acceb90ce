package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

import java.nio.file.Path;
import java.util.Map;

/** The same kill -9 on PostgreSQL, the crashed and the reference run each in a schema of its own. Run by .ci/run. */
@Tag("postgres")
class PostgresCrashSafetyTest extends CrashSafetyContract {

    private final PostgresSchema crashed = new PostgresSchema();
    private final PostgresSchema reference = new PostgresSchema();

    @AfterEach
    void dropSchemas() {
        crashed.close();
        reference.close();
    }

    @Override
    protected Map<String, String> crashedDatabase(Path work) {
        return crashed.properties();
    }

    @Override
    protected Map<String, String> referenceDatabase(Path work) {
        return reference.properties();
    }

    @Override
    protected String[] profiles() {
        return new String[] {"postgres"};
    }
}
