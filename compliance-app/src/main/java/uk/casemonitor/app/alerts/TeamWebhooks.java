package uk.casemonitor.app.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sends each team's alerts as JSON to the team's own URL, if it has one
 * ({@code compliance.alerts.webhooks.<team>=https://...}). Each alert is queued once by its id and
 * retried with growing pauses until the receiver answers 2xx, so a receiver that was down gets
 * every alert later, and never the same alert id twice from a delivery that succeeded.
 */
@Component
public class TeamWebhooks {

    private static final Logger log = LoggerFactory.getLogger(TeamWebhooks.class);
    private static final int MAX_ATTEMPTS = 12;
    /** Longer than one attempt can take (connect 5 s + request 10 s), so no other node sends the alert meanwhile. */
    private static final Duration SENDING_LEASE = Duration.ofSeconds(60);

    @ConfigurationProperties(prefix = "compliance.alerts")
    public record Settings(Map<String, URI> webhooks) {

        public Settings {
            webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
        }
    }

    private final Settings settings;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TeamWebhooks(Settings settings, JdbcTemplate jdbc, JsonMapper json, AlertFeed feed, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.json = json;
        feed.addListener(this::enqueue);
    }

    void enqueue(Alert alert) {
        if (alert.teamId() == null || !settings.webhooks().containsKey(alert.teamId())) {
            return;
        }
        try {
            jdbc.update("""
                    INSERT INTO cm_webhook_delivery (alert_id, team_id, payload, status, attempts, next_attempt_at)
                    VALUES (?, ?, ?, 'PENDING', 0, ?)""",
                    alert.alertId(), alert.teamId(), json.writeValueAsString(alert), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyQueued) {
            // The same happening reported again (e.g. after a rebuild): it has been or will be sent once.
        }
    }

    /** Sends what is due; runs every second. */
    @Scheduled(fixedDelay = 1000)
    public void deliver() {
        if (settings.webhooks().isEmpty()) {
            return;
        }
        List<Map<String, Object>> due = jdbc.queryForList("""
                SELECT alert_id, team_id, payload, attempts FROM cm_webhook_delivery
                WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT 100""",
                Timestamp.from(clock.instant()));
        for (Map<String, Object> delivery : due) {
            String alertId = (String) delivery.get("alert_id");
            // Several nodes poll the same queue: whoever moves the attempt time on first sends it, the others skip it.
            Instant now = clock.instant();
            if (jdbc.update("""
                    UPDATE cm_webhook_delivery SET next_attempt_at = ? WHERE alert_id = ? AND status = 'PENDING'
                      AND next_attempt_at <= ?""", Timestamp.from(now.plus(SENDING_LEASE)), alertId, Timestamp.from(now)) == 0) {
                continue;
            }
            URI target = settings.webhooks().get((String) delivery.get("team_id"));
            int attempts = ((Number) delivery.get("attempts")).intValue() + 1;
            String error = target == null ? "no webhook configured for the team any more" : post(target, alertId, (String) delivery.get("payload"));
            if (error == null) {
                jdbc.update("UPDATE cm_webhook_delivery SET status = 'DELIVERED', attempts = ?, delivered_at = ? WHERE alert_id = ?",
                            attempts, Timestamp.from(clock.instant()), alertId);
            } else {
                boolean givingUp = attempts >= MAX_ATTEMPTS;
                long pause = Math.min(300, 1L << Math.min(attempts, 9));
                jdbc.update("""
                        UPDATE cm_webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE alert_id = ?""",
                        givingUp ? "FAILED" : "PENDING", attempts, Timestamp.from(clock.instant().plusSeconds(pause)),
                        error.length() > 500 ? error.substring(0, 500) : error, alertId);
                if (givingUp) {
                    log.warn("Gave up delivering alert {} to {} after {} attempts: {}", alertId, target, attempts, error);
                }
            }
        }
    }

    /** @return null when delivered, otherwise why not */
    private String post(URI target, String alertId, String payload) {
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", alertId)
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
