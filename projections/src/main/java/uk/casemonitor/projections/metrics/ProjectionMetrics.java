package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How far each event processor (projection) is behind the event store, and whether it runs:
 * <ul>
 *   <li>{@code compliance_projection_lag_events{processor}}: the head of the event stream minus the
 *       position of the processor's slowest segment claimed on this node (global-index positions, so
 *       a gap left by a rolled-back insert counts as one); absent while no segment is claimed here</li>
 *   <li>{@code compliance_projection_running{processor}}, {@code compliance_projection_error{processor}}
 *       (the processor, or any of its segments, in error) and {@code compliance_projection_replaying{processor}}: 1 or 0</li>
 * </ul>
 * Reading the head is a query on the event store, so {@link #sample()} runs in the background.
 */
public class ProjectionMetrics {

    private final Supplier<Map<String, EventProcessor>> processors;
    private final Supplier<TrackingToken> head;
    private final SnapshotGauge lag;
    private final SnapshotGauge running;
    private final SnapshotGauge error;
    private final SnapshotGauge replaying;

    public ProjectionMetrics(MeterRegistry registry, String authority, Supplier<Map<String, EventProcessor>> processors,
                             Supplier<TrackingToken> head) {
        this.processors = processors;
        this.head = head;
        Tags common = Tags.of("authority", authority);
        lag = new SnapshotGauge(registry, "compliance.projection.lag", "events",
                "Events between the head of the event store and the processor's slowest segment", common);
        running = new SnapshotGauge(registry, "compliance.projection.running", null, "1 if the processor is running", common);
        error = new SnapshotGauge(registry, "compliance.projection.error", null, "1 if the processor or a segment is in error", common);
        replaying = new SnapshotGauge(registry, "compliance.projection.replaying", null, "1 while the processor replays", common);
    }

    public void sample() {
        Map<String, EventProcessor> all = processors.get();
        TrackingToken headToken = head.get();
        long headPosition = headToken == null ? 0 : headToken.position().orElse(0);
        Map<Tags, Double> lags = new HashMap<>();
        Map<Tags, Double> runs = new HashMap<>();
        Map<Tags, Double> errors = new HashMap<>();
        Map<Tags, Double> replays = new HashMap<>();
        all.forEach((name, processor) -> {
            Tags tags = Tags.of("processor", name);
            runs.put(tags, flag(processor.isRunning()));
            boolean inError = processor.isError();
            boolean replay = false;
            if (processor instanceof StreamingEventProcessor streaming) {
                Collection<EventTrackerStatus> segments = streaming.processingStatus().values();
                inError |= segments.stream().anyMatch(EventTrackerStatus::isErrorState);
                replay = streaming.isReplaying();
                segments.stream()
                        // No position yet: nothing handled, the whole stream is ahead of it.
                        .mapToLong(segment -> headPosition - segment.getCurrentPosition().orElse(0))
                        .max()
                        .ifPresent(behind -> lags.put(tags, (double) Math.max(0, behind)));
            }
            errors.put(tags, flag(inError));
            replays.put(tags, flag(replay));
        });
        lag.show(lags);
        running.show(runs);
        error.show(errors);
        replaying.show(replays);
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
