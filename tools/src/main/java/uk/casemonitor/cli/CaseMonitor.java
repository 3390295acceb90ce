package uk.casemonitor.cli;

import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.casemonitor.app.CaseMonitorApplication;
import uk.casemonitor.tools.generator.DemoMode;

import java.io.PrintStream;
import java.util.Set;

/**
 * The runnable jar's entry point: with no command the web application starts (with demo mode on
 * offer); otherwise the first argument names the command, which runs and exits with its status:
 * 0 done, 1 done but some input was refused, 2 bad usage or unreadable input.
 */
public final class CaseMonitor {

    static final String USAGE = """
            Usage: java -jar compliance-app.jar [command] [options] [--application.property=value ...]
              (no command)       Start the web application; --demo fills an empty store with a generated authority
              --rebuild-projections  Rebuild every read model from the event store, then exit
              generate           Write a synthetic authority's event history as JSON lines
                                 --scale 1 (caseload multiplier)  --seed 42  --years 5
                                 --end-date YYYY-MM-DD (default: 3 days ago)  --out FILE (default: standard output)
                                 --format ssd --out FOLDER: instead, its Standard Safeguarding Dataset as two nights'
                                   extracts, FOLDER/night-1 and FOLDER/night-2 (a <table>.csv per SSD table)
              import             Record a JSON-lines history through the same validation as the API
                                 --file FILE  --monitoring-from YYYY-MM-DD (where the history monitored begins)
              import-ssda903     Import an SSDA903 return (looked-after children)
                                 --dir FOLDER (header.csv, episodes.csv, reviews.csv, oc2.csv, oc3.csv, missing.csv)
                                 or --file RETURN.xml (the XML export)  --year 2024-25  --validate-only (nothing stored)
                                 --monitoring-from YYYY-MM-DD
              import-cin-census  Import a children in need census return
                                 --file FILE (the census XML)  --validate-only (nothing stored)  --monitoring-from YYYY-MM-DD
              import-ssd         Import tonight's Standard Safeguarding Dataset (new rows recorded, changed ones corrected)
                                 --dir FOLDER (<table>.csv, e.g. ssd_person.csv)
                                 or --jdbc-url URL (SQL Server or PostgreSQL)  --user U  --password P (or SSD_PASSWORD)
                                 --schema ssd_development
              export-kpi-history Write the KPI metrics' history as OpenMetrics, to backfill Prometheus (promtool)
                                 --from YYYY-MM-DD  --to YYYY-MM-DD (default: yesterday)  --step month|week|quarter
                                 --out FILE (default: standard output)
              benchmark          Measure ingestion, rebuild and queries on a generated authority
                                 --scale 1  --threads 2  --postgres  --url JDBC-URL  --subjects-per-bulk 10  --skip-catch-up
                                 --ssd: instead, switching on from two nights of SSD extracts (H2; --scale only)
              verify-store       Check every stream in the store: sequence numbers without gaps, event count, hash chain
                                 (as after a restore); prints progress, then a summary; exit status 1 if any is broken
              help               Show this text
            Application properties (e.g. --spring.profiles.active=postgres, --compliance.data-dir=./data) pass on
            to the application the command starts.""";

    private static final Set<String> COMMANDS = Set.of(
            "generate", "import", "import-ssda903", "import-cin-census", "import-ssd", "export-kpi-history", "benchmark",
            "verify-store", "help");

    private CaseMonitor() {
    }

    public static void main(String[] args) throws Exception {
        if (!isCommand(args)) {
            new SpringApplicationBuilder(CaseMonitorApplication.class, DemoMode.class).run(args);
            return;
        }
        System.exit(run(args, System.out, System.err));
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** @return the process exit status */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        try {
            return switch (args[0]) {
                case "generate" -> GenerateCommand.run(
                        Options.parse(args, Set.of("scale", "seed", "years", "end-date", "out", "format"), Set.of()), out, err);
                case "import" -> JsonLinesImportCommand.run(Options.parse(args, Set.of("file", "monitoring-from"), Set.of()), out, err);
                case "import-ssda903" -> ReturnsImportCommand.ssda903(
                        Options.parse(args, Set.of("dir", "file", "year", "monitoring-from"), Set.of("validate-only")), out, err);
                case "import-cin-census" -> ReturnsImportCommand.cinCensus(
                        Options.parse(args, Set.of("file", "monitoring-from"), Set.of("validate-only")), out, err);
                case "import-ssd" -> SsdImportCommand.run(
                        Options.parse(args, Set.of("dir", "jdbc-url", "user", "password", "schema"), Set.of()), out, err);
                case "export-kpi-history" -> ExportKpiHistoryCommand.run(
                        Options.parse(args, Set.of("from", "to", "step", "out"), Set.of()), out, err);
                case "benchmark" -> BenchmarkCommand.run(Options.parse(args,
                        Set.of("scale", "threads", "url", "subjects-per-bulk"), Set.of("postgres", "skip-catch-up", "ssd")));
                case "verify-store" -> VerifyStoreCommand.run(Options.parse(args, Set.of(), Set.of()), out, err);
                default -> usage(out, 0);
            };
        } catch (IllegalArgumentException badUsage) {
            err.println(badUsage.getMessage());
            return usage(err, 2);
        }
    }

    private static int usage(PrintStream stream, int status) {
        stream.println(USAGE);
        return status;
    }
}
