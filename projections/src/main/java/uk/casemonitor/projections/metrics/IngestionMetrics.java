package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import uk.casemonitor.core.calendar.WorkingDayCalendar;
import uk.casemonitor.core.fostercarer.FosterCarerEvent;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A monitor on the event store: once an event is committed to a stream it counts it by type
 * ({@code compliance_events_ingested_total{type}}) and records how late it was recorded, in working
 * days from the day it happened to the day it was recorded ({@code compliance_recording_lateness_days{subject}},
 * buckets up to 0.5 (the same working day), 1, 2, 3, 5, 10, 20 and 60 working days; the recorded-late
 * measure counts more than 3 as late by default). Retries that store nothing, and rejected requests, are never committed, so never counted.
 */
public class IngestionMetrics implements MessageMonitor<Message<?>> {

    private static final double[] LATENESS_BUCKETS = {0.5, 1, 2, 3, 5, 10, 20, 60};

    private final MeterRegistry registry;
    private final WorkingDayCalendar calendar;
    private final Tags common;
    private final Map<String, Counter> byType = new ConcurrentHashMap<>();
    private final Map<String, DistributionSummary> lateness = new ConcurrentHashMap<>();

    public IngestionMetrics(MeterRegistry registry, WorkingDayCalendar calendar, String authority) {
        this.registry = registry;
        this.calendar = calendar;
        this.common = Tags.of("authority", authority);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (!(message.getPayload() instanceof PracticeEvent event)) {
            return NoOpMessageMonitorCallback.INSTANCE;
        }
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                committed(event);
            }

            @Override
            public void reportFailure(Throwable cause) {
            }

            @Override
            public void reportIgnored() {
            }
        };
    }

    private void committed(PracticeEvent event) {
        String type = event.getClass().getSimpleName();
        byType.computeIfAbsent(type, t -> Counter.builder("compliance.events.ingested")
                                                .description("Events committed to a child's or foster carer's stream, by type")
                                                .tags(common).tag("type", t).register(registry))
              .increment();
        if (event.occurredAt() != null && event.recordedAt() != null) {
            String subject = event instanceof FosterCarerEvent ? "foster_carer" : "child";
            int workingDaysLate = calendar.workingDaysBetween(event.occurredAt(), CaseTime.dateOf(event.recordedAt()));
            lateness.computeIfAbsent(subject, s -> DistributionSummary.builder("compliance.recording.lateness")
                                                   .description("Working days from an event happening to its being recorded")
                                                   .baseUnit("days").serviceLevelObjectives(LATENESS_BUCKETS)
                                                   .tags(common).tag("subject", s).register(registry))
                    .record(Math.max(0, workingDaysLate));
        }
    }
}
