package uk.casemonitor.cli;

import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.imports.returns.ImportReport;
import uk.casemonitor.imports.returns.MalformedReturnException;
import uk.casemonitor.imports.returns.Ssda903Files;
import uk.casemonitor.imports.returns.Ssda903Return;
import uk.casemonitor.imports.returns.Ssda903Xml;
import uk.casemonitor.imports.returns.StatutoryReturnImporter;

import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code import-ssda903} and {@code import-cin-census}: a statutory return imported against the
 * database the application is configured for, without the web server. The report is printed as
 * JSON; exit status 0 everything imported, 1 some rows or children were not, 2 the return could
 * not be read at all. With {@code --validate-only} the same report, and nothing is stored. The return is read before the application starts, so a wrong path costs nothing.
 */
final class ReturnsImportCommand {

    private ReturnsImportCommand() {
    }

    static int ssda903(Options options, PrintStream out, PrintStream err) {
        Optional<String> year = Optional.ofNullable(options.text("year", null));
        boolean validateOnly = options.flag("validate-only");
        if (options.has("dir") == options.has("file")) {
            err.println("import-ssda903: give either --dir (the CSV files) or --file (the XML export)");
            return 2;
        }
        return importing(options, out, err, () -> {
            Ssda903Return ssda903 = options.has("dir") ? Ssda903Files.fromDirectory(options.path("dir"), year)
                                                       : Ssda903Xml.fromFile(options.path("file"), year);
            return importer -> importer.importSsda903(ssda903, validateOnly);
        });
    }

    static int cinCensus(Options options, PrintStream out, PrintStream err) {
        Path file = options.path("file");
        return importing(options, out, err, () -> {
            if (!Files.isRegularFile(file)) {
                throw new MalformedReturnException("file", file + " is not a file");
            }
            byte[] xml;
            try {
                xml = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new MalformedReturnException("file", "cannot be read: " + e.getMessage());
            }
            String name = file.getFileName().toString();
            boolean validateOnly = options.flag("validate-only");
            return importer -> importer.importCinCensus(name, new ByteArrayInputStream(xml), "file", validateOnly);
        });
    }

    private interface ReturnRead {
        Function<StatutoryReturnImporter, ImportReport> read();
    }

    private static int importing(Options options, PrintStream out, PrintStream err, ReturnRead returnRead) {
        try {
            Function<StatutoryReturnImporter, ImportReport> importing = returnRead.read();
            // A dry run stores nothing, the monitoring start included.
            Optional<LocalDate> historyBegins = MonitoringFrom.option(options)
                                                              .filter(begins -> !options.flag("validate-only"));
            try (ConfigurableApplicationContext context = Headless.start(options.passedOn())) {
                MonitoringFrom.set(context, historyBegins, options.command());
                ImportReport report = importing.apply(context.getBean(StatutoryReturnImporter.class));
                out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(report));
                MonitoringFrom.report(context, err);
                return report.complete() ? 0 : 1;
            }
        } catch (MalformedReturnException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
