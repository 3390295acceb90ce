package uk.casemonitor.app.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casemonitor.core.rules.SubjectKind;
import uk.casemonitor.projections.compliance.ComplianceProjection;
import uk.casemonitor.projections.kpi.DeferredRollup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds every read model from the event store, in two phases: the streaming processors are reset
 * and replay every event (Axon's replay support), marking each child and carer they pass; then each
 * marked subject is recomputed once, from its whole stream, on several threads. The read model
 * tables are emptied when the replay starts, so until the rebuild completes its state is reported
 * here, on every KPI answer and in the log.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final int SUBJECTS_PER_TRANSACTION = 500;
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

    public enum State { IDLE, REPLAYING, RECOMPUTING, COMPLETED }

    /**
     * @param eventsDone    position the slowest processor segment has reached (global index)
     * @param eventsTotal   head of the event store when the rebuild started
     * @param subjectsDone  children and carers recomputed after the replay
     * @param subjectsTotal children and carers the replay marked for recomputation
     */
    public record Status(State state, Instant startedAt, Instant finishedAt, long eventsDone, long eventsTotal,
                         double eventsPerSecond, long subjectsDone, long subjectsTotal, List<String> processors) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TaskScheduler scheduler;
    private final ComplianceProjection projection;
    private final TransactionTemplate transactions;
    private final int threads;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private volatile Status status = new Status(State.IDLE, null, null, 0, 0, 0, 0, 0, List.of());
    private final Clock clock;
    private ScheduledFuture<?> monitor;
    /** Progress is logged at most every two seconds, measured on the monotonic timer (a test clock may stand still). */
    private long lastLoggedNanos = System.nanoTime() - LOG_EVERY_NANOS;
    private volatile long startedNanos;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, TaskScheduler scheduler,
                             ComplianceProjection projection, TransactionTemplate transactions, JdbcTemplate jdbc,
                             Serializer serializer, @Value("${compliance.rebuild.threads:0}") int threads,
                             Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processing = processing;
        this.eventStore = eventStore;
        this.scheduler = scheduler;
        this.projection = projection;
        this.transactions = transactions;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public Status status() {
        return status;
    }

    public boolean isRebuilding() {
        return status.state() == State.REPLAYING || status.state() == State.RECOMPUTING;
    }

    /** @throws IllegalStateException when a rebuild is already running */
    public synchronized Status start() {
        if (isRebuilding()) {
            throw new IllegalStateException("A rebuild is already running");
        }
        Collection<StreamingEventProcessor> processors = streamingProcessors();
        long head = eventStore.createHeadToken() == null ? 0 : eventStore.createHeadToken().position().orElse(0);
        long stopping = System.nanoTime();
        for (StreamingEventProcessor processor : processors) {
            awaitSegmentsClaimed(processor);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        startedNanos = System.nanoTime();
        Instant started = clock.instant();
        List<String> names = processors.stream().map(StreamingEventProcessor::getName).toList();
        status = new Status(State.REPLAYING, started, null, 0, head, 0, 0, 0, names);
        log.info("Rebuilding read models {}: replaying {} events (stopping and resetting the processors took {} ms)",
                 names, head, (startedNanos - stopping) / 1_000_000);
        monitor = scheduler.scheduleWithFixedDelay(this::observeReplay, Duration.ofMillis(250));
        return status;
    }

    /** A rebuild interrupted by a stop leaves subjects pending: finish them when the app is back. */
    @EventListener(ApplicationReadyEvent.class)
    public void finishInterruptedRebuild() {
        long pending = projection.pending().count();
        if (pending > 0 && !isRebuilding()) {
            log.info("{} children and carers are pending recomputation from an interrupted rebuild", pending);
            startedNanos = System.nanoTime();
            status = new Status(State.RECOMPUTING, clock.instant(), null, 0, 0, 0, 0, pending, List.of());
            scheduler.schedule(this::recompute, scheduler.getClock().instant());
        }
    }

    /**
     * A processor shut down while its launcher is still claiming segments can come back unable to
     * start a worker (Axon waits only a second for the launcher), so let a starting one settle first.
     */
    public static void awaitSegmentsClaimed(StreamingEventProcessor processor) {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (processor.isRunning() && processor.processingStatus().isEmpty() && System.nanoTime() < giveUpAt) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * How far the slowest segment of any streaming processor has got, by the tokens committed in the
     * token store (with the pending marks of the batches before them) rather than by this node's
     * threads: a segment no thread has claimed yet, or another node holds, is counted too, so the
     * replay is never judged done while part of the event store is still unread.
     */
    public long slowestStoredPosition() {
        long slowest = Long.MAX_VALUE;
        for (StreamingEventProcessor processor : streamingProcessors()) {
            List<Long> positions = jdbc.query("SELECT token, tokenType FROM TokenEntry WHERE processorName = ?",
                    (rs, row) -> {
                        byte[] token = rs.getBytes(1);
                        return token == null ? 0L : serializer.<byte[], TrackingToken>deserialize(
                                new SimpleSerializedObject<>(token, byte[].class, rs.getString(2), null))
                                .position().orElse(0);
                    }, processor.getName());
            slowest = Math.min(slowest, positions.stream().mapToLong(Long::longValue).min().orElse(0));
        }
        return slowest == Long.MAX_VALUE ? 0 : slowest;
    }

    private Collection<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                         .filter(StreamingEventProcessor.class::isInstance)
                         .map(StreamingEventProcessor.class::cast)
                         .toList();
    }

    private synchronized void observeReplay() {
        if (status.state() != State.REPLAYING) {
            return;
        }
        Status current = status;
        boolean failed = streamingProcessors().stream().anyMatch(processor -> processor.processingStatus().values()
                .stream().anyMatch(segment -> segment.getError() != null));
        long slowest = slowestStoredPosition();
        boolean finished = !failed && slowest >= current.eventsTotal();
        long done = Math.min(slowest, current.eventsTotal());
        long now = System.nanoTime();
        double rate = done / Math.max(0.001, (now - startedNanos) / 1e9);
        status = new Status(finished ? State.RECOMPUTING : State.REPLAYING, current.startedAt(), null, done,
                            current.eventsTotal(), rate, 0, finished ? projection.pending().count() : 0, current.processors());
        if (finished) {
            monitor.cancel(false);
            log.info("Replay of {} events done; recomputing {} children and carers", done, status.subjectsTotal());
            scheduler.schedule(() -> {
                projection.clearForFullRecompute();
                recompute();
            }, scheduler.getClock().instant());
        } else if (now - lastLoggedNanos >= LOG_EVERY_NANOS) {
            lastLoggedNanos = now;
            log.info("Rebuilding read models: replayed {} / {} events ({} events/s)", done, current.eventsTotal(),
                     Math.round(rate));
        }
    }

    private void recompute() {
        List<Map.Entry<SubjectKind, String>> subjects = projection.pending().next(Integer.MAX_VALUE);
        DeferredRollup rollupChanges = projection.startFullRecompute(transactions);
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < subjects.size(); from += SUBJECTS_PER_TRANSACTION) {
                List<Map.Entry<SubjectKind, String>> chunk =
                        subjects.subList(from, Math.min(subjects.size(), from + SUBJECTS_PER_TRANSACTION));
                chunks.add(pool.submit(() -> {
                    projection.recomputePending(transactions, chunk, rollupChanges);
                    progress(done.addAndGet(chunk.size()), subjects.size());
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } catch (Exception e) {
            log.error("Recomputing after the replay failed; the remaining subjects stay pending and are retried at the next start", e);
        } finally {
            pool.shutdown();
        }
        try {
            // Every transaction that committed has added its roll-up changes once the pool is done.
            pool.awaitTermination(1, TimeUnit.HOURS);
            projection.finishFullRecompute(transactions, rollupChanges);
        } catch (Exception e) {
            log.error("Writing the KPI roll-up after the recompute failed; it is made again from the read model at the next start", e);
        }
        Status current = status;
        double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
        status = new Status(State.COMPLETED, current.startedAt(), clock.instant(), current.eventsTotal(), current.eventsTotal(),
                            current.eventsTotal() / seconds, done.get(), subjects.size(), current.processors());
        log.info("Read models rebuilt: {} events and {} children and carers in {} s", current.eventsTotal(), done.get(),
                 String.format("%.1f", seconds));
    }

    private synchronized void progress(long done, long total) {
        Status current = status;
        status = new Status(State.RECOMPUTING, current.startedAt(), null, current.eventsDone(), current.eventsTotal(),
                            current.eventsPerSecond(), done, total, current.processors());
        long now = System.nanoTime();
        if (now - lastLoggedNanos >= LOG_EVERY_NANOS) {
            lastLoggedNanos = now;
            log.info("Rebuilding read models: recomputed {} / {} children and carers", done, total);
        }
    }
}
