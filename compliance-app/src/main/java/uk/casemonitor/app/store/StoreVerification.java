package uk.casemonitor.app.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.casemonitor.app.history.CaseHistory;
import uk.casemonitor.app.ingestion.EventStream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Proves a whole event store sound, as after a restore from backup: every stream's events are
 * numbered 0, 1, 2 ... with none missing, every one of them reads, and every stream's hash chain
 * still matches its events. The event count per stream is taken from the table itself, so events
 * that no longer read are counted too.
 */
@Component
public class StoreVerification {

    private static final Logger log = LoggerFactory.getLogger(StoreVerification.class);
    /** A summary lists this many broken streams in full; the count covers them all. */
    private static final int PROBLEMS_LISTED = 100;

    /** One stream as the event table holds it. */
    private record StoredStream(String streamId, long events, long firstSequence, long lastSequence) {
    }

    /** A stream that failed a check: its id, the first sequence number concerned, and what is wrong. */
    public record Problem(String streamId, Long sequence, String problem) {
    }

    /**
     * Where a verification has got, or its result once {@code state} is {@code DONE}.
     *
     * @param intact     when done: true if every stream passed every check
     * @param brokenStreams how many streams failed a check; the first {@value #PROBLEMS_LISTED} are in {@code problems}
     */
    public record Report(String state, Instant startedAt, Instant finishedAt, long streamsChecked, long streamsTotal,
                         long eventsChecked, long eventsTotal, double eventsPerSecond, Boolean intact, long brokenStreams,
                         List<Problem> problems) {

        static Report notRun() {
            return new Report("NOT_RUN", null, null, 0, 0, 0, 0, 0, null, 0, List.of());
        }

        @Override
        public String toString() {
            return "DONE".equals(state)
                    ? "%s: %d streams, %d events checked in %.1f s; %d broken stream(s)".formatted(
                    intact ? "Store intact" : "Store NOT intact", streamsChecked, eventsChecked,
                    Duration.between(startedAt, finishedAt).toMillis() / 1000.0, brokenStreams)
                    : "Verifying the store: %d/%d streams, %d/%d events, %.0f events/s".formatted(
                    streamsChecked, streamsTotal, eventsChecked, eventsTotal, eventsPerSecond);
        }
    }

    private final JdbcTemplate jdbc;
    private final CaseHistory history;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Report> latest = new AtomicReference<>(Report.notRun());

