package uk.casemonitor.tools.benchmark;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casemonitor.app.CaseMonitorApplication;
import uk.casemonitor.app.admin.ProjectionRebuild;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.imports.ssd.SsdCsvFiles;
import uk.casemonitor.imports.ssd.SsdImportReport;
import uk.casemonitor.imports.ssd.SsdImporter;
import uk.casemonitor.projections.kpi.KpiScope;
import uk.casemonitor.projections.kpi.KpiService;
import uk.casemonitor.tools.generator.AuthorityGenerator;
import uk.casemonitor.tools.generator.GeneratorSettings;
import uk.casemonitor.tools.generator.ssd.SecondNight;
import uk.casemonitor.tools.generator.ssd.SsdExtract;
import uk.casemonitor.tools.generator.ssd.SsdExtractSummary;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code benchmark --ssd}: how long an authority takes to switch on from its Standard Safeguarding
 * Dataset, and then to take in a night's changes. A generated authority is written as two nights of
 * SSD extracts (not timed); the first night is imported from its CSV files into an empty H2 store,
 * timed until every projection has caught up and the KPIs answer; then the second night (about 1%
 * of rows changed), timed the same way.
 */
public final class SsdBenchmark {

    private SsdBenchmark() {
    }

    public static int run(double scale) throws Exception {
        Path work = Files.createTempDirectory("casemonitor-ssd-benchmark");
        try {
            System.out.printf("SSD benchmark: scale %s, H2 file, %d cores, max heap %d MiB%n", scale,
                              Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            long start = System.nanoTime();
            GeneratorSettings settings = GeneratorSettings.defaults(LocalDate.now(CaseTime.ZONE)).withScale(scale);
            SsdExtractSummary extract = new SsdExtract(SecondNight.typical())
                    .write(new AuthorityGenerator(settings), settings.endDate(), work.resolve("extract"));
            print("extract written (not timed)", "%s; %.1f s".formatted(extract, seconds(start)));

            List<String> args = List.of("--compliance.data-dir=" + work.resolve("data"), "--logging.level.root=WARN",
                    "--compliance.deadline-check=1h", "--compliance.metrics.refresh=1h");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseMonitorApplication.class)
                    .web(WebApplicationType.NONE).run(args.toArray(String[]::new))) {
                night(context, "night 1: backfill from files to caught-up KPIs", extract.nightOne(),
                      "%,d rows".formatted(extract.rows(extract.nightOneRows())));
                SsdImportReport nightTwo = night(context, "night 2: a day's changes to caught-up KPIs", extract.nightTwo(),
                        "%,d rows of which %,d differ".formatted(extract.rows(extract.nightTwoRows()), extract.changedRows()));
                // A child refused keeps last night's rows: what night two took back of it is not counted.
                print("night 2: events taken back", ("%,d (%,d of rows gone, %,d of rows that no longer give them); the"
                        + " extract takes back %,d (%,d duplicates deleted, %,d allocations withdrawn); %d children refused")
                        .formatted(nightTwo.retractions(), nightTwo.retractionsOfRowsGone(),
                                   nightTwo.retractions() - nightTwo.retractionsOfRowsGone(), extract.eventsTakenBack(),
                                   extract.duplicatesDeleted(), extract.allocationsWithdrawn(),
                                   nightTwo.refusedChildren().size()));
            }
        } finally {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }

    private static SsdImportReport night(ConfigurableApplicationContext context, String what, Path folder, String rows)
            throws InterruptedException {
        SsdImporter importer = context.getBean(SsdImporter.class);
        ProjectionRebuild projections = context.getBean(ProjectionRebuild.class);
        EventStore store = context.getBean(EventStore.class);
        KpiService kpis = context.getBean(KpiService.class);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        SsdImportReport report = importer.importFrom(SsdCsvFiles.fromFolder(folder));
        double imported = seconds(start);
        long head = store.createHeadToken().position().orElse(0);
        while (projections.slowestStoredPosition() < head) {
            Thread.sleep(50);
        }
        int answered = kpis.all(KpiScope.AUTHORITY, LocalDate.now(CaseTime.ZONE)).size();
        double total = seconds(start);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        print(what, ("%.1f s (import %.1f s, then projections; %.1f s of CPU); %s, %,d events stored, "
                     + "%,d corrections, %,d retractions, %d row problems, %d KPIs answered")
                .formatted(total, imported, cpuSeconds, rows, report.eventsStored(), report.corrections(),
                           report.retractions(), report.problems().size(), answered));
        return report;
    }

    /** On a shared machine the CPU the run itself used says more than the clock. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void print(String what, String figure) {
        System.out.printf(Locale.UK, "  %-48s %s%n", what, figure);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
