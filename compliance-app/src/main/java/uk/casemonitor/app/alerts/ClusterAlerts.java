package uk.casemonitor.app.alerts;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.projections.breach.Breach;
import uk.casemonitor.projections.database.DatabaseDialect;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Carries every alert raised on one node to the managers watching on the other nodes of a cluster
 * on one PostgreSQL database, with PostgreSQL's {@code LISTEN/NOTIFY}.
 *
 * <p>Why NOTIFY rather than a shared alert log each node tails: the database already connects the
 * nodes, a notification reaches every listening node once, in commit order, in milliseconds and
 * without polling, and nothing has to be stored and later cleared. The live feed is a live view:
 * a manager whose connection drops reloads the page (and the breach register), as before; the
 * durable delivery is the webhook queue, which the raising node fills, so remote alerts are not
 * handed to the webhooks again.
 *
 * <p>Each process tags what it sends with an id of its own and ignores its own notifications, so a
 * node's managers get its alerts once, straight from {@link AlertFeed#publish}. The channel is
 * named after the schema, so clusters sharing one database (tests, staging beside live) stay apart.
 * On H2 there is one node and this does nothing.
 */
@Component
class ClusterAlerts implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterAlerts.class);

    /** PostgreSQL refuses a notification payload of 8000 bytes or more. */
    private static final int MAX_PAYLOAD_BYTES = 7999;

    /** What goes over the channel: the alert, and which process raised it. */
    record Notice(String origin, Alert alert) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final AlertFeed feed;
    private final JsonMapper json;
    private final String origin = UUID.randomUUID().toString();
    private final boolean postgres;
    private volatile String channel;
    private volatile boolean running;
    private Thread listener;

    public ClusterAlerts(DataSource dataSource, JdbcTemplate jdbc, AlertFeed feed, JsonMapper json) throws SQLException {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.feed = feed;
        this.json = json;
        this.postgres = DatabaseDialect.of(dataSource).isPostgres();
        if (postgres) {
            feed.addListener(this::tellOtherNodes);
        }
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
        channel = ("cm_alerts_" + schema).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        running = true;
        listener = new Thread(this::listen, "cluster-alerts");
        listener.setDaemon(true);
        listener.start();
    }

    private void tellOtherNodes(Alert alert) {
        if (!running) {
            return;
        }
        String payload = json.writeValueAsString(new Notice(origin, alert));
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            // Only a long acknowledgement note can make it this big: the other nodes' managers get the
            // alert without the note's text, which the breach register shows in full.
            payload = json.writeValueAsString(new Notice(origin, withoutAcknowledgementText(alert)));
        }
        notify(payload);
    }

    /**
     * On a connection of its own, committed at once: a notification goes out only when its transaction
     * commits, and this may be called while the caller's transaction is still bound to the thread.
     */
    private void notify(String payload) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, channel);
            statement.setString(2, payload);
            statement.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not pass an alert to the other nodes", e);
        }
    }

    private static Alert withoutAcknowledgementText(Alert alert) {
        Breach.Acknowledgement acknowledgement = alert.acknowledgement() == null ? null : new Breach.Acknowledgement(
                alert.acknowledgement().at(), alert.acknowledgement().by(), "(see the breach register)", null);
        return new Alert(alert.alertId(), alert.kind(), alert.teamId(), alert.workerId(), alert.subjectKind(), alert.subjectId(),
                         alert.rule(), alert.obligationKey(), alert.dueOn(), alert.status(), alert.raisedAt(), acknowledgement);
    }

    /** Listens on a connection of its own for as long as the node runs, connecting again after a failure. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                log.info("Listening for alerts raised on other nodes (channel {})", channel);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(500);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the cluster alert channel; listening again in a second", e);
                    sleepASecond();
                }
            }
        }
    }

    private void receive(String payload) {
        try {
            Notice notice = json.readValue(payload, Notice.class);
            if (!origin.equals(notice.origin())) {
                feed.deliverToSubscribers(notice.alert());
            }
        } catch (RuntimeException e) {
            log.warn("Ignored an unreadable cluster alert: {}", payload, e);
        }
    }

    private void sleepASecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
