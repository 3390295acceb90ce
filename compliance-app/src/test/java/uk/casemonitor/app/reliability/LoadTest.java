package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casemonitor.app.PostgresSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load from a second process over loopback, bounded in count and time: many writers on many
 * children, then many writers on one child (the aggregate lock serialises them; retried requests
 * are recognised by event id). Prints the figures quoted in docs/reliability-and-security.md:
 *
 * <pre>mvn -B -o -pl compliance-app -am test -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false | grep LOAD</pre>
 *
 * With {@code -Dload.postgres=true} the app runs on the machine's PostgreSQL (a schema of its own) instead of H2.
 */
class LoadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENT_THREADS = 8;
    private static final int CHILDREN = 200;

    @TempDir
    Path work;

    @Test
    void manyWritersOnManyChildrenAndOnOneChildLoseAndDuplicateNothing() throws Exception {
        if (Boolean.getBoolean("load.postgres")) {
            PostgresSchema schema = PostgresSchema.create("load_");
            try (AppProcess app = AppProcess.start(schema.datasourceProperties(), AppProcess.logFile("load-postgres"),
                                                   "postgres")) {
                load(app);
            } finally {
                schema.drop();
            }
            return;
        }
        try (AppProcess app = AppProcess.start(Map.of("compliance.data-dir", work.resolve("data").toString()),
                                               AppProcess.logFile("load"))) {
            load(app);
        }
    }

    private static void load(AppProcess app) throws Exception {
        warmUp(app);
        manyChildren(app);
        oneChild(app);
    }

    private static void warmUp(AppProcess app) throws IOException {
        for (int i = 0; i < 20; i++) {
            app.postJson("recorder", "/api/children/warm-" + i + "/events", """
                    {"type":"ReferralReceived","eventId":"r","occurredAt":"2025-01-06","recordedBy":"x"}""");
        }
    }

    private static void manyChildren(AppProcess app) {
        List<String> children = IntStream.range(0, CHILDREN).mapToObj(i -> "L-%04d".formatted(i)).toList();
        EventWriters writers = new EventWriters(7L);
        Duration took = writers.run((child, json) -> app.postJson("recorder", "/api/children/" + child + "/events", json),
                                    children, CLIENT_THREADS, () -> false, Duration.ofSeconds(90));
        int sent = children.stream().mapToInt(child -> CaseScript.eventsOf(child, 7L).size()).sum();
        System.out.printf("LOAD many children: %d events to %d children from %d client threads in %.1f s = %.0f events/s; "
                          + "2xx %d, 4xx %d, 5xx %d, connection errors %d; latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms%n",
                writers.acknowledged(), CHILDREN, CLIENT_THREADS, took.toMillis() / 1000.0,
                writers.acknowledged() / (took.toMillis() / 1000.0), writers.acknowledged(), writers.refused(),
                writers.serverErrors(), writers.connectionFailures(), writers.latencyMillis(50), writers.latencyMillis(95),
                writers.latencyMillis(99));
        assertThat(writers.problems()).isEmpty();
        assertThat(writers.connectionFailures()).isZero();
        assertThat(writers.acknowledged()).as("every event sent within the time limit").isEqualTo(sent);
    }

    /**
     * Every thread records its own oversight entries in the same child's stream, and sends every
     * fifth one twice, as a client retrying after a timeout would.
     */
    private static void oneChild(AppProcess app) throws Exception {
        int perThread = 25;
        assertThat(app.postJson("recorder", "/api/children/HOT/events", """
                {"type":"ReferralReceived","eventId":"r","occurredAt":"2025-01-06","recordedBy":"x"}""").statusCode())
                .isEqualTo(201);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger repeats = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        long started = System.nanoTime();
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < CLIENT_THREADS; t++) {
            int thread = t;
            threads.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    String json = """
                            {"type":"ManagementOversightRecorded","eventId":"mo-%d-%d","occurredAt":"2025-02-%02d","recordedBy":"x","managerId":"tm"}"""
                            .formatted(thread, i, 1 + i);
                    for (int send = 0; send < (i % 5 == 0 ? 2 : 1); send++) {
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = app.postJson("recorder", "/api/children/HOT/events", json).statusCode();
                        } catch (IOException e) {
                            failures.add(e.toString());
                            continue;
                        }
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                        if (status == 201) {
                            created.incrementAndGet();
                        } else if (status == 200) {
                            repeats.incrementAndGet();
                        } else {
                            failures.add("mo-" + thread + "-" + i + ": " + status);
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> thread : threads) {
            thread.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int requests = created.get() + repeats.get() + failures.size();
        Collections.sort(latencies);
        System.out.printf("LOAD one child: %d requests (%d retries of a stored event) from %d client threads in %.1f s = %.0f "
                          + "requests/s; 201 %d, 200 %d, other %d; latency p50 %d ms, p99 %d ms%n",
                requests, repeats.get(), CLIENT_THREADS, seconds, requests / seconds, created.get(), repeats.get(),
                failures.size(), latencies.get(latencies.size() / 2), latencies.get((int) (latencies.size() * 0.99)));
        assertThat(failures).isEmpty();
        assertThat(created.get()).isEqualTo(CLIENT_THREADS * perThread);

        JsonNode stream = JSON.readTree(app.get("auditor", "/api/children/HOT/events").body());
        List<String> ids = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        stream.get("events").forEach(event -> {
            ids.add(event.get("eventId").asString());
            sequences.add(event.get("sequence").asLong());
        });
        assertThat(ids).hasSize(1 + CLIENT_THREADS * perThread).doesNotHaveDuplicates();
        assertThat(sequences).containsExactlyElementsOf(LongStream.range(0, ids.size()).boxed().toList());
    }
}
