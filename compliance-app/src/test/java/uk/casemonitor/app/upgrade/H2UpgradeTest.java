package uk.casemonitor.app.upgrade;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casemonitor.app.RunningApp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** An H2 data directory written by the previous release opens with this build and answers the same. */
class H2UpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void theDataDirectoryOfThePreviousReleaseOpensMigratedWithTheSameObligationsAndKpis() throws IOException {
        try (InputStream in = new GZIPInputStream(H2UpgradeTest.class.getResourceAsStream(UpgradeFixture.H2_RESOURCE))) {
            Files.copy(in, dataDir.resolve("compliance.mv.db"));
        }
        long start = System.currentTimeMillis();
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), GoldenStore.clock())) {
            UpgradeContract.assertUpgraded(app, "H2", start);
        }
    }
}
