package uk.casemonitor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casemonitor.imports.ssd.SsdSamples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import-ssd}, nightly from a folder of CSV files or from the SSD's database, without the web server. */
class SsdImportCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void importsTheExtractFromAFolderAndOnTheNextRunOnlyWhatChanged() throws Exception {
        CommandRun first = CommandRun.of("import-ssd", "--dir", SsdSamples.folder("night-1").toString(), dataOption());
        // The sample has bad rows and missing tables, so the import says something was left out.
        assertThat(first.status()).as(first.err()).isEqualTo(1);
        assertThat(first.report().get("eventsStored").asInt()).isEqualTo(32);
        assertThat(first.report().get("backfill").asBoolean()).isTrue();

        CommandRun second = CommandRun.of("import-ssd", "--dir", SsdSamples.folder("night-2").toString(), dataOption());
        assertThat(second.report().get("backfill").asBoolean()).isFalse();
        assertThat(second.report().get("corrections").asInt()).isEqualTo(1);
        assertThat(second.report().get("retractions").asInt()).isEqualTo(1);
        assertThat(second.report().get("eventsStored").asInt()).isEqualTo(3);
    }

    @Test
    void readsTheSsdTablesFromTheirSchemaOverJdbc() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("case-system") + ";MODE=MSSQLServer";
        try (Connection caseSystem = DriverManager.getConnection(url, "sa", "");
             Statement sql = caseSystem.createStatement()) {
            sql.execute("CREATE SCHEMA \"ssd_development\"");
            sql.execute("CREATE TABLE \"ssd_development\".\"ssd_person\" (\"pers_person_id\" VARCHAR(48), \"pers_dob\" DATETIME)");
            sql.execute("INSERT INTO \"ssd_development\".\"ssd_person\" VALUES ('J1', '2016-04-05 00:00:00')");
            sql.execute("CREATE TABLE \"ssd_development\".\"ssd_contacts\" (\"cont_contact_id\" VARCHAR(48))");
        }

        CommandRun run = CommandRun.of("import-ssd", "--jdbc-url", url, "--user", "sa", dataOption());

        assertThat(run.report().get("rowsRead").toString()).isEqualTo("{\"ssd_person\":1}");
        assertThat(run.report().get("eventsStored").asInt()).isEqualTo(1);
        assertThat(run.report().get("source").asString()).endsWith("schema ssd_development");
        assertThat(run.report().get("ignoredTables").toString())
                .isEqualTo("[{\"table\":\"ssd_contacts\",\"reason\":\"the monitor has no contact event\"}]");
    }

    @Test
    void anExtractThatCannotBeOpenedExitsWith2BeforeStartingTheApplication() throws Exception {
        assertThat(CommandRun.of("import-ssd").status()).isEqualTo(2);
        assertThat(CommandRun.of("import-ssd", "--dir", "x", "--jdbc-url", "jdbc:postgresql://nowhere/ssd").status()).isEqualTo(2);
        CommandRun noFolder = CommandRun.of("import-ssd", "--dir", dataDir.resolve("no-such-folder").toString());
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).contains("is not a folder");
        CommandRun noDatabase = CommandRun.of("import-ssd", "--jdbc-url", "jdbc:nothing:here");
        assertThat(noDatabase.status()).isEqualTo(2);
        assertThat(noDatabase.err()).startsWith("jdbc-url: cannot connect");
        assertThat(CaseMonitor.isCommand(new String[] {"import-ssd", "--dir", "x"})).isTrue();
    }

    private String dataOption() {
        return "--compliance.data-dir=" + dataDir;
    }
}
