package uk.casemonitor.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.core.recording.CaseTime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill -9 in the middle of a stream of writes: every event the app acknowledged is in the store
 * after a restart, none twice, nothing that was never sent; the in-flight requests can be sent
 * again safely; and the read model catches up to exactly what an uninterrupted run of the same
 * acknowledged events produces.
 */
abstract class CrashSafetyContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20241124L;
    private static final int WRITERS = 4;
    private static final int KILL_AFTER_ACKNOWLEDGED = 250;

    @TempDir
    Path work;

    /** Database settings for the app that is killed and restarted. */
    protected abstract Map<String, String> crashedDatabase(Path work);

    /** Database settings for the uninterrupted reference run, a fresh database. */
    protected abstract Map<String, String> referenceDatabase(Path work);

    protected abstract String[] profiles();

    @Test
    void everyAcknowledgedEventSurvivesAKillAndTheReadModelMatchesAnUninterruptedRun() throws IOException {
        List<String> children = IntStream.range(0, 80).mapToObj(i -> "K-%03d".formatted(i)).toList();
        EventWriters writers = new EventWriters(SEED);
        Map<String, String> database = crashedDatabase(work);
        String asOf = CaseTime.dateOf(Instant.now()).toString();

        long started = System.nanoTime();
        AppProcess crashing = AppProcess.start(database, AppProcess.logFile(getClass().getSimpleName() + "-first-run"), profiles());
        phase(started, "started");
        Thread killer = new Thread(() -> {
            Instant deadline = Instant.now().plusSeconds(90);
            while (writers.acknowledged() < KILL_AFTER_ACKNOWLEDGED && Instant.now().isBefore(deadline)) {
                AppProcess.sleep(5);
            }
            crashing.kill();
        });
        killer.start();
        writers.run((child, json) -> crashing.postJson("recorder", "/api/children/" + child + "/events", json),
                    children, WRITERS, () -> false, Duration.ofSeconds(120));
        join(killer);
        assertThat(writers.problems()).as("refused or failed requests before the kill").isEmpty();
        assertThat(writers.acknowledged()).isGreaterThanOrEqualTo(KILL_AFTER_ACKNOWLEDGED);
        assertThat(writers.connectionFailures()).as("writers cut off by the kill").isPositive();
        phase(started, "killed");
        System.out.printf("Crash safety: killed after %d acknowledged events, %d requests in flight%n",
                          writers.acknowledged(), writers.connectionFailures());

        Map<String, List<String>> acknowledged = new TreeMap<>();
        try (AppProcess restarted = AppProcess.start(database, AppProcess.logFile(getClass().getSimpleName() + "-second-run"), profiles())) {
            int inDoubtStored = 0;
            for (Map.Entry<String, EventWriters.ChildLog> child : writers.logs().entrySet()) {
                List<String> acked = List.copyOf(child.getValue().acknowledged);
                String inDoubt = child.getValue().inDoubt;
                List<String> stored = storedEventIds(restarted, child.getKey());
                Set<String> sent = new HashSet<>(ids(acked));
                if (inDoubt != null) {
                    sent.add(CaseScript.eventIdOf(inDoubt));
                    inDoubtStored += stored.contains(CaseScript.eventIdOf(inDoubt)) ? 1 : 0;
                }
                assertThat(stored).as("child %s after the restart", child.getKey())
                        .doesNotHaveDuplicates().containsAll(ids(acked));
                assertThat(sent).as("child %s: nothing stored that was not sent", child.getKey()).containsAll(stored);
                List<String> events = new ArrayList<>(acked);
                if (inDoubt != null) {
                    // The client never heard back: it sends the request again, which stores it at most once.
                    int status = restarted.postJson("recorder", "/api/children/" + child.getKey() + "/events", inDoubt)
                                          .statusCode();
                    assertThat(status).as("resending %s's in-doubt event", child.getKey()).isIn(200, 201);
                    events.add(inDoubt);
                    assertThat(storedEventIds(restarted, child.getKey())).doesNotHaveDuplicates()
                            .containsExactlyInAnyOrderElementsOf(ids(events));
                }
                if (!events.isEmpty()) {
                    acknowledged.put(child.getKey(), events);
                }
            }
            System.out.printf("Crash safety: of the in-flight requests, %d had been stored before the kill%n", inDoubtStored);
            phase(started, "restarted and checked");
            awaitCaughtUp(path -> get(restarted, path));
            phase(started, "caught up");
            JsonNode kpisAfterCrash = kpis(path -> get(restarted, path), asOf);
            Set<String> breachesAfterCrash = breaches(path -> get(restarted, path));

            try (RunningApp reference = RunningApp.start(referenceDatabase(work), profiles())) {
                // Children in parallel, each child's events in the order they were acknowledged.
                List<Integer> statuses = acknowledged.entrySet().parallelStream()
                        .flatMap(child -> child.getValue().stream().map(json -> reference.as("recorder")
                                .postJson("/api/children/" + child.getKey() + "/events", json).statusCode()))
                        .toList();
                assertThat(statuses).hasSize(acknowledged.values().stream().mapToInt(List::size).sum()).containsOnly(201);
                phase(started, "reference recorded");
                awaitCaughtUp(path -> reference.get(path).body());
                phase(started, "reference caught up");
                assertThat(kpisAfterCrash).isEqualTo(kpis(path -> reference.get(path).body(), asOf));
                assertThat(breachesAfterCrash).isEqualTo(breaches(path -> reference.get(path).body()));
                assertThat(breachesAfterCrash).isNotEmpty();
            }
        }
    }

    private static void phase(long started, String what) {
        System.out.printf("Crash safety: %s at %.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    private static List<String> ids(List<String> events) {
        return events.stream().map(CaseScript::eventIdOf).toList();
    }

    private static List<String> storedEventIds(AppProcess app, String child) throws IOException {
        var response = app.get("auditor", "/api/children/" + child + "/events");
        if (response.statusCode() == 404) {
            return List.of();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("events").forEach(event -> ids.add(event.get("eventId").asString()));
        return ids;
    }

    private static String get(AppProcess app, String path) {
        try {
            return app.get(RunningApp.DEFAULT_USER, path).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void awaitCaughtUp(Function<String, String> get) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!JSON.readTree(get.apply("/api/admin/processors")).get("caughtUp").asBoolean()) {
            assertThat(Instant.now()).as("read model caught up in time").isBefore(deadline);
            AppProcess.sleep(200);
        }
    }

    static JsonNode kpis(Function<String, String> get, String asOf) {
        return JSON.readTree(get.apply("/api/kpis?asOf=" + asOf)).get("kpis");
    }

    /**
     * The breaches standing in the register, as subject, obligation and status. Withdrawn ones are
     * left out: a breach raised while the rest of a child's events were still arriving, then
     * withdrawn when they came, is history of the register that depends on timing (when the clock
     * check ran, where a batch ended), not on the events. When each was raised differs too.
     */
    static Set<String> breaches(Function<String, String> get) {
        Set<String> breaches = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode result = JSON.readTree(get.apply("/api/breaches?size=500&page=" + page));
            result.get("breaches").forEach(breach -> {
                if (!breach.get("status").asString().equals("WITHDRAWN")) {
                    breaches.add(breach.get("subjectId").asString() + " " + breach.get("obligationKey").asString() + " "
                                 + breach.get("status").asString());
                }
            });
            if ((long) (page + 1) * 500 >= result.get("total").asLong()) {
                return breaches;
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
