package uk.casemonitor.app.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * Rebuilds every read model by resetting the streaming event processors and replaying the whole
 * event store through them (Axon's replay support). The read model tables are emptied when the
 * replay starts, so until it completes the state is reported here, on every KPI answer and in the log.
 */
@Service
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    public enum State { IDLE, REBUILDING, COMPLETED }

    /**
     * @param eventsDone position the slowest processor segment has reached (global index)
     * @param eventsTotal head of the event store when the rebuild started
     */
    public record Status(State state, Instant startedAt, Instant finishedAt, long eventsDone, long eventsTotal,
                         double eventsPerSecond, List<String> processors) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TaskScheduler scheduler;
    private volatile Status status = new Status(State.IDLE, null, null, 0, 0, 0, List.of());
    private ScheduledFuture<?> monitor;
    private Instant lastLogged = Instant.EPOCH;

    public ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, TaskScheduler scheduler) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.scheduler = scheduler;
    }

    public Status status() {
        return status;
    }

    public boolean isRebuilding() {
        return status.state() == State.REBUILDING;
    }

    /** @throws IllegalStateException when a rebuild is already running */
    public synchronized Status start() {
        if (isRebuilding()) {
            throw new IllegalStateException("A rebuild is already running");
        }
        Collection<StreamingEventProcessor> processors = streamingProcessors();
        long head = eventStore.createHeadToken() == null ? 0 : eventStore.createHeadToken().position().orElse(0);
        Instant started = Instant.now();
        for (StreamingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        List<String> names = processors.stream().map(StreamingEventProcessor::getName).toList();
        status = new Status(State.REBUILDING, started, null, 0, head, 0, names);
        log.info("Rebuilding read models {}: replaying {} events", names, head);
        monitor = scheduler.scheduleWithFixedDelay(this::observe, Duration.ofMillis(250));
        return status;
    }

    private Collection<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                         .filter(StreamingEventProcessor.class::isInstance)
                         .map(StreamingEventProcessor.class::cast)
                         .toList();
    }

    private synchronized void observe() {
        if (!isRebuilding()) {
            return;
        }
        Status current = status;
        boolean finished = true;
        long slowest = Long.MAX_VALUE;
        for (StreamingEventProcessor processor : streamingProcessors()) {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            if (segments.isEmpty()) {
                finished = false;
            }
            for (EventTrackerStatus segment : segments) {
                long position = segment.getCurrentPosition().orElse(0);
                slowest = Math.min(slowest, position);
                // Axon keeps a segment flagged "replaying" until an event beyond the reset point arrives,
                // so completion is judged by position: everything up to the head at the start is processed.
                finished &= segment.getError() == null
                        && (position >= current.eventsTotal() || (!segment.isReplaying() && segment.isCaughtUp()));
            }
        }
        long done = slowest == Long.MAX_VALUE ? 0 : Math.min(slowest, current.eventsTotal());
        Instant now = Instant.now();
        double seconds = Math.max(0.001, Duration.between(current.startedAt(), now).toMillis() / 1000.0);
        if (finished) {
            done = current.eventsTotal();
        }
        double rate = done / seconds;
        status = new Status(finished ? State.COMPLETED : State.REBUILDING, current.startedAt(), finished ? now : null,
                            done, current.eventsTotal(), rate, current.processors());
        if (finished) {
            log.info("Read models rebuilt: {} events in {} s ({} events/s)", done, String.format("%.1f", seconds),
                     Math.round(rate));
            monitor.cancel(false);
        } else if (Duration.between(lastLogged, now).toSeconds() >= 2) {
            lastLogged = now;
            log.info("Rebuilding read models: {} / {} events ({} events/s)", done, current.eventsTotal(), Math.round(rate));
        }
    }
}
