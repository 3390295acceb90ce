package uk.casemonitor.cli;

import uk.casemonitor.tools.benchmark.Benchmark;
import uk.casemonitor.tools.benchmark.SsdBenchmark;

/** {@code benchmark}: the figures in the README's Benchmark section, printed by one run on one database. */
final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    static int run(Options options) throws Exception {
        if (!options.passedOn().isEmpty()) {
            throw new IllegalArgumentException("benchmark makes its own database: " + options.passedOn() + " not taken");
        }
        if (options.flag("ssd")) {
            return SsdBenchmark.run(options.number("scale", 1));
        }
        return Benchmark.run(new Benchmark.Settings(
                options.number("scale", 1),
                (int) options.whole("threads", 2),
                options.flag("postgres"),
                options.text("url", Benchmark.Settings.DEFAULT_POSTGRES_URL),
                (int) options.whole("subjects-per-bulk", Benchmark.Settings.DEFAULT_SUBJECTS_PER_BULK),
                options.flag("skip-catch-up")));
    }
}
