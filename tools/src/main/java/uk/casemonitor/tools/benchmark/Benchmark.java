package uk.casemonitor.tools.benchmark;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventTableFactory;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.app.config.H2EventTableFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import uk.casemonitor.app.CaseMonitorApplication;
import uk.casemonitor.app.admin.ProjectionRebuild;
import uk.casemonitor.tools.generator.AuthorityGenerator;
import uk.casemonitor.tools.generator.GeneratedSubject;
import uk.casemonitor.tools.generator.GeneratorSettings;
import uk.casemonitor.app.ingestion.EventIngestion;
import uk.casemonitor.app.ingestion.EventJson;
import uk.casemonitor.app.ingestion.EventStream;
import uk.casemonitor.app.ingestion.RecordingMode;
import uk.casemonitor.app.history.CaseHistory;
import uk.casemonitor.core.childcase.AbuseCategory;
import uk.casemonitor.core.childcase.ChildCaseEvent;
import uk.casemonitor.core.childcase.ChildProtectionPlanStarted;
import uk.casemonitor.core.childcase.VisitMade;
import uk.casemonitor.core.childcase.VisitType;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.core.recording.PracticeEvent;
import uk.casemonitor.core.rules.KpiDefinition;
import uk.casemonitor.projections.breach.BreachQueries;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.projections.kpi.KpiTrends;
import uk.casemonitor.projections.kpi.TrendStep;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code java -jar compliance-app.jar benchmark [--scale 1] [--postgres] [--threads 2]}: one run, one
 * database, printing: events/s through the real command path (JSON validation, command bus,
 * aggregates, event store); the same events by plain JDBC batch inserts into an identical table
 * (the physical limit) and the ratio; full projection rebuild time and events/s; KPI, breach and
 * case-history query latencies (p50/p99); peak heap.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /**
     * @param subjectsPerBulk Axon scans the events already staged in a unit of work each time it loads
     *                        another aggregate into it, so a bulk is kept to a few subjects (10): enough
     *                        to share a transaction, few enough that the scan stays cheap
     * @param skipCatchUp     at large scales the live catch-up takes longest and measures nothing the
     *                        rebuild doesn't
     */
    public record Settings(double scale, int threads, boolean postgres, String postgresUrl, int subjectsPerBulk,
                           boolean skipCatchUp) {

        public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
        public static final int DEFAULT_SUBJECTS_PER_BULK = 10;
    }

    public static int run(Settings settings) throws Exception {
        double scale = settings.scale();
        int threads = settings.threads();
        boolean postgres = settings.postgres();
        Path dataDir = Files.createTempDirectory("casemonitor-benchmark");
        List<String> appArgs = new ArrayList<>(List.of("--compliance.data-dir=" + dataDir, "--logging.level.root=WARN",
                "--logging.level.uk.casemonitor=INFO", "--compliance.deadline-check=1h",
                // The dashboards' background KPI refresh would compete with what is being measured.
                "--compliance.metrics.refresh=1h"));
        String schema = null;
        if (postgres) {
            schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String url = settings.postgresUrl();
            try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "")) {
                connection.createStatement().execute("CREATE SCHEMA " + schema);
            }
            appArgs.add("--spring.datasource.url=" + url + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
        }
        System.out.printf("Benchmark: scale %s, %d threads, %s, %d cores, max heap %d MiB%n", scale, threads,
                postgres ? "PostgreSQL" : "H2 file", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        SpringApplicationBuilder builder = new SpringApplicationBuilder(CaseMonitorApplication.class)
                .web(WebApplicationType.NONE);
        if (postgres) {
            builder.profiles("postgres");
        }
        try (ConfigurableApplicationContext context = builder.run(appArgs.toArray(String[]::new))) {
            Results results = new Results();
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            // Ingestion is measured on its own; the projections are then measured by the rebuild.
            processing.eventProcessors().values().forEach(processor -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    ProjectionRebuild.awaitSegmentsClaimed(streaming);
                }
                processor.shutDown();
            });

            List<GeneratedSubject<?>> subjects = generate(scale, results);
            List<List<EventIngestion.SubjectBatch>> bulks = asJsonBulks(context, subjects, settings.subjectsPerBulk());
            ingest(context, bulks, threads, results);
            rawJdbc(context, subjects, threads, results);
            rebuild(context, results, settings.skipCatchUp());
            queries(context, subjects, results);
            trends(context, results);
            longHistory(context, results);
            results.put("peak heap", peakHeapMiB() + " MiB");
            results.print();
        } finally {
            deleteRecursively(dataDir);
            if (postgres) {
                String url = settings.postgresUrl();
                try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "")) {
                    connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
        return 0;
    }

    private static List<GeneratedSubject<?>> generate(double scale, Results results) {
        long start = System.nanoTime();
        GeneratorSettings settings = GeneratorSettings.defaults(LocalDate.now(CaseTime.ZONE)).withScale(scale);
        List<GeneratedSubject<?>> subjects = new AuthorityGenerator(settings).subjects().toList();
        long events = subjects.stream().mapToLong(s -> s.events().size()).sum();
        results.put("generated", "%,d events for %,d children and carers in %.1f s".formatted(events, subjects.size(),
                seconds(start)));
        results.events = events;
        return subjects;
    }

    /** The import path takes JSON: turning the generated records into it is not part of what is measured. */
    private static List<List<EventIngestion.SubjectBatch>> asJsonBulks(ConfigurableApplicationContext context,
                                                                   List<GeneratedSubject<?>> subjects, int subjectsPerBulk) {
        EventJson eventJson = context.getBean(EventJson.class);
        JsonMapper mapper = context.getBean(JsonMapper.class);
        List<List<EventIngestion.SubjectBatch>> bulks = new ArrayList<>();
        List<EventIngestion.SubjectBatch> bulk = new ArrayList<>();
        for (GeneratedSubject<?> subject : subjects) {
            for (int from = 0; from < subject.events().size(); from += 1000) {
                ArrayNode array = mapper.createArrayNode();
                subject.events().subList(from, Math.min(subject.events().size(), from + 1000))
                       .forEach(event -> array.add(eventJson.write(event)));
                bulk.add(new EventIngestion.SubjectBatch(subject.stream(), subject.id(), array));
                if (bulk.size() == subjectsPerBulk) {
                    bulks.add(bulk);
                    bulk = new ArrayList<>();
                }
            }
        }
        if (!bulk.isEmpty()) {
            bulks.add(bulk);
        }
        return bulks;
    }

    private static void ingest(ConfigurableApplicationContext context, List<List<EventIngestion.SubjectBatch>> bulks,
                               int threads, Results results) throws Exception {
        EventIngestion ingestion = context.getBean(EventIngestion.class);
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (List<EventIngestion.SubjectBatch> bulk : bulks) {
            done.add(pool.submit(() -> refused.addAndGet(ingestion.recordInBulk(bulk, RecordingMode.IMPORT).refused().size())));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double seconds = seconds(start);
        results.ingestRate = results.events / seconds;
        results.put("ingestion (command path)", "%,d events in %.1f s: %,.0f events/s (%d subjects refused)"
                .formatted(results.events, seconds, results.ingestRate, refused.get()));
    }

    /** The same events, serialized as the event store does, batch-inserted into an identical table. */
    private static void rawJdbc(ConfigurableApplicationContext context, List<GeneratedSubject<?>> subjects, int threads,
                                Results results) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        boolean postgres = context.getBean(uk.casemonitor.projections.database.DatabaseDialect.class).isPostgres();
        DataSource dataSource = context.getBean(DataSource.class);
        // The same table definition the event store was created with, under another name.
        try (Connection connection = dataSource.getConnection()) {
            EventSchema schema = EventSchema.builder().eventTable("bench_raw_event").build();
            EventTableFactory factory = postgres ? PostgresEventTableFactory.INSTANCE : H2EventTableFactory.INSTANCE;
            factory.createDomainEventTable(connection, schema).executeUpdate();
        }
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        int chunk = Math.max(1, subjects.size() / (threads * 20));
        for (int from = 0; from < subjects.size(); from += chunk) {
            List<GeneratedSubject<?>> slice = subjects.subList(from, Math.min(subjects.size(), from + chunk));
            done.add(pool.submit(() -> {
                insertRaw(dataSource, serializer, slice, postgres);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double seconds = seconds(start);
        double rate = results.events / seconds;
        results.put("raw JDBC batch insert", "%,d rows in %.1f s: %,.0f rows/s".formatted(results.events, seconds, rate));
        results.put("command path / raw JDBC", "%.0f%%".formatted(100 * results.ingestRate / rate));
    }

    private static void insertRaw(DataSource dataSource, Serializer serializer, List<GeneratedSubject<?>> slice,
                                  boolean postgres) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO bench_raw_event (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                                 payload, payloadRevision, payloadType, timeStamp)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int pending = 0;
                for (GeneratedSubject<?> subject : slice) {
                    String aggregate = subject.stream().streamIdOf().apply(subject.id());
                    long sequence = 0;
                    for (PracticeEvent event : subject.events()) {
                        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
                        insert.setString(1, aggregate);
                        insert.setLong(2, sequence++);
                        insert.setString(3, subject.isChild() ? "ChildCase" : "FosterCarer");
                        insert.setString(4, IdentifierFactory.getInstance().generateIdentifier());
                        insert.setBytes(5, "{}".getBytes());
                        insert.setBytes(6, payload.getData());
                        insert.setString(7, payload.getType().getRevision());
                        insert.setString(8, payload.getType().getName());
                        insert.setString(9, Instant.now().toString());
                        insert.addBatch();
                        if (++pending == 1000) {
                            insert.executeBatch();
                            commitDurably(connection, postgres);
                            pending = 0;
                        }
                    }
                }
                insert.executeBatch();
                commitDurably(connection, postgres);
            }
        }
    }

    /**
     * As durable as the command path's commits: on H2 that means writing the commit to the file before
     * going on (H2DurableCommands); a PostgreSQL commit is already flushed to its log.
     */
    private static void commitDurably(Connection connection, boolean postgres) throws Exception {
        connection.commit();
        if (!postgres) {
            connection.createStatement().execute("CHECKPOINT");
        }
    }

    /**
     * First the projections catch up with everything ingested, as they do live; then a rebuild replays
     * the whole store, as after a change of local policy.
     */
    private static void rebuild(ConfigurableApplicationContext context, Results results, boolean skipCatchUp) throws InterruptedException {
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        long head = context.getBean(org.axonframework.eventsourcing.eventstore.EventStore.class).createHeadToken()
                           .position().orElse(0);
        ProjectionRebuild rebuild = context.getBean(ProjectionRebuild.class);
        if (skipCatchUp) {
            results.put("projection catch-up (live path)", "skipped (--skip-catch-up)");
        } else {
            catchUp(processing, rebuild, head, results);
        }

        long start = System.nanoTime();
        rebuild.start();
        while (rebuild.isRebuilding()) {
            Thread.sleep(100);
        }
        double seconds = seconds(start);
        ProjectionRebuild.Status done = rebuild.status();
        results.put("projection rebuild (request to done)", "%,d events, %,d children and carers in %.1f s: %,.0f events/s"
                .formatted(done.eventsDone(), done.subjectsDone(), seconds, done.eventsDone() / seconds));
    }

    private static void catchUp(EventProcessingConfiguration processing, ProjectionRebuild rebuild, long head,
                                Results results) throws InterruptedException {
        long start = System.nanoTime();
        processing.eventProcessors().values().forEach(EventProcessor::start);
        List<StreamingEventProcessor> streaming = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        streaming.forEach(ProjectionRebuild::awaitSegmentsClaimed);
        // By the tokens in the store: a segment not claimed yet is behind, not absent.
        while (rebuild.slowestStoredPosition() < head) {
            Thread.sleep(100);
        }
        double catchUp = seconds(start);
        results.put("projection catch-up (live path)", "%,d events in %.1f s: %,.0f events/s".formatted(
                results.events, catchUp, results.events / catchUp));
    }

    private static void queries(ConfigurableApplicationContext context, List<GeneratedSubject<?>> subjects, Results results) {
        KpiService kpis = context.getBean(KpiService.class);
        BreachQueries breaches = context.getBean(BreachQueries.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> teams = jdbc.queryForList("SELECT DISTINCT team_id FROM cm_subject WHERE team_id IS NOT NULL", String.class);
        LocalDate today = LocalDate.now(CaseTime.ZONE);
        List<LocalDate> dates = List.of(today, today.minusYears(1));
        Latencies single = new Latencies();
        Latencies everyKpi = new Latencies();
        Latencies breachPages = new Latencies();
        for (int round = 0; round < 2; round++) {
            for (LocalDate date : dates) {
                List<KpiScope> scopes = new ArrayList<>();
                scopes.add(KpiScope.AUTHORITY);
                teams.forEach(team -> scopes.add(KpiScope.team(team)));
                for (KpiScope scope : scopes) {
                    long all = System.nanoTime();
                    for (KpiDefinition kpi : kpis.definitions()) {
                        long one = System.nanoTime();
                        kpis.one(kpi.id(), scope, date);
                        if (round > 0) {
                            single.add(one);
                        }
                    }
                    if (round > 0) {
                        everyKpi.add(all);
                    }
                }
            }
            for (String team : teams) {
                long page = System.nanoTime();
                breaches.find(new BreachQueries.Filter(team, null, null, null, null), 0, 50);
                if (round > 0) {
                    breachPages.add(page);
                }
            }
        }
        results.put("one KPI query (p50 / p99 / n)", single.summary());
        results.put("all %d KPIs for a scope (p50 / p99 / n)".formatted(kpis.definitions().size()), everyKpi.summary());
        results.put("breach page of 50 (p50 / p99 / n)", breachPages.summary());
    }

    /** A performance surgery's opening view: every KPI at each month end of five years, for the authority (target: p99 < 200 ms). */
    private static void trends(ConfigurableApplicationContext context, Results results) {
        KpiTrends trends = context.getBean(KpiTrends.class);
        LocalDate today = LocalDate.now(CaseTime.ZONE);
        Latencies fiveYears = new Latencies();
        // On a shared machine the wall time says as much about the neighbours as about the query; H2 runs
        // in the calling thread, so its CPU time is the work itself.
        Latencies cpu = new Latencies();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 52; i++) {
            long began = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            trends.all(KpiScope.AUTHORITY, today.minusYears(5), today, TrendStep.MONTH);
            if (i >= 2) {
                fiveYears.add(began);
                cpu.addNanos(threads.getCurrentThreadCpuTime() - cpuBefore);
            }
        }
        results.put("all KPIs monthly over 5 years, authority (p50 / p99 / n)", fiveYears.summary());
        results.put("  the same, CPU time of the thread (p50 / p99 / n)", cpu.summary());
    }

    /** A child with 2,000 events: the auditor's timeline must still come back well under a second. */
    private static void longHistory(ConfigurableApplicationContext context, Results results) {
        EventIngestion ingestion = context.getBean(EventIngestion.class);
        LocalDate start = LocalDate.now(CaseTime.ZONE).minusYears(8);
        List<ChildCaseEvent> events = new ArrayList<>();
        events.add(new ChildProtectionPlanStarted("bench-long-history", "plan", start, middayOf(start), "chair",
                                                  AbuseCategory.NEGLECT));
        for (int i = 1; i < 2000; i++) {
            LocalDate on = start.plusDays(i);
            events.add(new VisitMade("bench-long-history", "v" + i, on, middayOf(on), "sw", VisitType.CHILD_PROTECTION,
                                     true, i % 3 != 0, null));
        }
        ingestion.record(EventStream.CHILD_CASE, "bench-long-history", events.subList(0, 1000), RecordingMode.IMPORT);
        ingestion.record(EventStream.CHILD_CASE, "bench-long-history", events.subList(1000, 2000), RecordingMode.IMPORT);
        CaseHistory history = context.getBean(CaseHistory.class);
        Latencies timeline = new Latencies();
        for (int i = 0; i < 12; i++) {
            long began = System.nanoTime();
            history.timeline(EventStream.CHILD_CASE, "bench-long-history", LocalDate.now(CaseTime.ZONE),
                             Instant.now());
            if (i >= 2) {
                timeline.add(began);
            }
        }
        results.put("history of a 2,000-event child (p50 / p99 / n)", timeline.summary());
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static Instant middayOf(LocalDate day) {
        return day.atStartOfDay(CaseTime.ZONE).toInstant().plusSeconds(43200);
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static final class Latencies {

        private final List<Long> nanos = new ArrayList<>();

        void add(long startNanos) {
            nanos.add(System.nanoTime() - startNanos);
        }

        /** A duration measured some other way (e.g. the thread's CPU time). */
        void addNanos(long duration) {
            nanos.add(duration);
        }

        String summary() {
            if (nanos.isEmpty()) {
                return "no samples";
            }
            List<Long> sorted = nanos.stream().sorted().toList();
            return "%.1f ms / %.1f ms / %d".formatted(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.size());
        }

        private static double percentile(List<Long> sorted, double p) {
            int index = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    private static final class Results {

        private final Map<String, String> lines = new LinkedHashMap<>();
        long events;
        double ingestRate;

        void put(String what, String figure) {
            lines.put(what, figure);
            System.out.printf(Locale.UK, "  %-48s %s%n", what, figure);
        }

        void print() {
            System.out.println("Benchmark results");
            lines.forEach((what, figure) -> System.out.printf(Locale.UK, "| %s | %s |%n", what, figure));
        }
    }
}
