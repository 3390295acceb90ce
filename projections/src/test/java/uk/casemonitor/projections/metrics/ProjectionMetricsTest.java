package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Lag is the head of the stream minus the slowest segment; status comes from Axon as reported. */
class ProjectionMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void lagIsTheHeadMinusTheSlowestSegmentAndAnErrorInAnySegmentCounts() {
        StreamingEventProcessor compliance = processor("compliance", true, false,
                Map.of(0, segment(OptionalLong.of(95), false), 1, segment(OptionalLong.of(70), true)));
        ProjectionMetrics metrics = new ProjectionMetrics(registry, "test-authority", () -> Map.of("compliance", compliance),
                                                          () -> new GlobalSequenceTrackingToken(100));
        metrics.sample();

        assertThat(value("compliance.projection.lag")).isEqualTo(30.0);
        assertThat(value("compliance.projection.running")).isEqualTo(1.0);
        assertThat(value("compliance.projection.error")).isEqualTo(1.0);
        assertThat(value("compliance.projection.replaying")).isZero();
    }

    @Test
    void aSegmentThatHasHandledNothingIsBehindByTheWholeStreamAndAnEmptyStoreByNothing() {
        StreamingEventProcessor fresh = processor("compliance", true, false, Map.of(0, segment(OptionalLong.empty(), false)));
        AtomicReference<GlobalSequenceTrackingToken> head = new AtomicReference<>(new GlobalSequenceTrackingToken(42));
        ProjectionMetrics metrics = new ProjectionMetrics(registry, "test-authority", () -> Map.of("compliance", fresh), head::get);
        metrics.sample();
        assertThat(value("compliance.projection.lag")).isEqualTo(42.0);

        head.set(null);
        metrics.sample();
        assertThat(value("compliance.projection.lag")).isZero();
    }

    @Test
    void noLagIsShownWhileThisNodeHoldsNoSegment() {
        StreamingEventProcessor elsewhere = processor("compliance", true, false, Map.of());
        new ProjectionMetrics(registry, "test-authority", () -> Map.of("compliance", elsewhere),
                              () -> new GlobalSequenceTrackingToken(5)).sample();
        assertThat(registry.find("compliance.projection.lag").gauge()).isNull();
        assertThat(value("compliance.projection.running")).isEqualTo(1.0);
    }

    private double value(String name) {
        return registry.get(name).tags("processor", "compliance", "authority", "test-authority").gauge().value();
    }

    private static StreamingEventProcessor processor(String name, boolean running, boolean error,
                                                     Map<Integer, EventTrackerStatus> segments) {
        return (StreamingEventProcessor) Proxy.newProxyInstance(ProjectionMetricsTest.class.getClassLoader(),
                new Class<?>[] {StreamingEventProcessor.class, EventProcessor.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "isRunning" -> running;
                    case "isError" -> error;
                    case "isReplaying" -> false;
                    case "processingStatus" -> segments;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static EventTrackerStatus segment(OptionalLong position, boolean inError) {
        return (EventTrackerStatus) Proxy.newProxyInstance(ProjectionMetricsTest.class.getClassLoader(),
                new Class<?>[] {EventTrackerStatus.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCurrentPosition" -> position;
                    case "isErrorState" -> inError;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
