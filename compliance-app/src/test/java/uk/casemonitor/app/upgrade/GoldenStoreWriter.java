package uk.casemonitor.app.upgrade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import uk.casemonitor.app.PostgresSchema;
import uk.casemonitor.app.RunningApp;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regenerates the golden store; not a test, so it runs only when asked:
 *
 * <pre>
 * mvn -pl compliance-app -am test -Dtest=GoldenStoreWriter -Dsurefire.failIfNoSpecifiedTests=false -Dgolden-store.write=true
 * </pre>
 *
 * The stored rows are loaded into a fresh store, each history of {@link GoldenStoreSamples} not yet
 * in it is recorded through the API, and every row (old ones byte for byte) is written back to
 * {@code events.jsonl}, with the figures the whole store now yields in {@code expected.json}.
 * Review the diff of {@code expected.json}: a changed figure for an old history is a behaviour change.
 *
 * <p>With {@code -Dupgrade.snapshot=true} it also writes, from the same histories, the store of the
 * release being upgraded from, for {@code H2UpgradeTest} and {@code PostgresUpgradeTest}: the H2 data
 * directory and a dump of a PostgreSQL schema. Take them with the release before a schema change.
 */
@EnabledIfSystemProperty(named = "golden-store.write", matches = "true")
class GoldenStoreWriter {

    @TempDir
    Path dataDir;

    @Test
    void writeTheGoldenStore() {
        List<GoldenStore.StoredRow> stored = GoldenStore.rows();
        Set<String> subjects = GoldenStore.subjectPaths(stored);
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), GoldenStore.clock())) {
            DataSource dataSource = app.bean(DataSource.class);
            GoldenStore.load(dataSource, stored);
            for (GoldenStoreSamples.History history : GoldenStoreSamples.HISTORIES) {
                if (!subjects.contains(history.path().replace("/events", ""))) {
                    var response = app.postJson(history.path(), history.events());
                    assertThat(response.statusCode()).as(history.subjectId() + ": " + response.body()).isEqualTo(201);
                }
            }
            List<GoldenStore.StoredRow> rows = GoldenStore.dump(dataSource);
            assertThat(rows.subList(0, stored.size())).as("the stored rows kept as they were").isEqualTo(stored);
            GoldenStore.write(GoldenStore.SOURCE.resolve("events.jsonl"), GoldenStore.format(rows));
            GoldenStore.write(GoldenStore.SOURCE.resolve("expected.json"),
                    GoldenStore.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(GoldenStore.figures(app, rows)));
        }
        if (Boolean.getBoolean("upgrade.snapshot")) {
            gzip(dataDir.resolve("compliance.mv.db"), UpgradeFixture.H2_SOURCE);
            writePostgresSnapshot();
        }
    }

    /** The golden histories recorded into a schema of their own, dumped as SQL with the schema's name left as a placeholder. */
    private static void writePostgresSnapshot() {
        PostgresSchema schema = PostgresSchema.create("golden_");
        try {
            try (RunningApp app = RunningApp.start(schema.datasourceProperties(), GoldenStore.clock(), "postgres")) {
                for (GoldenStoreSamples.History history : GoldenStoreSamples.HISTORIES) {
                    assertThat(app.postJson(history.path(), history.events()).statusCode()).isEqualTo(201);
                }
                GoldenStore.awaitCaughtUp(app);
            }
            Process dump = new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", PostgresSchema.USER, "-d", "test",
                    "--schema=" + schema.name(), "--no-owner", "--no-privileges", "--inserts").start();
            String sql = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dump.waitFor()).as(new String(dump.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            GoldenStore.write(UpgradeFixture.POSTGRES_SOURCE, sql.replace(schema.name(), UpgradeFixture.SCHEMA_PLACEHOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            schema.drop();
        }
    }

    /** Compressed: the data file is mostly empty pages. */
    private static void gzip(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(to))) {
                Files.copy(from, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
