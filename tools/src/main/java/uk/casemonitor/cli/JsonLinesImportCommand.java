package uk.casemonitor.cli;

import org.springframework.context.ConfigurableApplicationContext;
import uk.casemonitor.tools.generator.ImportSummary;
import uk.casemonitor.tools.generator.JsonLinesImporter;
import uk.casemonitor.tools.generator.RejectedLine;

import java.time.LocalDate;
import java.util.Optional;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code import}: records a JSON-lines history through the same validation as the API, without the
 * web server, and exits with status 1 if any line was rejected.
 */
final class JsonLinesImportCommand {

    private JsonLinesImportCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        Path file = options.path("file");
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file);
        }
        Optional<LocalDate> historyBegins = MonitoringFrom.option(options);
        try (ConfigurableApplicationContext context = Headless.start(options.passedOn())) {
            MonitoringFrom.set(context, historyBegins, "import of " + file.getFileName());
            ImportSummary summary = JsonLinesImporter.of(context, new JsonLinesImporter.Listener() {
                @Override
                public void rejected(RejectedLine line) {
                    err.println(line);
                }

                @Override
                public void progress(ImportSummary soFar) {
                    err.println(soFar);
                }
            }).importFile(file);
            out.println(summary);
            MonitoringFrom.report(context, out);
            return summary.rejected() > 0 ? 1 : 0;
        }
    }

}
