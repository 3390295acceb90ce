package uk.casemonitor.app.upgrade;

import java.nio.file.Path;

/** Where the stores written by the release being upgraded from are kept (see {@link GoldenStoreWriter}). */
final class UpgradeFixture {

    /** The H2 data directory's one file, gzipped. */
    static final Path H2_SOURCE = Path.of("src/test/resources/upgrade/h2-previous-release/compliance.mv.db.gz");
    static final String H2_RESOURCE = "/upgrade/h2-previous-release/compliance.mv.db.gz";
    static final Path POSTGRES_SOURCE = Path.of("src/test/resources/upgrade/postgres-previous-release.sql");
    static final String POSTGRES_RESOURCE = "/upgrade/postgres-previous-release.sql";
    /** The obligations and KPIs the previous release answered for its store (written with it as the golden store's). */
    static final String PREVIOUS_RELEASE_EXPECTED = "/upgrade/previous-release-expected.json";
    /** Stands for the schema's name in the PostgreSQL dump. */
    static final String SCHEMA_PLACEHOLDER = "previous_release_schema";

    private UpgradeFixture() {
    }
}
