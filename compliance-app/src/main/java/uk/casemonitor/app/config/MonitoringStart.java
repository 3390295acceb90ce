package uk.casemonitor.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casemonitor.core.rules.MonitoringHorizon;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the authority's monitoring begins ({@link MonitoringHorizon}): {@code compliance.monitoring-from}
 * when configured, which always wins; otherwise the date an import or the demo set, kept in the
 * database so every later start judges from the same day. An import can only move it earlier (a
 * return for an earlier year brings earlier practice into view), never later, which would hide breaches.
 * Obligations already stored were judged under the horizon of their day: rebuild the read models
 * after moving it, as after changing a timescale. A start set by an import in another process (the
 * {@code import} command beside a running server, another node) is read again within {@link #REREAD}.
 */
public class MonitoringStart {

    /** How the horizon in force was set. */
    public record Setting(LocalDate monitoringFrom, String setBy, Instant setAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(MonitoringStart.class);
    private static final String CONFIGURED = "configuration (compliance.monitoring-from)";
    static final Duration REREAD = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LocalDate configured;
    private volatile Setting setting;
    private volatile Instant readAt;

    public MonitoringStart(JdbcTemplate jdbc, Clock clock, LocalDate configured) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configured = configured;
        this.setting = configured != null ? new Setting(configured, CONFIGURED, null) : stored().orElse(null);
        this.readAt = clock.instant();
    }

    /** The horizon the engine judges by now. */
    public MonitoringHorizon horizon() {
        Setting now = current();
        return MonitoringHorizon.from(now == null ? null : now.monitoringFrom());
    }

    /** How it was set, if it is. */
    public Optional<Setting> setting() {
        return Optional.ofNullable(current());
    }

    private Setting current() {
        if (configured == null && clock.instant().isAfter(readAt.plus(REREAD))) {
            readAt = clock.instant();
            setting = stored().orElse(null);
        }
        return setting;
    }

    /**
     * An importer's or the demo's word on where the history it brings begins: taken when nothing is
     * configured and it is earlier than the horizon held (or none is held).
     *
     * @return the setting in force afterwards
     */
    public synchronized Optional<Setting> historyBeginsOn(LocalDate from, String by) {
        Setting now = configured != null ? setting : stored().orElse(null);
        if (now != null && (configured != null || !from.isBefore(now.monitoringFrom()))) {
            return Optional.of(now);
        }
        Setting changed = new Setting(from, by, clock.instant());
        int updated = jdbc.update("UPDATE cm_monitoring_start SET monitoring_from = ?, set_by = ?, set_at = ? WHERE id = 1",
                Date.valueOf(from), by, Timestamp.from(changed.setAt()));
        if (updated == 0) {
            jdbc.update("INSERT INTO cm_monitoring_start (id, monitoring_from, set_by, set_at) VALUES (1, ?, ?, ?)",
                    Date.valueOf(from), by, Timestamp.from(changed.setAt()));
        }
        setting = changed;
        log.info("Monitoring from {} (set by {}){}", from, by,
                 now == null ? "" : "; it was " + now.monitoringFrom() + ": rebuild the read models to judge the history again");
        return Optional.of(changed);
    }

    private Optional<Setting> stored() {
        List<Setting> rows = jdbc.query("SELECT * FROM cm_monitoring_start WHERE id = 1", (rs, row) -> new Setting(
                rs.getDate("monitoring_from").toLocalDate(), rs.getString("set_by"),
                rs.getTimestamp("set_at").toInstant()));
        return rows.stream().findFirst();
    }
}
