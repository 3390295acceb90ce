package uk.casemonitor.app.web;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

class H2EventRoundTripTest extends EventRoundTripContract {

    @TempDir
    Path dataDir;

    @Override
    protected Map<String, String> databaseProperties() {
        return Map.of("compliance.data-dir", dataDir.toString());
    }

    @Override
    protected String[] profiles() {
        return new String[0];
    }
}
