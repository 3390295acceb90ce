package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.PostgresSchema;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.core.recording.CaseTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL event store, the {@code compliance} processor's two segments spread
 * over them; both take writes, also to the same child at the same moment; one is killed and the
 * other takes over its segment; the read model ends exactly as a single node's would. Run by .ci/run.
 */
@Tag("postgres")
class MultiNodeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 42L;

    @TempDir
    Path work;

    @Test
    void twoNodesShareTheProjectionAndTheSurvivorTakesOverWhenOneIsKilled() throws Exception {
        List<String> children = IntStream.range(0, 60).mapToObj(i -> "M-%03d".formatted(i)).toList();
        String asOf = CaseTime.dateOf(Instant.now()).toString();
        PostgresSchema shared = PostgresSchema.create("nodes_");
        PostgresSchema single = PostgresSchema.create("single_");
        try {
            CompletableFuture<AppProcess> startingB = CompletableFuture.supplyAsync(() -> node(shared, "node-b"));
            AppProcess a = node(shared, "node-a");
            AppProcess b = startingB.join();
            try (a; b) {
                // Each node holds one of the two segments once SegmentSharing has spread them.
                awaitUntil(Duration.ofSeconds(60), () -> owners(a).equals(Set.of("node-a", "node-b")));

                // Children split between the nodes (a load balancer's choice), and one child written through both at once.
                EventWriters first = new EventWriters(SEED);
                first.run((child, json) -> (Math.floorMod(child.hashCode(), 2) == 0 ? a : b)
                                .postJson("recorder", "/api/children/" + child + "/events", json),
                        children.subList(0, 40), 4, () -> false, Duration.ofSeconds(90));
                assertThat(first.problems()).isEmpty();
                List<String> shared1 = writeOneChildThroughBothNodes(a, b, "M-SHARED", 40);

                awaitUntil(Duration.ofSeconds(60), () -> status(a).get("caughtUp").asBoolean());
                JsonNode split = status(a);
                System.out.printf("Several nodes: before the kill %s%n", split.get("segments"));
                assertThat(segmentsOf(split)).allSatisfy(segment ->
                        assertThat(segment.get("position").asLong()).as("every segment processed events").isPositive());
                assertThat(owners(a)).containsExactlyInAnyOrder("node-a", "node-b");

                b.kill();
                long killedAt = System.nanoTime();
                EventWriters second = new EventWriters(SEED);
                second.run((child, json) -> a.postJson("recorder", "/api/children/" + child + "/events", json),
                        children.subList(40, children.size()), 4, () -> false, Duration.ofSeconds(90));
                assertThat(second.problems()).isEmpty();
                awaitUntil(Duration.ofSeconds(60), () -> owners(a).equals(Set.of("node-a")) && status(a).get("caughtUp").asBoolean());
                System.out.printf("Several nodes: node-a held every segment and had caught up %.1f s after node-b was killed: %s%n",
                                  (System.nanoTime() - killedAt) / 1e9, status(a).get("segments"));

                JsonNode kpis = CrashSafetyContract.kpis(path -> get(a, path), asOf);
                Set<String> breaches = CrashSafetyContract.breaches(path -> get(a, path));
                JsonNode sharedStream = JSON.readTree(get(a, "/api/children/M-SHARED/events"));
                List<String> sharedIds = new ArrayList<>();
                sharedStream.get("events").forEach(event -> sharedIds.add(event.get("eventId").asString()));
                assertThat(sharedIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(shared1);

                Map<String, List<String>> acknowledged = new HashMap<>();
                first.logs().forEach((child, log) -> acknowledged.put(child, List.copyOf(log.acknowledged)));
                second.logs().forEach((child, log) -> acknowledged.put(child, List.copyOf(log.acknowledged)));
                try (RunningApp reference = RunningApp.start(single.datasourceProperties(), "postgres")) {
                    acknowledged.entrySet().parallelStream().forEach(child -> child.getValue().forEach(json -> assertThat(
                            reference.as("recorder").postJson("/api/children/" + child.getKey() + "/events", json).statusCode())
                            .isEqualTo(201)));
                    sharedStream.get("events").forEach(event -> assertThat(reference.as("recorder").postJson(
                            "/api/children/M-SHARED/events", oversight(event.get("eventId").asString())).statusCode()).isEqualTo(201));
                    CrashSafetyContract.awaitCaughtUp(path -> reference.get(path).body());
                    assertThat(kpis).isEqualTo(CrashSafetyContract.kpis(path -> reference.get(path).body(), asOf));
                    assertThat(breaches).isEqualTo(CrashSafetyContract.breaches(path -> reference.get(path).body()));
                }
            }
        } finally {
            shared.drop();
            single.drop();
        }
    }

    static AppProcess node(PostgresSchema schema, String name) {
        Map<String, String> properties = new HashMap<>(schema.datasourceProperties());
        properties.put("compliance.node-id", name);
        return AppProcess.start(properties, AppProcess.logFile("multi-node-" + name), "postgres");
    }

    /** Both nodes append to one child's stream at once: the event store's unique key and the retry sort it out. */
    private static List<String> writeOneChildThroughBothNodes(AppProcess a, AppProcess b, String child, int each)
            throws Exception {
        assertThat(a.postJson("recorder", "/api/children/" + child + "/events", """
                {"type":"ReferralReceived","eventId":"r","occurredAt":"2025-01-06","recordedBy":"x"}""").statusCode())
                .isEqualTo(201);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger clientRetries = new AtomicInteger();
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            AppProcess node = w % 2 == 0 ? a : b;
            int writer = w;
            writers.add(pool.submit(() -> {
                List<String> stored = new ArrayList<>();
                for (int i = 0; i < each / 2; i++) {
                    String id = "mo-" + writer + "-" + i;
                    int status = node.postJson("recorder", "/api/children/" + child + "/events", oversight(id)).statusCode();
                    // The monitor retries a conflicting append itself; should every retry lose, the answer is 409
                    // concurrent-change, nothing stored, and a client sends it again, as this one does.
                    for (int again = 0; status == 409 && again < 5; again++) {
                        clientRetries.incrementAndGet();
                        status = node.postJson("recorder", "/api/children/" + child + "/events", oversight(id)).statusCode();
                    }
                    assertThat(status).as(id).isEqualTo(201);
                    stored.add(id);
                }
                return stored;
            }));
        }
        pool.shutdown();
        List<String> ids = new ArrayList<>(List.of("r"));
        for (Future<List<String>> writer : writers) {
            ids.addAll(writer.get());
        }
        System.out.printf("Several nodes: %d events written to one child through both nodes at once; %d answered 409 and "
                          + "were sent again by the client%n", ids.size() - 1, clientRetries.get());
        return ids;
    }

    private static String oversight(String eventId) {
        if (eventId.equals("r")) {
            return """
                    {"type":"ReferralReceived","eventId":"r","occurredAt":"2025-01-06","recordedBy":"x"}""";
        }
        return """
                {"type":"ManagementOversightRecorded","eventId":"%s","occurredAt":"2025-02-03","recordedBy":"x","managerId":"tm"}"""
                .formatted(eventId);
    }

    static JsonNode status(AppProcess node) {
        return JSON.readTree(get(node, "/api/admin/processors"));
    }

    static List<JsonNode> segmentsOf(JsonNode status) {
        List<JsonNode> segments = new ArrayList<>();
        status.get("segments").forEach(segment -> {
            if (segment.get("processor").asString().equals("compliance")) {
                segments.add(segment);
            }
        });
        return segments;
    }

    static Set<String> owners(AppProcess node) {
        return segmentsOf(status(node)).stream()
                .map(segment -> segment.get("owner").isNull() ? "(free)" : segment.get("owner").asString())
                .collect(Collectors.toSet());
    }

    private static String get(AppProcess node, String path) {
        try {
            return node.get(RunningApp.DEFAULT_USER, path).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void awaitUntil(Duration limit, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met within " + limit).isBefore(deadline);
            AppProcess.sleep(250);
        }
    }
}
