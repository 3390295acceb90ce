package uk.casemonitor.app.reliability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Several client threads streaming each child's {@link CaseScript} at the app, one event per
 * request, in order per child, keeping what the app acknowledged (2xx), what it refused, and the
 * request that was in flight when the connection died (in doubt: stored or not, the client cannot
 * know, and a real client would send it again).
 */
final class EventWriters {

    interface Poster {
        HttpResponse<String> post(String childId, String json) throws IOException;
    }

    /** What happened to one child's events. */
    static final class ChildLog {
        final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        volatile String inDoubt;
    }

    private final long seed;
    private final Map<String, ChildLog> logs = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger connectionFailures = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();

    EventWriters(long seed) {
        this.seed = seed;
    }

    /**
     * Streams until every child's events are sent, {@code stop} says so, a connection fails, or the
     * time limit passes.
     *
     * @return how long it ran
     */
    Duration run(Poster poster, List<String> children, int threads, BooleanSupplier stop, Duration limit) {
        Instant started = Instant.now();
        Instant deadline = started.plus(limit);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> share = new ArrayList<>();
            for (int i = t; i < children.size(); i += threads) {
                share.add(children.get(i));
            }
            running.add(pool.submit(() -> write(poster, share, stop, deadline)));
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("Writers did not stop");
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Duration.between(started, Instant.now());
    }

    private void write(Poster poster, List<String> children, BooleanSupplier stop, Instant deadline) {
        for (String child : children) {
            ChildLog log = logs.computeIfAbsent(child, id -> new ChildLog());
            for (String json : CaseScript.eventsOf(child, seed)) {
                if (stop.getAsBoolean() || Instant.now().isAfter(deadline)) {
                    return;
                }
                long start = System.nanoTime();
                HttpResponse<String> response;
                try {
                    response = poster.post(child, json);
                } catch (IOException connectionLost) {
                    log.inDoubt = json;
                    connectionFailures.incrementAndGet();
                    return;
                }
                latenciesMicros.add((System.nanoTime() - start) / 1000);
                int status = response.statusCode();
                if (status / 100 == 2) {
                    log.acknowledged.add(json);
                    acknowledged.incrementAndGet();
                } else {
                    (status >= 500 ? serverErrors : refused).incrementAndGet();
                    problems.add(child + " " + CaseScript.eventIdOf(json) + ": " + status + " " + response.body());
                    break;
                }
            }
        }
    }

    Map<String, ChildLog> logs() {
        return logs;
    }

    int acknowledged() {
        return acknowledged.get();
    }

    int refused() {
        return refused.get();
    }

    int serverErrors() {
        return serverErrors.get();
    }

    int connectionFailures() {
        return connectionFailures.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The given percentile (0-100) of request latency, in milliseconds. */
    double latencyMillis(double percentile) {
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(percentile / 100 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
