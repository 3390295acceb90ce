package uk.casemonitor.app.reliability;

import java.nio.file.Path;
import java.util.Map;

/** The embedded default: H2 in file mode, killed and restarted on the same files. */
class H2CrashSafetyTest extends CrashSafetyContract {

    @Override
    protected Map<String, String> crashedDatabase(Path work) {
        return Map.of("compliance.data-dir", work.resolve("crashed").toString());
    }

    @Override
    protected Map<String, String> referenceDatabase(Path work) {
        return Map.of("compliance.data-dir", work.resolve("reference").toString());
    }

    @Override
    protected String[] profiles() {
        return new String[0];
    }
}
