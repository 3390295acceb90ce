package uk.casemonitor.app.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.casemonitor.projections.database.DatabaseDialect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An online backup of the embedded H2 store: H2's {@code BACKUP TO} copies the database file into
 * a zip while the monitor keeps running, consistent as of one moment. The embedded database is
 * locked by the running monitor, so no other process could take the copy; hence an endpoint. The
 * copy goes into {@code compliance.backup-dir} under a name of the monitor's choosing, never a
 * path from the request. PostgreSQL is backed up with its own tools ({@code pg_dump}), not here.
 */
@Component
public class StoreBackup {

    private static final Logger log = LoggerFactory.getLogger(StoreBackup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A backup taken: where it is, its size, and how long it took. */
    public record Backup(String file, long bytes, Instant takenAt, long millis) {
    }

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final Clock clock;

    public StoreBackup(JdbcTemplate jdbc, @Value("${compliance.backup-dir:./backups}") Path directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    public boolean isAvailable() {
        return !DatabaseDialect.of(jdbc).isPostgres();
    }

    public Backup take() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + directory, e);
        }
        Path file = directory.resolve("compliance-" + NAME.format(now) + ".zip").toAbsolutePath();
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve("compliance-" + NAME.format(now) + "-" + n + ".zip").toAbsolutePath();
        }
        jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        try {
            Backup backup = new Backup(file.toString(), Files.size(file), now, (System.nanoTime() - started) / 1_000_000);
            log.info("Store backed up to {} ({} bytes, {} ms)", backup.file(), backup.bytes(), backup.millis());
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
