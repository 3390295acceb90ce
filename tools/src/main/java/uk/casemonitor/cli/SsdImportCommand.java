package uk.casemonitor.cli;

import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.imports.ssd.SsdCsvFiles;
import uk.casemonitor.imports.ssd.SsdDatabase;
import uk.casemonitor.imports.ssd.SsdExtractException;
import uk.casemonitor.imports.ssd.SsdImportReport;
import uk.casemonitor.imports.ssd.SsdImporter;
import uk.casemonitor.imports.ssd.SsdSource;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * {@code import-ssd}: one night's SSD snapshot, from a folder of CSV files ({@code --dir}) or from
 * the SSD database itself ({@code --jdbc-url}, SQL Server or PostgreSQL), imported against the
 * database the application is configured for, without the web server; meant to run nightly after
 * the SSD's own rebuild. The report is printed as JSON; exit status 0 everything imported, 1 some
 * rows, tables or children were not (or the night was refused as a broken extract), 2 the extract
 * could not be read at all. The extract is opened before the application starts, so a wrong path
 * or URL costs nothing.
 */
final class SsdImportCommand {

    /** Kept off the command line, where other users of the machine can read it, when set. */
    static final String PASSWORD_VARIABLE = "SSD_PASSWORD";

    private SsdImportCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) {
        boolean fromFiles = options.has("dir");
        if (fromFiles == options.has("jdbc-url")) {
            throw new IllegalArgumentException("import-ssd needs --dir or --jdbc-url (one of them)");
        }
        try {
            if (fromFiles) {
                return importing(SsdCsvFiles.fromFolder(options.path("dir")), options, out);
            }
            try (Connection connection = connect(options)) {
                return importing(new SsdDatabase(connection, options.text("schema", SsdDatabase.DEFAULT_SCHEMA)), options, out);
            } catch (SQLException e) {
                throw new SsdExtractException("jdbc-url", "cannot connect: " + e.getMessage(), e);
            }
        } catch (SsdExtractException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static Connection connect(Options options) throws SQLException {
        String password = options.text("password", System.getenv().getOrDefault(PASSWORD_VARIABLE, ""));
        Connection connection = DriverManager.getConnection(options.required("jdbc-url"), options.text("user", null), password);
        connection.setReadOnly(true);
        return connection;
    }

    private static int importing(SsdSource source, Options options, PrintStream out) {
        try (ConfigurableApplicationContext context = Headless.start(options.passedOn())) {
            SsdImportReport report = context.getBean(SsdImporter.class).importFrom(source);
            out.println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return report.complete() ? 0 : 1;
        }
    }
}
