package uk.casemonitor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's commands: {@code generate} and {@code import} instead of the web app, chosen by the first argument. */
class CaseMonitorCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutACommandTheWebApplicationStartsAsBefore() throws Exception {
        assertThat(CaseMonitor.isCommand(new String[0])).isFalse();
        assertThat(CaseMonitor.isCommand(new String[] {"--demo"})).isFalse();
        assertThat(CaseMonitor.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CaseMonitor.isCommand(new String[] {"generate", "--scale", "0.1"})).isTrue();
        assertThat(CaseMonitor.isCommand(new String[] {"import", "--file", "events.jsonl"})).isTrue();
    }

    @Test
    void generateWritesTheAuthorityAsJsonLinesAndSaysHowMuch() throws Exception {
        Path file = dir.resolve("events.jsonl");

        int status = run("generate", "--scale", "0.01", "--seed", "7", "--years", "2", "--end-date", "2025-06-30",
                         "--out", file.toString());

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSizeGreaterThan(1000).allMatch(line -> line.startsWith("{\"type\":"));
        assertThat(text(err)).contains("Generated " + String.format("%,d", lines.size()) + " events");
    }

    @Test
    void generateWithFormatSsdWritesTwoNightsOfExtractAFileATable() throws Exception {
        Path folder = dir.resolve("ssd");

        int status = run("generate", "--format", "ssd", "--scale", "0.01", "--years", "2", "--end-date", "2025-06-30",
                         "--out", folder.toString());

        assertThat(status).isZero();
        for (String night : List.of("night-1", "night-2")) {
            assertThat(folder.resolve(night).resolve("ssd_person.csv")).exists();
            assertThat(folder.resolve(night).resolve("ssd_cp_visits.csv")).exists();
            try (var files = Files.list(folder.resolve(night))) {
                assertThat(files.count()).isEqualTo(19);
            }
        }
        assertThat(text(err)).contains("SSD extract of", "rows differ");
    }

    @Test
    void badOptionsAreRefusedWithTheUsage() throws Exception {
        assertThat(run("generate", "--format", "ssd")).isEqualTo(2);
        assertThat(text(err)).contains("--out is required");
        assertThat(run("generate", "--format", "xml", "--out", "x")).isEqualTo(2);
        assertThat(text(err)).contains("--format must be jsonl (the default) or ssd");
        assertThat(run("generate", "--scale", "lots")).isEqualTo(2);
        assertThat(text(err)).contains("--scale must be a number", "Usage:");
        assertThat(run("generate", "--end-date", "2999-01-01")).isEqualTo(2);
        assertThat(run("import")).isEqualTo(2);
        assertThat(text(err)).contains("--file is required");
    }

    @Test
    void exportKpiHistoryWritesOpenMetricsEndingWithEofAndRefusesAPeriodReachingToday() throws Exception {
        Path file = dir.resolve("kpi-history.om");
        String data = "--compliance.data-dir=" + dir.resolve("data");

        assertThat(run("export-kpi-history", "--from", "2024-01-01", "--to", "2024-03-31", "--step", "month", "--out",
                       file.toString(), data)).isZero();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).contains("# TYPE compliance_kpi_denominator gauge", "# EOF");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# EOF");
        // An empty store: nobody measured, so no ratios; a denominator of 0 and each target at each month end.
        assertThat(lines).noneMatch(line -> line.startsWith("compliance_kpi_ratio{"))
                         .contains("compliance_kpi_denominator{authority=\"local-authority\",kpi=\"icpc\",team=\"all\"} 0.0 1711925999",
                                   "compliance_kpi_target{authority=\"local-authority\",higher_is_better=\"true\",kpi=\"icpc\"} 0.9 1706745599");
        assertThat(text(err)).contains("Wrote", "2024-01-01 to 2024-03-31 by month");

        assertThat(run("export-kpi-history", "--from", "2024-01-01", "--step", "fortnight", data)).isEqualTo(2);
        assertThat(text(err)).contains("--step must be week, month or quarter");
        assertThat(run("export-kpi-history", "--to", "2024-01-01", data)).isEqualTo(2);
        assertThat(text(err)).contains("--from is required");
        assertThat(run("export-kpi-history", "--from", "2024-01-01", "--to", "2999-01-01", data)).isEqualTo(2);
        assertThat(text(err)).contains("--to must be before today");
    }

    @Test
    void importExitsWithAFailureStatusWhenALineIsRejected() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, List.of(
                "{\"type\":\"ReferralReceived\",\"childId\":\"C1\",\"eventId\":\"r1\",\"occurredAt\":\"2025-01-06\","
                        + "\"recordedAt\":\"2025-01-06T10:00:00Z\",\"recordedBy\":\"duty\",\"source\":\"Police\"}",
                "{\"type\":\"VisitMade\",\"childId\":\"C1\",\"eventId\":\"v1\",\"occurredAt\":\"2025-01-07\","
                        + "\"recordedAt\":\"2025-01-07T10:00:00Z\",\"recordedBy\":\"sw\",\"visitType\":\"CHILD_PROTECTION\"}"));

        int status = run("import", "--file", file.toString(), "--compliance.data-dir=" + dir.resolve("data"));

        assertThat(status).isEqualTo(1);
        assertThat(text(out)).contains("Read 2 events: 1 stored, 0 already recorded, 1 rejected");
        assertThat(text(err)).contains("line 2: visitType: VisitMade on 2025-01-07 needs a child-protection plan");
    }

    @Test
    void verifyStoreSummarisesAWholeStoreAndNamesAStreamWithAMissingEvent() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, List.of(
                "{\"type\":\"ReferralReceived\",\"childId\":\"C1\",\"eventId\":\"r1\",\"occurredAt\":\"2025-01-06\","
                        + "\"recordedAt\":\"2025-01-06T10:00:00Z\",\"recordedBy\":\"duty\",\"source\":\"Police\"}",
                "{\"type\":\"ReferralDecisionMade\",\"childId\":\"C1\",\"eventId\":\"d1\",\"occurredAt\":\"2025-01-07\","
                        + "\"recordedAt\":\"2025-01-07T10:00:00Z\",\"recordedBy\":\"tm\",\"decision\":\"STRATEGY_DISCUSSION\"}",
                "{\"type\":\"ReferralReceived\",\"childId\":\"C2\",\"eventId\":\"r1\",\"occurredAt\":\"2025-01-06\","
                        + "\"recordedAt\":\"2025-01-06T10:00:00Z\",\"recordedBy\":\"duty\",\"source\":\"School\"}"));
        String data = "--compliance.data-dir=" + dir.resolve("data");
        assertThat(run("import", "--file", file.toString(), data)).isZero();

        assertThat(run("verify-store", data)).isZero();
        assertThat(text(out)).contains("Store intact: 2 streams, 3 events checked");

        // The first event of C1's stream lost, as a partial restore might lose it.
        try (java.sql.Connection h2 = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("data").resolve("compliance"), "sa", "")) {
            h2.createStatement().executeUpdate(
                    "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = 'child-case:C1' AND sequenceNumber = 0");
        }
        out.reset();
        assertThat(run("verify-store", data)).isEqualTo(1);
        assertThat(text(out)).contains("Store NOT intact: 2 streams, 2 events checked", "1 broken stream(s)",
                                       "child-case:C1 at event 0: events 0 to 0 are missing");
    }

    @Test
    void anImportSetsWhereMonitoringBeginsOnlyEverEarlierAndReportsIt() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, List.of(
                "{\"type\":\"ReferralReceived\",\"childId\":\"C1\",\"eventId\":\"r1\",\"occurredAt\":\"2025-01-06\","
                        + "\"recordedAt\":\"2025-01-06T10:00:00Z\",\"recordedBy\":\"duty\",\"source\":\"Police\"}"));
        String data = "--compliance.data-dir=" + dir.resolve("data");

        assertThat(run("import", "--file", file.toString(), data)).isZero();
        assertThat(text(out)).contains("Monitoring the whole history");

        assertThat(run("import", "--file", file.toString(), "--monitoring-from", "2024-04-01", data)).isZero();
        assertThat(text(out)).contains("Monitoring from 2024-04-01 (set by import of events.jsonl)");
        // A later start would hide breaches already judged: the earlier one stands.
        assertThat(run("import", "--file", file.toString(), "--monitoring-from", "2025-04-01", data)).isZero();
        assertThat(text(out).lines().filter(line -> line.startsWith("Monitoring from ")).toList())
                .containsExactly("Monitoring from 2024-04-01 (set by import of events.jsonl): duties due before it are "
                                 + "before monitoring, never breaches",
                                 "Monitoring from 2024-04-01 (set by import of events.jsonl): duties due before it are "
                                 + "before monitoring, never breaches");

        assertThat(run("import", "--file", file.toString(), "--monitoring-from", "April 2024", data)).isEqualTo(2);
        assertThat(text(err)).contains("--monitoring-from must be a date as YYYY-MM-DD");
    }

    private int run(String... args) throws Exception {
        return CaseMonitor.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
