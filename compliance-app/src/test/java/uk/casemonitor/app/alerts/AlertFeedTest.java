package uk.casemonitor.app.alerts;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Team managers see their team's breaches and reminders the moment they arise, and acknowledge them. */
class AlertFeedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void breachesFromLateEventsAndFromPassingTimeReachOnlyTheirTeamsFeedAndWebhook() throws IOException {
        List<String> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/north-alerts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // The receiver is down for the first attempt: the alert must come again, and only once delivered.
            int status = attempts.incrementAndGet() == 1 ? 503 : 200;
            if (status == 200) {
                delivered.add(JSON.readTree(body).get("alertId").asString());
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        MutableClock clock = MutableClock.at("2024-01-26");
        Map<String, String> settings = Map.of(
                "compliance.data-dir", dataDir.toString(),
                "compliance.deadline-check", "200ms",
                "compliance.alerts.webhooks.north", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/north-alerts");
        try (RunningApp app = RunningApp.start(settings, clock)) {
            SseRecorder north = new SseRecorder(app.uri("/api/alerts/stream?team=north"));
            SseRecorder south = new SseRecorder(app.uri("/api/alerts/stream?team=south"));
            await().atMost(Duration.ofSeconds(10)).until(() -> north.isConnected() && south.isConnected());

            // A late event: the strategy discussion of 2 January, recorded on the 26th, had its ICPC due on the 23rd.
            post(app, "N-1", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"north"},
                     {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw","section47Initiated":true}]""");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(north.received("breach-raised"))
                    .anySatisfy(alert -> {
                        assertThat(alert.data().get("obligationKey").asString()).isEqualTo("icpc/sd");
                        assertThat(alert.data().get("teamId").asString()).isEqualTo("north");
                    }));

            // Time passing: a plan started today; nothing more is recorded and its first visit (due 9 Feb) is missed.
            post(app, "N-2", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-26","recordedBy":"tm","teamId":"north"},
                     {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-01-26","recordedBy":"chair","category":"NEGLECT"},
                     {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-26","recordedBy":"duty"}]""");
            // The referral decision falls due on Monday 29th: a due-soon reminder.
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(north.received("due-soon"))
                    .anySatisfy(alert -> assertThat(alert.data().get("obligationKey").asString()).isEqualTo("referral-decision/r")));
            clock.setDate("2024-02-12");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(north.received("breach-raised"))
                    .anySatisfy(alert -> assertThat(alert.data().get("obligationKey").asString()).isEqualTo("cp-visit/p")));

            assertThat(south.received()).isEmpty();
            // A refused delivery is tried again after a pause on the monitor's clock: let that clock run on meanwhile.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                clock.set(clock.instant().plusSeconds(1));
                assertThat(delivered).contains("CHILD:N-1:icpc/sd:breach-raised", "CHILD:N-2:cp-visit/p:breach-raised");
            });
            assertThat(delivered).doesNotHaveDuplicates();
            assertThat(attempts.get()).isGreaterThan(delivered.size());
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void anAcknowledgementIsRecordedInTheChildsHistoryAndSurvivesARestart() {
        MutableClock clock = MutableClock.at("2024-01-26");
        Map<String, String> settings = Map.of("compliance.data-dir", dataDir.toString());
        try (RunningApp app = RunningApp.start(settings, clock)) {
            SseRecorder north = new SseRecorder(app.uri("/api/alerts/stream?team=north"));
            await().atMost(Duration.ofSeconds(10)).until(north::isConnected);
            post(app, "K-1", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"north"},
                     {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw","section47Initiated":true}]""");
            await().atMost(Duration.ofSeconds(20)).until(() -> breach(app).get("status").asString().equals("OPEN"));

            assertThat(app.as("tm.north").postJson("/api/children/K-1/breaches/acknowledgements", """
                    {"obligationKey":"icpc/sd","note":"Conference room cancelled twice","plannedAction":"ICPC booked for 30 January",
                     "acknowledgedBy":"tm.north"}""").statusCode()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> breach(app).get("acknowledgement").has("note"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !north.received("breach-acknowledged").isEmpty());
            assertThat(app.as("tm.north").postJson("/api/children/K-1/breaches/acknowledgements", """
                    {"obligationKey":"icpc/nothing","note":"x","acknowledgedBy":"tm.north"}""").statusCode()).isEqualTo(404);
            // Refused before anything is recorded: a 400 problem naming the field, as for any other bad request.
            assertBadRequest(app.as("tm.north").postJson("/api/children/K-1/breaches/acknowledgements", """
                    {"obligationKey":"icpc/sd","note":"  ","acknowledgedBy":"tm.north"}"""), "note");
            assertBadRequest(app.as("tm.north").postJson("/api/children/K-1/breaches/acknowledgements", """
                    {"note":"Chair was ill"}"""), "obligationKey");
        }
        try (RunningApp restarted = RunningApp.start(settings, clock)) {
            JsonNode breach = breach(restarted);
            assertThat(breach.get("status").asString()).isEqualTo("OPEN");
            assertThat(breach.get("acknowledgement").get("by").asString()).isEqualTo("tm.north");
            assertThat(breach.get("acknowledgement").get("plannedAction").asString()).isEqualTo("ICPC booked for 30 January");

            JsonNode history = JSON.readTree(restarted.get("/api/children/K-1/history").body());
            assertThat(history.get("timeline")).anySatisfy(entry -> {
                assertThat(entry.get("type").asString()).isEqualTo("BreachAcknowledged");
                assertThat(entry.get("recordedBy").asString()).isEqualTo("tm.north");
                assertThat(entry.get("effects").get(0).get("effect").asString()).isEqualTo("ACKNOWLEDGED");
            });
            // Acknowledging hides nothing: the ICPC KPI still counts the breach.
            assertThat(JSON.readTree(restarted.get("/api/kpis?team=north&asOf=2024-01-26").body()).get("kpis"))
                    .anySatisfy(kpi -> {
                        assertThat(kpi.get("id").asString()).isEqualTo("icpc");
                        assertThat(kpi.get("denominator").asLong()).isEqualTo(1);
                        assertThat(kpi.get("numerator").asLong()).isZero();
                    });
        }
    }

    private static JsonNode breach(RunningApp app) {
        JsonNode page = JSON.readTree(app.get("/api/breaches?team=north&rule=icpc").body());
        return page.get("total").asLong() == 0 ? JSON.createObjectNode().put("status", "NONE") : page.get("breaches").get(0);
    }

    private static void assertBadRequest(java.net.http.HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).startsWith(field + ": ");
    }

    private static void post(RunningApp app, String child, String json) {
        assertThat(app.postJson("/api/children/" + child + "/events", json).statusCode()).isEqualTo(201);
    }
}
