package uk.casemonitor.cli;

import uk.casemonitor.core.recording.CaseTime;
import uk.casemonitor.tools.generator.AuthorityGenerator;
import uk.casemonitor.tools.generator.GenerationSummary;
import uk.casemonitor.tools.generator.GeneratorSettings;
import uk.casemonitor.tools.generator.JsonLines;
import uk.casemonitor.tools.generator.ssd.SecondNight;
import uk.casemonitor.tools.generator.ssd.SsdExtract;
import uk.casemonitor.tools.generator.ssd.SsdExtractSummary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** {@code generate}: a synthetic authority's history as JSON lines, or as SSD extracts; needs no application context. */
final class GenerateCommand {

    private GenerateCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        LocalDate today = LocalDate.now(CaseTime.ZONE);
        GeneratorSettings defaults = GeneratorSettings.defaults(today);
        GeneratorSettings settings = defaults
                .withScale(options.number("scale", defaults.scale()))
                .withSeed(options.whole("seed", defaults.seed()))
                .withYears((int) options.whole("years", defaults.years()))
                .withEndDate(options.date("end-date", defaults.endDate()));
        if (!settings.endDate().isBefore(today)) {
            throw new IllegalArgumentException("--end-date must be before today, so that every event is already recorded");
        }
        String format = options.text("format", "jsonl");
        if (format.equals("ssd")) {
            return ssd(settings, options, err);
        }
        if (!format.equals("jsonl")) {
            throw new IllegalArgumentException("--format must be jsonl (the default) or ssd: " + format);
        }
        String target = options.text("out", "-");
        try (Writer writer = target.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
            GenerationSummary summary = JsonLines.standalone().write(new AuthorityGenerator(settings), writer);
            err.println(summary + (target.equals("-") ? "" : " into " + target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** The Standard Safeguarding Dataset of the authority, as the nights before and on its last day. */
    private static int ssd(GeneratorSettings settings, Options options, PrintStream err) {
        // An SSD extract is a folder of CSV files, so it cannot go to standard output.
        String target = options.required("out");
        SsdExtractSummary summary = new SsdExtract(SecondNight.typical())
                .write(new AuthorityGenerator(settings), settings.endDate(), Path.of(target));
        err.println(summary);
        return 0;
    }
}
