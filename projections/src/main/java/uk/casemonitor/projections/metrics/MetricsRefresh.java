package uk.casemonitor.projections.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Recomputes the compliance snapshot and samples the projections on threads of their own, so that
 * a scrape never waits on SQL and a slow KPI refresh never holds up the deadline check. Each
 * refresh is timed ({@code compliance_metrics_refresh_seconds{part}}); a failed one is logged and
 * counted ({@code compliance_metrics_refresh_failures_total{part}}) and the previous figures stay
 * until the next succeeds.
 */
public class MetricsRefresh implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MetricsRefresh.class);
    private static final long BUSY_FACTOR = 3;

    private final ComplianceSnapshots snapshots;
    private final ComplianceGauges gauges;
    private final ProjectionMetrics projections;
    private final MeterRegistry registry;
    private final Tags common;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "compliance-metrics");
        thread.setDaemon(true);
        return thread;
    });

    public MetricsRefresh(ComplianceSnapshots snapshots, ComplianceGauges gauges, ProjectionMetrics projections,
                          MeterRegistry registry, String authority) {
        this.snapshots = snapshots;
        this.gauges = gauges;
        this.projections = projections;
        this.registry = registry;
        this.common = Tags.of("authority", authority);
    }

    /**
     * The first compliance snapshot is taken one interval after start: at start-up the projections
     * are still catching up, so earlier figures would be partial, and the SQL would compete with them.
     * After that the wait is the interval, or three times as long as the last snapshot took if that
     * is longer, so that on a large or busy database the KPI queries take at most a quarter of the time.
     */
    public void start(Duration complianceEvery, Duration projectionsEvery) {
        scheduleCompliance(complianceEvery.toMillis(), complianceEvery.toMillis());
        executor.scheduleWithFixedDelay(() -> run("projections", projections::sample),
                                        0, projectionsEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void scheduleCompliance(long everyMillis, long delayMillis) {
        try {
            executor.schedule(() -> {
                long started = System.nanoTime();
                run("compliance", () -> gauges.show(snapshots.take()));
                long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                scheduleCompliance(everyMillis, Math.max(everyMillis, BUSY_FACTOR * tookMillis));
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // Closed while a refresh ran: nothing more to schedule.
        }
    }

    private void run(String part, Runnable refresh) {
        Timer.Sample sample = Timer.start(registry);
        try {
            refresh.run();
        } catch (RuntimeException e) {
            Counter.builder("compliance.metrics.refresh.failures").tags(common).tag("part", part)
                   .description("Metric refreshes that failed; the previous figures stay").register(registry).increment();
            log.warn("Refreshing the {} metrics failed; the previous figures stay until the next refresh", part, e);
        } finally {
            sample.stop(Timer.builder("compliance.metrics.refresh").tags(common).tag("part", part)
                             .description("Time taken to recompute the figures behind the compliance gauges")
                             .register(registry));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
