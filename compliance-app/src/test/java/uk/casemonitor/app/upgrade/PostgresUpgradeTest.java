package uk.casemonitor.app.upgrade;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.casemonitor.app.PostgresSchema;
import uk.casemonitor.app.RunningApp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A PostgreSQL schema as the previous release left it (its tables, read models and token store,
 * restored from the release's own dump) opens with this build and answers the same.
 */
@Tag("postgres")
class PostgresUpgradeTest {

    private PostgresSchema schema;

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            schema.drop();
        }
    }

    @Test
    void theSchemaOfThePreviousReleaseOpensMigratedWithTheSameObligationsAndKpis() throws IOException {
        schema = PostgresSchema.create("upgrade_");
        schema.executeScript(previousReleaseDump(schema.name()));
        long start = System.currentTimeMillis();
        try (RunningApp app = RunningApp.start(schema.datasourceProperties(), GoldenStore.clock(), "postgres")) {
            UpgradeContract.assertUpgraded(app, "PostgreSQL", start);
        }
    }

    /** The dump with its schema renamed; psql's own commands and the schema's creation left out. */
    private static String previousReleaseDump(String schemaName) throws IOException {
        try (InputStream in = PostgresUpgradeTest.class.getResourceAsStream(UpgradeFixture.POSTGRES_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("\\"))
                    .filter(line -> !line.startsWith("CREATE SCHEMA "))
                    .collect(Collectors.joining("\n"))
                    .replace(UpgradeFixture.SCHEMA_PLACEHOLDER, schemaName);
        }
    }
}
