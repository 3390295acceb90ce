package uk.casemonitor.app.drilldown;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** The drill-down contract on the embedded default, H2 in file mode. */
class H2KpiDrillDownTest extends KpiDrillDownContract {

    @TempDir
    static Path dataDir;

    @Override
    protected Map<String, String> openDatabase() {
        return Map.of("compliance.data-dir", dataDir.toString());
    }

    @Override
    protected String[] profiles() {
        return new String[0];
    }
}
