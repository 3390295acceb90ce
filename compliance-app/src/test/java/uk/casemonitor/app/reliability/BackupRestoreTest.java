package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.PostgresSchema;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.core.recording.CaseTime;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.casemonitor.app.reliability.CrashSafetyContract.JSON;

/**
 * A store backed up while the monitor runs, wiped, and restored, is whole: every stream's events
 * are there in sequence with their hash chains intact, and the KPIs and breaches are what they were.
 * A restored store that lost or altered an event is caught by the same verification.
 */
class BackupRestoreTest {

    private static final long SEED = 7L;

    @TempDir
    Path work;

    @Test
    void anOnlineH2BackupRestoredIntoAWipedDataDirectoryVerifiesWholeWithTheSameKpis() throws Exception {
        Path data = work.resolve("data");
        Map<String, String> settings = Map.of("compliance.data-dir", data.toString(),
                                              "compliance.backup-dir", work.resolve("backups").toString());
        Recorded recorded;
        String backupFile;
        try (RunningApp app = RunningApp.start(settings)) {
            recorded = record(app);
            HttpResponse<String> backup = app.postJson("/api/admin/store/backups", "");
            assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
            backupFile = JSON.readTree(backup.body()).get("file").asString();
            // Recorded after the backup: must not be in the restored store.
            assertThat(app.postJson("/api/children/AFTER-BACKUP/events", """
                    {"type":"ReferralReceived","eventId":"r","occurredAt":"2025-03-03","recordedBy":"duty"}""").statusCode())
                    .isEqualTo(201);
        }

        deleteRecursively(data);
        unzip(Path.of(backupFile), data);

        try (RunningApp restored = RunningApp.start(settings)) {
            JsonNode report = verifyStore(restored);
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("streamsChecked").asLong()).isEqualTo(recorded.streams());
            assertThat(report.get("eventsChecked").asLong()).isEqualTo(recorded.events());
            assertThat(restored.get("/api/children/AFTER-BACKUP/events").statusCode()).isEqualTo(404);
            CrashSafetyContract.awaitCaughtUp(path -> restored.get(path).body());
            assertThat(CrashSafetyContract.kpis(path -> restored.get(path).body(), recorded.asOf())).isEqualTo(recorded.kpis());
            assertThat(CrashSafetyContract.breaches(path -> restored.get(path).body())).isEqualTo(recorded.breaches());
            System.out.printf("Backup and restore (H2): %d streams, %d events restored; verify-store: intact, %s%n",
                              recorded.streams(), recorded.events(), report);
        }

