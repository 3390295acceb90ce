package uk.casemonitor.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad request gets a 4xx problem naming what is wrong, and stores nothing. */
class BadInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(),
                                      "compliance.api.max-request-bytes", "20000"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(post("C-bad-1", "{\"type\":\"VisitMade\","), 400, "body");
        assertNothingStored("C-bad-1");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertProblem(post("C-bad-2", """
                {"type":"ReferralReceived","eventId":"r1","recordedBy":"duty"}"""), 400, "occurredAt");
        assertProblem(post("C-bad-2", """
                {"type":"StrategyDiscussionHeld","eventId":"s1","occurredAt":"2024-01-02","recordedBy":"duty"}"""),
                400, "section47Initiated");
        assertNothingStored("C-bad-2");
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertProblem(post("C-bad-3", """
                {"type":"ChildAbducted","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"}"""), 400, "type");
        assertProblem(post("C-bad-3", """
                {"eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"}"""), 400, "type");
        assertNothingStored("C-bad-3");
    }

    @Test
    void aFutureDateIsRefused() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertProblem(post("C-bad-4", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"%s","recordedBy":"duty"}""".formatted(tomorrow)),
                400, "occurredAt");
        assertNothingStored("C-bad-4");
    }

    @Test
    void anOversizedPayloadIsRefused() {
        String huge = "x".repeat(30_000);
        assertProblem(post("C-bad-5", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty","source":"%s"}"""
                .formatted(huge)), 413, "body");
        assertNothingStored("C-bad-5");
    }

    @Test
    void anOverlongFieldIsRefused() {
        assertProblem(post("C-bad-6", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty","source":"%s"}"""
                .formatted("y".repeat(600))), 400, "source");
        assertNothingStored("C-bad-6");
    }

    @Test
    void unknownFieldsWrongValuesAndClientTimestampsAreRefused() {
        assertProblem(post("C-bad-7", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty","colour":"red"}"""),
                400, "colour");
        assertProblem(post("C-bad-7", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-02-30","recordedBy":"duty"}"""),
                400, "occurredAt");
        assertProblem(post("C-bad-7", """
                {"type":"ChildProtectionPlanStarted","eventId":"p1","occurredAt":"2024-01-02","recordedBy":"duty","category":"BAD_LUCK"}"""),
                400, "category");
        assertProblem(post("C-bad-7", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty","recordedAt":"2024-01-02T10:00:00Z"}"""),
                400, "recordedAt");
        assertProblem(post("C-bad-7", """
                {"type":"ReferralReceived","childId":"someone-else","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"}"""),
                400, "childId");
        assertProblem(post("C-bad-7", "[]"), 400, "body");
        assertProblem(post("C-bad-7", "42"), 400, "body");
        assertNothingStored("C-bad-7");
    }

    @Test
    void anInvalidChildIdIsRefused() {
        assertProblem(post("bad%20id", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"}"""), 400, "childId");
    }

    @Test
    void aBatchWithOneBadEventStoresNoneOfIt() {
        assertProblem(post("C-bad-8", """
                [{"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"},
                 {"type":"VisitMade","eventId":"v1","occurredAt":"2024-01-03","recordedBy":"duty","visitType":"CHILD_PROTECTION"}]"""),
                422, "visitType");
        assertProblem(post("C-bad-8", """
                [{"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"},
                 {"type":"ReferralReceived","eventId":"r2","recordedBy":"duty"}]"""), 400, "[1].occurredAt");
        assertNothingStored("C-bad-8");
    }

    @Test
    void reusingAnEventIdForDifferentContentIsAConflict() {
        assertThat(post("C-bad-9", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-02","recordedBy":"duty"}""").statusCode())
                .isEqualTo(201);
        assertProblem(post("C-bad-9", """
                {"type":"ReferralReceived","eventId":"r1","occurredAt":"2024-01-03","recordedBy":"duty"}"""), 409, "eventId");
        assertThat(JSON.readTree(app.get("/api/children/C-bad-9/events").body()).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void aNonJsonContentTypeIsRefused() {
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.uri("/api/children/C-bad-10/events"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertNothingStored("C-bad-10");
    }

    private static HttpResponse<String> post(String childId, String body) {
        return app.postJson("/api/children/" + childId + "/events", body);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private static void assertNothingStored(String childId) {
        assertThat(app.get("/api/children/" + childId + "/events").statusCode()).isEqualTo(404);
    }
}
