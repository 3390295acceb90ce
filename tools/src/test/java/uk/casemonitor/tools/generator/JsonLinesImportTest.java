package uk.casemonitor.tools.generator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.casemonitor.app.RunningApp;

import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated authority written as JSON lines and imported into the running application: every
 * line is stored in its child's or carer's stream and reads back as the API shows it, importing
 * the file again stores nothing, and in a file with bad lines each bad line is reported by number
 * and field while the rest is recorded.
 */
class JsonLinesImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeneratorSettings SMALL = new GeneratorSettings(42, 0.01, 2, LocalDate.of(2025, 6, 30),
                                                                        PracticeQuality.typical());

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    private static RunningApp app;

    @BeforeAll
    static void startApp() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()));
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }

    @Test
    void everyLineIsStoredAndImportingAgainStoresNothingNew() throws IOException {
        Path file = files.resolve("authority.jsonl");
        List<String> lines = generate(SMALL, file);
        List<RejectedLine> rejected = new ArrayList<>();

        ImportSummary first = JsonLinesImporter.of(app.context(), rejected::add).importFile(file);

        assertThat(rejected).isEmpty();
        assertThat(first.read()).isEqualTo(lines.size());
        assertThat(first.stored()).isEqualTo(lines.size());
        Map<String, List<JsonNode>> bySubject = bySubject(lines);
        bySubject.forEach((path, events) -> assertThat(count(path)).as(path).isEqualTo(events.size()));

        String someChild = bySubject.keySet().stream().filter(path -> path.startsWith("/api/children/")).findFirst().orElseThrow();
        assertThat(readBack(someChild)).isEqualTo(bySubject.get(someChild));

        ImportSummary again = JsonLinesImporter.of(app.context(), rejected::add).importFile(file);

        assertThat(rejected).isEmpty();
        assertThat(again.stored()).isZero();
        assertThat(again.alreadyRecorded()).isEqualTo(lines.size());
    }

    @Test
    void eachBadLineIsReportedByNumberAndFieldAndTheRestIsImported() throws IOException {
        // Another authority under other ids, so that nothing in it is already recorded.
        List<String> lines = new ArrayList<>(generate(SMALL.withSeed(43), files.resolve("other.jsonl")).stream()
                .map(line -> line.replace("\"childId\":\"C", "\"childId\":\"D").replace("\"carerId\":\"FC", "\"carerId\":\"DC"))
                .toList());
        int malformed = 10;
        int impossibleDate = 20;
        int unknownType = 30;
        int noRecordedAt = 40;
        int contradictsHistory = coreGroupOfAChildNeverLookedAfter(lines);
        lines.set(malformed - 1, "{\"type\":\"VisitMade\", oops");
        lines.set(impossibleDate - 1, lines.get(impossibleDate - 1).replaceFirst("\"occurredAt\":\"[0-9-]+\"", "\"occurredAt\":\"2024-02-30\""));
        lines.set(unknownType - 1, lines.get(unknownType - 1).replaceFirst("\"type\":\"[A-Za-z]+\"", "\"type\":\"VisitMad\""));
        lines.set(noRecordedAt - 1, lines.get(noRecordedAt - 1).replaceFirst(",\"recordedAt\":\"[^\"]+\"", ""));
        // A core group meeting is recorded as a looked-after review: the child was never looked after.
        lines.set(contradictsHistory - 1, lines.get(contradictsHistory - 1).replace("CoreGroupMeetingHeld", "LookedAfterReviewHeld"));
        Path file = files.resolve("corrupted.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<RejectedLine> rejected = new ArrayList<>();

        ImportSummary summary = JsonLinesImporter.of(app.context(), rejected::add).importFile(file);

        assertThat(rejected).extracting(RejectedLine::lineNumber)
                            .containsExactlyInAnyOrder((long) malformed, (long) impossibleDate, (long) unknownType,
                                                       (long) noRecordedAt, (long) contradictsHistory);
        assertThat(field(rejected, malformed)).isEqualTo("body");
        assertThat(field(rejected, impossibleDate)).isEqualTo("occurredAt");
        assertThat(field(rejected, unknownType)).isEqualTo("type");
        assertThat(field(rejected, noRecordedAt)).isEqualTo("recordedAt");
        assertThat(field(rejected, contradictsHistory)).isEqualTo("type");
        assertThat(rejected.stream().filter(line -> line.lineNumber() == contradictsHistory).findFirst().orElseThrow().toString())
                .contains("line " + contradictsHistory, "needs a period of being looked after");
        assertThat(summary.rejected()).isEqualTo(5);
        assertThat(summary.stored()).isEqualTo(lines.size() - 5);
    }

    private static List<String> generate(GeneratorSettings settings, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonLines.standalone().write(new AuthorityGenerator(settings), out);
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static int coreGroupOfAChildNeverLookedAfter(List<String> lines) {
        Map<String, List<Integer>> lineNumbersByChild = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode event = JSON.readTree(lines.get(i));
            if (event.has("childId")) {
                lineNumbersByChild.computeIfAbsent(event.get("childId").asString(), child -> new ArrayList<>()).add(i + 1);
            }
        }
        for (List<Integer> numbers : lineNumbersByChild.values()) {
            List<String> childLines = numbers.stream().map(n -> lines.get(n - 1)).toList();
            if (numbers.get(0) > 50 && childLines.stream().noneMatch(line -> line.contains("BecameLookedAfter"))) {
                for (int n : numbers) {
                    if (lines.get(n - 1).contains("\"type\":\"CoreGroupMeetingHeld\"")) {
                        return n;
                    }
                }
            }
        }
        throw new IllegalStateException("No core group meeting of a child never looked after");
    }

    private static String field(List<RejectedLine> rejected, int lineNumber) {
        return rejected.stream().filter(line -> line.lineNumber() == lineNumber).findFirst().orElseThrow()
                       .problems().get(0).field();
    }

    /** Each subject's events in file order, keyed by the API path of its stream. */
    private static Map<String, List<JsonNode>> bySubject(List<String> lines) {
        Map<String, List<JsonNode>> bySubject = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            String path = event.has("childId")
                    ? "/api/children/" + event.get("childId").asString() + "/events"
                    : "/api/foster-carers/" + event.get("carerId").asString() + "/events";
            bySubject.computeIfAbsent(path, p -> new ArrayList<>()).add(event);
        }
        return bySubject;
    }

    private static int count(String path) {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body()).get("count").asInt();
    }

    private static List<JsonNode> readBack(String path) {
        List<JsonNode> events = new ArrayList<>();
        JSON.readTree(app.get(path).body()).get("events").forEach(event -> {
            ObjectNode copy = (ObjectNode) event.deepCopy();
            copy.remove("sequence");
            events.add(copy);
        });
        return events;
    }
}
