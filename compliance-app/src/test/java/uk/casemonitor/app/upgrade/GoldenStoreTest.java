package uk.casemonitor.app.upgrade;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.app.ingestion.EventStream;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden store, events as earlier releases stored them, is read by this build: every event
 * reads, every stream's hash chain verifies, every event type of today's vocabulary is in it, and
 * the obligations and KPIs it yields are the ones stored with it. A changed event without an
 * upcaster fails here, as does a new event type nobody added to the golden store
 * ({@link GoldenStoreSamples} and {@link GoldenStoreWriter} say how).
 */
class GoldenStoreTest {

    @TempDir
    static Path dataDir;

    private static RunningApp app;
    private static List<GoldenStore.StoredRow> rows;

    @BeforeAll
    static void loadTheGoldenStore() {
        rows = GoldenStore.rows();
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), GoldenStore.clock());
        GoldenStore.load(app.bean(DataSource.class), rows);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyStoredEventReadsAsAnEventOfItsStream() {
        EventStorageEngine store = app.bean(EventStorageEngine.class);
        Map<String, Long> storedPerStream = rows.stream().collect(Collectors.groupingBy(
                GoldenStore.StoredRow::aggregateIdentifier, Collectors.counting()));
        int read = 0;
        for (var stream : storedPerStream.entrySet()) {
            List<Object> events = store.readEvents(stream.getKey()).asStream().map(message -> (Object) message.getPayload()).toList();
            assertThat(events).as(stream.getKey()).hasSize(stream.getValue().intValue());
            read += events.size();
        }
        assertThat(read).isEqualTo(rows.size());
        for (String subject : GoldenStore.subjectPaths(rows)) {
            JsonNode events = GoldenStore.JSON.readTree(GoldenStore.ok(app, subject + "/events"));
            assertThat(events.get("count").asInt()).as(subject).isEqualTo(storedPerStream.get(streamId(subject)).intValue());
        }
        System.out.println("GOLDEN STORE: " + read + " stored events of " + storedPerStream.size() + " streams read");
    }

    @Test
    void everyStreamsHashChainVerifies() {
        for (String subject : GoldenStore.subjectPaths(rows)) {
            JsonNode verification = GoldenStore.JSON.readTree(GoldenStore.ok(app, subject + "/history/verify"));
            assertThat(verification.get("intact").asBoolean()).as(subject + ": " + verification).isTrue();
        }
    }

    @Test
    void everyEventTypeOfBothStreamsIsInTheGoldenStore() {
        EventStorageEngine store = app.bean(EventStorageEngine.class);
        Set<String> stored = new TreeSet<>();
        rows.stream().map(GoldenStore.StoredRow::aggregateIdentifier).distinct().forEach(stream ->
                store.readEvents(stream).asStream().forEach(message -> stored.add(message.getPayloadType().getSimpleName())));
        assertThat(stored).as("event types with stored examples: add a history with the missing ones to GoldenStoreSamples "
                             + "and run GoldenStoreWriter").containsExactlyInAnyOrderElementsOf(EventStream.allTypes().keySet());
    }

    @Test
    void theObligationsAndKpisAreThoseStoredWithTheGoldenStore() {
        JsonNode expected = GoldenStore.expected();
        JsonNode figures = GoldenStore.figures(app, rows);
        expected.get("compliance").properties().forEach(subject -> assertThat(figures.get("compliance").get(subject.getKey()))
                .as("obligations of " + subject.getKey()).isEqualTo(subject.getValue()));
        expected.get("kpis").properties().forEach(scope -> assertThat(figures.get("kpis").get(scope.getKey()))
                .as("KPIs of " + scope.getKey()).isEqualTo(scope.getValue()));
        assertThat(figures).isEqualTo(expected);
    }

    private static String streamId(String subjectPath) {
        String id = subjectPath.substring(subjectPath.lastIndexOf('/') + 1);
        return subjectPath.startsWith("/api/children/") ? "child-case:" + id : "foster-carer:" + id;
    }
}