        // A restore that lost one event and altered another is not passed as whole.
        String jdbcUrl = "jdbc:h2:file:" + data.resolve("compliance");
        try (Connection h2 = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            h2.createStatement().executeUpdate(
                    "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = 'child-case:B-003' AND sequenceNumber = 4");
            alterOccurredAt(h2, "child-case:B-007", 2);
        }
        try (RunningApp damaged = RunningApp.start(settings)) {
            JsonNode report = verifyStore(damaged);
            System.out.printf("Backup and restore (H2), one event deleted and one altered after the restore: %s%n", report);
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("brokenStreams").asLong()).isEqualTo(2);
            assertThat(report.get("problems")).anySatisfy(problem -> {
                assertThat(problem.get("streamId").asString()).isEqualTo("child-case:B-003");
                assertThat(problem.get("sequence").asLong()).isEqualTo(4);
                assertThat(problem.get("problem").asString()).contains("missing");
            });
            assertThat(report.get("problems")).anySatisfy(problem -> {
                assertThat(problem.get("streamId").asString()).isEqualTo("child-case:B-007");
                assertThat(problem.get("sequence").asLong()).isEqualTo(2);
                assertThat(problem.get("problem").asString()).contains("hash chain broken");
            });
        }
    }

    @Test
    @Tag("postgres")
    void aPgDumpRestoredIntoAnEmptySchemaVerifiesWholeWithTheSameKpis() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not installed here");
        PostgresSchema schema = PostgresSchema.create("backup_");
        try {
            Recorded recorded;
            try (RunningApp app = RunningApp.start(schema.datasourceProperties(), "postgres")) {
                recorded = record(app);
                assertThat(app.postJson("/api/admin/store/backups", "").statusCode()).as("PostgreSQL: pg_dump's job").isEqualTo(409);
            }
            Path dump = work.resolve("compliance.dump");
            run("pg_dump", "--host=127.0.0.1", "--username=" + PostgresSchema.USER, "--format=custom",
                "--schema=" + schema.name(), "--file=" + dump, database());
            schema.drop();
            run("pg_restore", "--host=127.0.0.1", "--username=" + PostgresSchema.USER, "--dbname=" + database(),
                "--no-owner", "--exit-on-error", dump.toString());

            try (RunningApp restored = RunningApp.start(schema.datasourceProperties(), "postgres")) {
                JsonNode report = verifyStore(restored);
                assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
                assertThat(report.get("streamsChecked").asLong()).isEqualTo(recorded.streams());
                assertThat(report.get("eventsChecked").asLong()).isEqualTo(recorded.events());
                CrashSafetyContract.awaitCaughtUp(path -> restored.get(path).body());
                assertThat(CrashSafetyContract.kpis(path -> restored.get(path).body(), recorded.asOf())).isEqualTo(recorded.kpis());
                assertThat(CrashSafetyContract.breaches(path -> restored.get(path).body())).isEqualTo(recorded.breaches());
                System.out.printf("Backup and restore (PostgreSQL, pg_dump): %d streams, %d events restored; verify-store: %s%n",
                                  recorded.streams(), recorded.events(), report);
            }
        } finally {
            schema.drop();
        }
    }

    /** What was recorded before the backup, and what the monitor made of it. */
    private record Recorded(long streams, long events, String asOf, JsonNode kpis, Set<String> breaches) {
    }

    private static Recorded record(RunningApp app) {
        List<String> children = IntStream.range(0, 30).mapToObj(i -> "B-%03d".formatted(i)).toList();
        long events = 0;
        for (String child : children) {
            List<String> script = CaseScript.eventsOf(child, SEED);
            HttpResponse<String> stored = app.as("recorder").postJson("/api/children/" + child + "/events",
                                                                      "[" + String.join(",", script) + "]");
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            events += script.size();
        }
        String asOf = CaseTime.dateOf(Instant.now()).toString();
        CrashSafetyContract.awaitCaughtUp(path -> app.get(path).body());
        return new Recorded(children.size(), events, asOf, CrashSafetyContract.kpis(path -> app.get(path).body(), asOf),
                            CrashSafetyContract.breaches(path -> app.get(path).body()));
    }

    /** Runs the whole-store verification as an administrator would, and waits for its summary. */
    private static JsonNode verifyStore(RunningApp app) {
        assertThat(app.as("admin").postJson("/api/admin/store/verification", "").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(app.as("admin")
                .get("/api/admin/store/verification").body()).get("state").asString().equals("DONE"));
        return JSON.readTree(app.as("admin").get("/api/admin/store/verification").body());
    }

    /** Rewrites one stored event's date in place, as a careless or dishonest edit of the database would. */
    private static void alterOccurredAt(Connection db, String streamId, long sequence) throws SQLException {
        byte[] payload;
        try (PreparedStatement read = db.prepareStatement(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?")) {
            read.setString(1, streamId);
            read.setLong(2, sequence);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                payload = row.getBytes(1);
            }
        }
        String json = new String(payload, StandardCharsets.UTF_8);
        String altered = json.replaceFirst("\"occurredAt\":\"(\\d{4})-", "\"occurredAt\":\"2019-");
        assertThat(altered).isNotEqualTo(json);
        try (PreparedStatement write = db.prepareStatement(
                "UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = ?")) {
            write.setBytes(1, altered.getBytes(StandardCharsets.UTF_8));
            write.setString(2, streamId);
            write.setLong(3, sequence);
            assertThat(write.executeUpdate()).isEqualTo(1);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                     .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static String database() {
        return PostgresSchema.URL.substring(PostgresSchema.URL.lastIndexOf('/') + 1);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as("zip entry inside the data folder: " + entry.getName()).isTrue();
                if (!entry.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        assertThat(directory).doesNotExist();
    }
}
