package uk.casemonitor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import uk.casemonitor.imports.returns.SampleReturns;

/** The command-line import, against the application's own database, without the web server. */
class ReturnsImportCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void importsBothReturnsIntoTheConfiguredDatabaseAndSaysWhenSomethingWasLeftOut() throws Exception {
        CommandRun ssda903 = CommandRun.of("import-ssda903", "--dir", SampleReturns.folder("ssda903").toString(), dataOption());
        assertThat(ssda903.status()).as(ssda903.err()).isZero();
        assertThat(ssda903.report().get("eventsStored").asInt()).isEqualTo(SampleReturns.SSDA903_EVENTS);

        // The XML export of the same return gives the same events: nothing new to store.
        CommandRun xml = CommandRun.of("import-ssda903", "--file", SampleReturns.folder("ssda903.xml").toString(), dataOption());
        assertThat(xml.status()).as(xml.err()).isZero();
        assertThat(xml.report().get("eventsStored").asInt()).isZero();
        assertThat(xml.report().get("alreadyRecorded").asInt()).isEqualTo(SampleReturns.SSDA903_EVENTS);

        CommandRun census = CommandRun.of("import-cin-census", "--file", SampleReturns.folder("cin-census.xml").toString(), dataOption());
        assertThat(census.status()).as(census.err()).isZero();
        assertThat(census.report().get("eventsStored").asInt()).isEqualTo(SampleReturns.CIN_CENSUS_EVENTS);

        CommandRun dryRun = CommandRun.of("import-ssda903", "--dir", SampleReturns.folder("ssda903-bad").toString(), "--year", "2024-25",
                         "--validate-only", dataOption());
        assertThat(dryRun.status()).isEqualTo(1);
        assertThat(dryRun.report().get("validateOnly").asBoolean()).isTrue();
        assertThat(dryRun.report().get("errors")).hasSize(7);
        assertThat(dryRun.report().get("eventsStored").asInt()).isEqualTo(6);

        // Header, episode and review of BAD2001; BAD2003's header and its review kept as a data-quality finding.
        CommandRun bad = CommandRun.of("import-ssda903", "--dir", SampleReturns.folder("ssda903-bad").toString(), "--year", "2024-25",
                      dataOption());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.report().get("errors")).hasSize(7);
        assertThat(bad.report().get("eventsStored").asInt()).isEqualTo(6);
    }

    @Test
    void aCommandOrFolderThatCannotBeUsedExitsWith2BeforeStartingTheApplication() throws Exception {
        assertThat(CommandRun.of("import-ssda903").status()).isEqualTo(2);
        assertThat(CommandRun.of("import-ssda903", "--dir", "x", "--file", "y.xml").status()).isEqualTo(2);
        assertThat(CommandRun.of("import-ssda903", "--file", dataDir.resolve("none.xml").toString()).status()).isEqualTo(2);
        assertThat(CommandRun.of("import-cin-census", "--file").status()).isEqualTo(2);
        assertThat(CommandRun.of("import-cin-census", "--file", "x.xml", "--year", "2025").status()).isEqualTo(2);

        CommandRun emptyFolder = CommandRun.of("import-ssda903", "--dir", dataDir.toString(), dataOption());
        assertThat(emptyFolder.status()).isEqualTo(2);
        assertThat(emptyFolder.err()).contains("holds none of the SSDA903 files");
        assertThat(CommandRun.of("import-ssda903", "--dir", SampleReturns.folder("ssda903").toString(), "--year", "soon").status())
                .isEqualTo(2);
    }

    @Test
    void onlyTheImportCommandsAreHandled() throws Exception {
        assertThat(CaseMonitor.isCommand(new String[] {"import-ssda903", "--dir", "x"})).isTrue();
        assertThat(CaseMonitor.isCommand(new String[] {"import-cin-census"})).isTrue();
        assertThat(CaseMonitor.isCommand(new String[] {"--server.port=8081"})).isFalse();
        assertThat(CaseMonitor.isCommand(new String[0])).isFalse();
    }

    private String dataOption() {
        return "--compliance.data-dir=" + dataDir;
    }
}
