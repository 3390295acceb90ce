package uk.casemonitor.cli;

import org.springframework.context.ConfigurableApplicationContext;
import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.projections.kpi.TrendStep;
import uk.casemonitor.projections.metrics.KpiHistoryExport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code export-kpi-history}: the KPI gauges' history from the read model as OpenMetrics with
 * timestamps, for {@code promtool tsdb create-blocks-from openmetrics}. It ends before today: today's
 * figures are the live scrape's, and Prometheus refuses samples from the future.
 */
final class ExportKpiHistoryCommand {

    private ExportKpiHistoryCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        TrendStep step = TrendStep.named(options.text("step", "month"))
                .orElseThrow(() -> new IllegalArgumentException("--step must be week, month or quarter"));
        LocalDate from = options.date("from", null);
        if (from == null) {
            throw new IllegalArgumentException("--from is required");
        }
        LocalDate requestedTo = options.date("to", null);
        String target = options.text("out", "-");
        try (ConfigurableApplicationContext context = Headless.start(options.passedOn())) {
            LocalDate today = CaseTime.dateOf(context.getBean(Clock.class).instant());
            LocalDate to = requestedTo == null ? today.minusDays(1) : requestedTo;
            if (!to.isBefore(today)) {
                throw new IllegalArgumentException("--to must be before today (" + today + "): today is the live metrics'");
            }
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("--from must be on or before --to (" + to + ")");
            }
            try (Writer writer = target.equals("-")
                    ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)
                    : Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
                long samples = context.getBean(KpiHistoryExport.class).write(from, to, step, writer);
                err.printf("Wrote %,d samples, %s to %s by %s%s%n", samples, from, to, step.parameter(),
                           target.equals("-") ? "" : " into " + target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }
}
