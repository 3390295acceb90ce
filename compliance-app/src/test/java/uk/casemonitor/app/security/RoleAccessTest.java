package uk.casemonitor.app.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each role reaches what it needs and nothing else; a team manager sees only their own team's
 * children; every read of a child's record is in the access log; refusals are RFC 9457 problems.
 */
class RoleAccessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        // The alert streams opened here would otherwise hold a graceful shutdown for its full 30 s.
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "server.shutdown", "immediate"));
        record("N-1", "north");
        record("S-1", "south");
        assertThat(app.as("recorder").postJson("/api/children/U-1/events", """
                {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-03","recordedBy":"duty"}""").statusCode())
                .isEqualTo(201);
        // The team comes from the compliance read model, which follows the event store within moments.
        await().atMost(Duration.ofSeconds(20)).until(() -> app.as("tm.north").get("/api/children/N-1/events").statusCode() == 200);
        await().atMost(Duration.ofSeconds(20)).until(() -> app.as("tm.south").get("/api/children/S-1/events").statusCode() == 200);
    }

    private static void record(String child, String team) {
        assertThat(app.as("recorder").postJson("/api/children/" + child + "/events", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"%s"},
                 {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw","section47Initiated":true}]"""
                .formatted(team)).statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void withoutCredentialsOnlyHealthAndPrometheusAnswer() {
        assertThat(app.anonymous().get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(app.anonymous().get("/actuator/prometheus").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = app.anonymous().get("/api/children/N-1/events");
        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
        assertProblem(app.anonymous().get("/actuator/metrics"), 401);
        assertProblem(app.anonymous().get("/api/rules"), 401);
        assertProblem(app.anonymous().postJson("/api/children/X-1/events", "{}"), 401);
    }

    @Test
    void aWrongPasswordIsRefusedEvenAfterTheRightOneWasRemembered() {
        assertThat(app.as("auditor").get("/api/rules").statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = app.send(HttpRequest.newBuilder(app.uri("/api/rules"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("auditor:guess".getBytes()))
                .GET().build());
        assertProblem(wrong, 401);
    }

    @Test
    void actuatorEndpointsOtherThanHealthAndPrometheusAreForAdministrators() {
        assertProblem(app.as("recorder").get("/actuator/metrics"), 403);
        assertProblem(app.as("auditor").get("/actuator/info"), 403);
        assertThat(app.as("admin").get("/actuator/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void aRecorderAppendsAsThemselvesAndReadsNothing() {
        HttpResponse<String> stored = app.as("recorder").postJson("/api/children/R-1/events", """
                {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-03","recordedBy":"somebody.else"}""");
        assertThat(stored.statusCode()).isEqualTo(201);
        JsonNode events = JSON.readTree(app.as("auditor").get("/api/children/R-1/events").body()).get("events");
        assertThat(events.get(0).get("recordedBy").asString()).isEqualTo("recorder");

        assertProblem(app.as("recorder").get("/api/children/R-1/events"), 403);
        assertProblem(app.as("recorder").get("/api/kpis"), 403);
        assertProblem(app.as("recorder").get("/api/breaches"), 403);
        assertProblem(app.as("recorder").postJson("/api/admin/projections/rebuild", "{}"), 403);
    }

    @Test
    void aTeamManagerReadsOnlyTheirOwnTeamsChildrenBreachesDueListAndAlerts() {
        var north = app.as("tm.north");
        assertThat(north.get("/api/children/N-1/events").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/children/N-1/compliance").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/children/N-1/history").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/breaches?team=north").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/due?team=north").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/kpis?team=north").statusCode()).isEqualTo(200);

        assertProblem(north.get("/api/children/S-1/events"), 403);
        assertProblem(north.get("/api/children/S-1/history"), 403);
        assertProblem(north.get("/api/children/U-1/events"), 403);
        assertProblem(north.get("/api/children/nobody/events"), 403);
        assertProblem(north.get("/api/breaches?team=south"), 403);
        assertProblem(north.get("/api/breaches"), 403);
        assertProblem(north.get("/api/due?team=south"), 403);
        assertProblem(north.get("/api/kpis"), 403);
        assertThat(sseStatus("tm.south", "north")).isEqualTo(403);
        assertThat(sseStatus("tm.north", "north")).isEqualTo(200);
        // Verification and export are the auditors'.
        assertProblem(north.get("/api/children/N-1/history/export"), 403);
        assertProblem(north.get("/api/children/N-1/history/verify"), 403);
        // Nor do they record practice events or reach administration.
        assertProblem(north.postJson("/api/children/N-1/events", """
                {"type":"ReferralReceived","eventId":"r9","occurredAt":"2024-01-03","recordedBy":"x"}"""), 403);
        assertProblem(north.get("/api/admin/projections"), 403);
    }

    @Test
    void aTeamManagerAcknowledgesOnlyTheirOwnTeamsBreachesAndIsRecordedAsTheAcknowledger() {
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(app.get("/api/breaches?team=south").body())
                .get("total").asLong() > 0);
        String acknowledgement = """
                {"obligationKey":"icpc/sd","note":"Chair was ill","acknowledgedBy":"someone.else"}""";
        assertProblem(app.as("tm.north").postJson("/api/children/S-1/breaches/acknowledgements", acknowledgement), 403);
        assertProblem(app.as("auditor").postJson("/api/children/S-1/breaches/acknowledgements", acknowledgement), 403);
        assertThat(app.as("tm.south").postJson("/api/children/S-1/breaches/acknowledgements", acknowledgement).statusCode())
                .isEqualTo(201);
        JsonNode events = JSON.readTree(app.as("auditor").get("/api/children/S-1/events").body()).get("events");
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("type").asString()).isEqualTo("BreachAcknowledged");
            assertThat(event.get("recordedBy").asString()).isEqualTo("tm.south");
        });
    }

    @Test
    void performanceReadsKpisButNoChildsRecord() {
        var performance = app.as("performance");
        assertThat(performance.get("/api/kpis").statusCode()).isEqualTo(200);
        assertThat(performance.get("/api/kpis?team=south").statusCode()).isEqualTo(200);
        assertThat(performance.get("/api/rules").statusCode()).isEqualTo(200);
        assertProblem(performance.get("/api/children/N-1/events"), 403);
        assertProblem(performance.get("/api/children/N-1/compliance"), 403);
        assertProblem(performance.get("/api/children/N-1/history"), 403);
        assertProblem(performance.get("/api/breaches?team=north"), 403);
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() {
        var auditor = app.as("auditor");
        assertThat(auditor.get("/api/children/S-1/events").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/children/U-1/history").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/children/N-1/history/verify").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/children/N-1/history/export").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/breaches").statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/kpis").statusCode()).isEqualTo(200);
        assertThat(sseStatus("auditor", "south")).isEqualTo(200);
        assertProblem(auditor.postJson("/api/children/S-1/events", """
                {"type":"ReferralReceived","eventId":"r9","occurredAt":"2024-01-03","recordedBy":"x"}"""), 403);
        assertProblem(auditor.postJson("/api/admin/projections/rebuild", "{}"), 403);
    }

    @Test
    void everyReadOfAChildsRecordIsInTheAccessLogForAuditors() {
        app.as("tm.north").get("/api/children/N-1/history");
        app.as("tm.north").get("/api/children/S-1/history");
        app.as("auditor").get("/api/children/S-1/history/export");

        JsonNode south = JSON.readTree(app.as("auditor").get("/api/admin/access-log?child=S-1").body());
        assertThat(south).anySatisfy(entry -> {
            assertThat(entry.get("userName").asString()).isEqualTo("tm.north");
            assertThat(entry.get("resource").asString()).isEqualTo("/api/children/S-1/history");
            assertThat(entry.get("granted").asBoolean()).isFalse();
        });
        assertThat(south).anySatisfy(entry -> {
            assertThat(entry.get("userName").asString()).isEqualTo("auditor");
            assertThat(entry.get("resource").asString()).isEqualTo("/api/children/S-1/history/export");
            assertThat(entry.get("granted").asBoolean()).isTrue();
            assertThat(entry.get("at").asString()).isNotBlank();
        });
        assertThat(JSON.readTree(app.as("auditor").get("/api/admin/access-log?child=N-1&user=tm.north").body()))
                .anySatisfy(entry -> assertThat(entry.get("granted").asBoolean()).isTrue())
                .allSatisfy(entry -> assertThat(entry.get("subjectId").asString()).isEqualTo("N-1"));
        assertProblem(app.as("admin").get("/api/admin/access-log?child=N-1"), 403);
        assertProblem(app.as("tm.north").get("/api/admin/access-log?child=N-1"), 403);
    }

    @Test
    void drillDownDataQualityAuditsAndPagesFollowTheSameRules() {
        var performance = app.as("performance");
        assertThat(performance.get("/api/kpis/icpc/children").statusCode()).isEqualTo(200);
        assertThat(performance.get("/api/data-quality/summary").statusCode()).isEqualTo(200);
        assertThat(performance.get("/api/audits/summary").statusCode()).isEqualTo(200);
        assertProblem(performance.get("/api/data-quality"), 403);

        var north = app.as("tm.north");
        assertThat(north.get("/api/kpis/icpc/children?team=north").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/data-quality?team=north").statusCode()).isEqualTo(200);
        assertThat(north.get("/api/audits/summary?team=north").statusCode()).isEqualTo(200);
        assertProblem(north.get("/api/kpis/icpc/children?team=south"), 403);
        assertProblem(north.get("/api/data-quality?team=south"), 403);
        assertProblem(north.get("/api/audits/summary"), 403);

        assertThat(north.get("/manager.html").statusCode()).isEqualTo(200);
        assertProblem(app.anonymous().get("/manager.html"), 401);
        assertProblem(app.as("recorder").get("/api/something-new"), 403);
    }

    @Test
    void administratorsRebuildButDoNotReadChildren() {
        assertThat(app.as("admin").get("/api/admin/projections").statusCode()).isEqualTo(200);
        assertProblem(app.as("admin").get("/api/children/N-1/events"), 403);
    }

    private static int sseStatus(String user, String team) {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/alerts/stream?team=" + team))
                .header("Accept", "text/event-stream").header("Authorization", RunningApp.authorization(user)).GET().build();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient()
                    .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
            response.body().close();
            return response.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:casemonitor:problem:");
    }
}
