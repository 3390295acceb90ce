package uk.casemonitor.tools.generator;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import uk.casemonitor.app.config.MonitoringStart;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.core.recording.CaseTime;

import java.time.Clock;
import java.util.stream.Stream;

/**
 * Demo mode ({@code --demo}, or {@code compliance.demo.enabled=true}): when the web application
 * starts on an empty event store, a synthetic authority is generated and imported in the background
 * through the same ingestion and checks as {@code import --file}, so the monitor has five years of practice
 * to show. Scale and seed are {@code compliance.demo.scale} (default 1) and
 * {@code compliance.demo.seed} (default 42). A store that already holds events is left alone. Monitoring
 * begins where the generated history does, unless {@code compliance.monitoring-from} says otherwise.
 */
@Component
public class DemoMode implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final ApplicationContext context;
    private final EventIngestion ingestion;
    private final EventStorageEngine storageEngine;
    private final Clock clock;
    private final MonitoringStart monitoringStart;
    private final boolean enabled;
    private final double scale;
    private final long seed;
    private Thread importing;

    DemoMode(ApplicationContext context, EventIngestion ingestion, EventStorageEngine storageEngine, Clock clock,
             MonitoringStart monitoringStart,
             @Value("${compliance.demo.enabled:false}") boolean enabled,
             @Value("${compliance.demo.scale:1}") double scale,
             @Value("${compliance.demo.seed:" + GeneratorSettings.DEFAULT_SEED + "}") long seed) {
        this.context = context;
        this.ingestion = ingestion;
        this.storageEngine = storageEngine;
        this.clock = clock;
        this.monitoringStart = monitoringStart;
        this.enabled = enabled;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Only the web application: the import command starts the same context without a web server.
        if (!(enabled || args.containsOption("demo")) || !(context instanceof WebServerApplicationContext)) {
            return;
        }
        if (!storeIsEmpty()) {
            log.info("Demo mode: the event store already holds events, so no demo authority is generated");
            return;
        }
        GeneratorSettings settings = GeneratorSettings.defaults(CaseTime.dateOf(clock.instant()))
                                                      .withScale(scale).withSeed(seed);
        // What came before the generated history is a migration's summary, not monitored practice.
        monitoringStart.historyBeginsOn(settings.startDate(), "the demo authority, whose history begins then");
        importing = new Thread(() -> generateAndImport(settings), "demo-authority");
        importing.setDaemon(true);
        importing.start();
    }

    private void generateAndImport(GeneratorSettings settings) {
        log.info("Demo mode: generating and importing an authority at scale {} (seed {}), {} years to {}",
                 settings.scale(), settings.seed(), settings.years(), settings.endDate());
        try {
            ImportSummary summary = new GeneratedAuthorityImport(ingestion).record(new AuthorityGenerator(settings),
                    refused -> log.warn("Demo mode: generated events refused, {}", refused),
                    soFar -> log.info("Demo mode: {}", soFar));
            log.info("Demo mode: {}{}", summary, Thread.currentThread().isInterrupted() ? " (stopped at shutdown)" : " (import finished)");
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                log.error("Demo mode: the import failed", e);
            }
        }
    }

    private boolean storeIsEmpty() {
        try (Stream<?> events = storageEngine.readEvents(null, false)) {
            return events.findFirst().isEmpty();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        if (importing != null) {
            importing.interrupt();
            importing.join(10_000);
        }
    }
}
