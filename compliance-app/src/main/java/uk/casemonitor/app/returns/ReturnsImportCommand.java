package uk.casemonitor.app.returns;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.CaseMonitorApplication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports a statutory return from the command line, against the database the application is
 * configured for (the same {@code --spring...} and {@code --compliance...} options), without
 * starting the web server:
 *
 * <pre>
 * java -jar compliance-app.jar import-ssda903 --dir returns/2024-25/ [--year 2024-25]
 * java -jar compliance-app.jar import-cin-census --file returns/cin-census-2025.xml
 * </pre>
 *
 * The import report is printed as JSON. Exit status: 0 everything imported, 1 some rows or children
 * were not, 2 the command or the return could not be read at all.
 */
public final class ReturnsImportCommand {

    static final String IMPORT_SSDA903 = "import-ssda903";
    static final String IMPORT_CIN_CENSUS = "import-cin-census";

    private static final String USAGE = """
            usage: import-ssda903 --dir <folder with header.csv, episodes.csv, reviews.csv, oc2.csv, oc3.csv> [--year 2024-25]
                   import-cin-census --file <CIN census XML>
                   (followed by any application options, e.g. --spring.profiles.active=postgres)""";

    private ReturnsImportCommand() {
    }

    /** Whether the command line asks for an import rather than the server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals(IMPORT_SSDA903) || args[0].equals(IMPORT_CIN_CENSUS));
    }

    /** Runs the import and answers the process exit status. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        Function<StatutoryReturnImporter, ImportReport> importing;
        try {
            invocation = Invocation.parse(args);
            importing = invocation.readReturn();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (MalformedReturnException e) {
            err.println(e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseMonitorApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // Defaults only: the report is the output; the operator's own options still win.
                .properties(Map.of("logging.level.root", "WARN"))
                .run(invocation.applicationArgs().toArray(String[]::new))) {
            ImportReport report = importing.apply(context.getBean(StatutoryReturnImporter.class));
            out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return report.complete() ? 0 : 1;
        } catch (MalformedReturnException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private record Invocation(String command, Path path, Optional<String> year, List<String> applicationArgs) {

        static Invocation parse(String[] args) {
            if (args.length == 0 || !(args[0].equals(IMPORT_SSDA903) || args[0].equals(IMPORT_CIN_CENSUS))) {
                throw new IllegalArgumentException("expected " + IMPORT_SSDA903 + " or " + IMPORT_CIN_CENSUS);
            }
            String command = args[0];
            Path path = null;
            String year = null;
            List<String> rest = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String option = args[i];
                boolean takesValue = option.equals("--dir") || option.equals("--file") || option.equals("--year");
                if (takesValue && i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                switch (option) {
                    case "--dir", "--file" -> path = Path.of(args[++i]);
                    case "--year" -> year = args[++i];
                    default -> rest.add(option);
                }
            }
            String pathOption = command.equals(IMPORT_SSDA903) ? "--dir" : "--file";
            if (path == null) {
                throw new IllegalArgumentException(command + " needs " + pathOption);
            }
            if (year != null && command.equals(IMPORT_CIN_CENSUS)) {
                throw new IllegalArgumentException("--year applies to import-ssda903 only: the census dates everything");
            }
            return new Invocation(command, path, Optional.ofNullable(year), rest);
        }

        /** Reads the return before the application starts, so that a wrong path costs nothing. */
        Function<StatutoryReturnImporter, ImportReport> readReturn() {
            if (command.equals(IMPORT_SSDA903)) {
                Ssda903Files files = Ssda903Files.fromDirectory(path, year);
                return importer -> importer.importSsda903(files);
            }
            if (!Files.isRegularFile(path)) {
                throw new MalformedReturnException("file", path + " is not a file");
            }
            byte[] xml;
            try {
                xml = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new MalformedReturnException("file", "cannot be read: " + e.getMessage());
            }
            String name = path.getFileName().toString();
            return importer -> importer.importCinCensus(name, new ByteArrayInputStream(xml), "file");
        }
    }
}