    public StoreVerification(JdbcTemplate jdbc, CaseHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The verification running now, or the last one's result. */
    public Report latest() {
        return latest.get();
    }

    /** Starts a verification on a thread of its own; empty if one is already running. */
    public Optional<Report> start() {
        if (!running.compareAndSet(false, true)) {
            return Optional.empty();
        }
        latest.set(new Report("RUNNING", clock.instant(), null, 0, 0, 0, 0, 0, null, 0, List.of()));
        Thread thread = new Thread(() -> {
            try {
                verifyWhileRunning(progress -> { });
            } catch (RuntimeException e) {
                log.error("Store verification failed", e);
                Report failed = latest.get();
                latest.set(new Report("FAILED", failed.startedAt(), clock.instant(), failed.streamsChecked(),
                        failed.streamsTotal(), failed.eventsChecked(), failed.eventsTotal(), 0, false,
                        failed.brokenStreams(), List.of(new Problem(null, null, "the verification stopped: " + e))));
            } finally {
                running.set(false);
            }
        }, "store-verification");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(latest.get());
    }

    /**
     * Verifies the whole store on the caller's thread (the command line's way), telling
     * {@code progress} about every two seconds.
     */
    public Report verify(Consumer<Report> progress) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("A store verification is already running");
        }
        try {
            return verifyWhileRunning(progress);
        } finally {
            running.set(false);
        }
    }

    private Report verifyWhileRunning(Consumer<Report> progress) {
        Instant started = clock.instant();
        List<StoredStream> streams = jdbc.query("""
                SELECT aggregateIdentifier, COUNT(*), MIN(sequenceNumber), MAX(sequenceNumber)
                FROM DomainEventEntry GROUP BY aggregateIdentifier ORDER BY aggregateIdentifier""",
                (row, n) -> new StoredStream(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)));
        long eventsTotal = streams.stream().mapToLong(StoredStream::events).sum();
        List<Problem> problems = new ArrayList<>();
        long broken = 0;
        long eventsChecked = 0;
        long streamsChecked = 0;
        long lastTold = System.nanoTime();
        for (StoredStream stream : streams) {
            Optional<Problem> problem = check(stream);
            if (problem.isPresent()) {
                broken++;
                if (problems.size() < PROBLEMS_LISTED) {
                    problems.add(problem.get());
                }
            }
            streamsChecked++;
            eventsChecked += stream.events();
            if (System.nanoTime() - lastTold >= 2_000_000_000L) {
                lastTold = System.nanoTime();
                Report soFar = report("RUNNING", started, null, streamsChecked, streams.size(), eventsChecked, eventsTotal,
                                      broken, problems);
                latest.set(soFar);
                log.info("{}", soFar);
                progress.accept(soFar);
            }
        }
        Report done = report("DONE", started, clock.instant(), streamsChecked, streams.size(), eventsChecked, eventsTotal,
                             broken, problems);
        latest.set(done);
        if (broken == 0) {
            log.info("{}", done);
        } else {
            log.warn("{}: {}", done, problems);
        }
        return done;
    }

    private Report report(String state, Instant started, Instant finished, long streamsChecked, long streamsTotal,
                          long eventsChecked, long eventsTotal, long broken, List<Problem> problems) {
        double seconds = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
        return new Report(state, started, finished, streamsChecked, streamsTotal, eventsChecked, eventsTotal,
                          Math.round(eventsChecked / seconds), "DONE".equals(state) ? broken == 0 : null, broken,
                          Collections.unmodifiableList(new ArrayList<>(problems)));
    }

    /** The first thing wrong with one stream, if any. */
    private Optional<Problem> check(StoredStream stored) {
        String id = stored.streamId();
        if (stored.firstSequence() != 0) {
            return Optional.of(new Problem(id, 0L, "events 0 to " + (stored.firstSequence() - 1) + " are missing"));
        }
        if (stored.lastSequence() + 1 != stored.events()) {
            return Optional.of(new Problem(id, firstGap(id), "numbered 0 to " + stored.lastSequence() + " but holds "
                                                             + stored.events() + " events: some are missing"));
        }
        Optional<Subject> subject = Subject.of(id);
        if (subject.isEmpty()) {
            return Optional.of(new Problem(id, null, "not a child's or a foster carer's stream"));
        }
        CaseHistory.Verification verification;
        try {
            verification = history.verify(subject.get().stream(), subject.get().id());
        } catch (RuntimeException unreadable) {
            return Optional.of(new Problem(id, null, "its events do not read: " + unreadable.getMessage()));
        }
        if (verification.events() != stored.events()) {
            return Optional.of(new Problem(id, null, "holds " + stored.events() + " events but " + verification.events()
                                                     + " read back"));
        }
        if (!verification.intact()) {
            return Optional.of(new Problem(id, verification.firstBrokenSequence(), "hash chain broken: " + verification.problem()));
        }
        return Optional.empty();
    }

    private Long firstGap(String streamId) {
        List<Long> sequences = jdbc.queryForList(
                "SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                Long.class, streamId);
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i) != i) {
                return (long) i;
            }
        }
        return null;
    }

    /** Which subject an event-store stream id belongs to. */
    private record Subject(EventStream<?> stream, String id) {

        static Optional<Subject> of(String streamId) {
            for (EventStream<?> stream : List.of(EventStream.CHILD_CASE, EventStream.FOSTER_CARER)) {
                String prefix = stream.streamIdOf().apply("");
                if (streamId.startsWith(prefix)) {
                    return Optional.of(new Subject(stream, streamId.substring(prefix.length())));
                }
            }
            return Optional.empty();
        }
    }
}
