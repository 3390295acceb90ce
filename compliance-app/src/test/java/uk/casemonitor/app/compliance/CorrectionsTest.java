package uk.casemonitor.app.compliance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Corrections and retractions sent through the API, and the breaches, history and access log that follow them. */
class CorrectionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MutableClock clock = MutableClock.at("2024-01-10");

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "200ms"), clock);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** CPPCR: a CP visit within 10 working days of the plan; a date typed wrong made a timely visit look late. */
    @Test
    void aVisitRecordedWithADateThatMadeItLateIsCorrectedAndTheBreachIsWithdrawn() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-1");
        clock.setDate("2024-01-29");
        post("K-1", visit("v1", "2024-01-26"));
        awaitBreach("K-1", "RESOLVED_LATE");

        clock.setDate("2024-01-30");
        post("K-1", """
                {"type":"CorrectionRecorded","eventId":"c1","correctedEventId":"v1","reason":"typed 26 for 23",
                 "replacement":{"type":"VisitMade","occurredAt":"2024-01-23","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}}""");

        awaitBreach("K-1", "WITHDRAWN");
        JsonNode events = JSON.readTree(app.get("/api/children/K-1/events").body()).get("events");
        JsonNode correction = events.get(events.size() - 1);
        assertThat(correction.get("type").asString()).isEqualTo("CorrectionRecorded");
        assertThat(correction.get("occurredAt").asString()).isEqualTo("2024-01-30");
        assertThat(correction.get("replacement").get("type").asString()).isEqualTo("VisitMade");
        assertThat(correction.get("replacement").get("recordedAt").asString())
                .isEqualTo(events.get(events.size() - 2).get("recordedAt").asString());

        JsonNode timeline = JSON.readTree(app.get("/api/children/K-1/history").body()).get("timeline");
        JsonNode original = entry(timeline, "VisitMade");
        assertThat(original.get("amendment").get("standing").asString()).isEqualTo("CORRECTED");
        assertThat(original.get("amendment").get("amendedBy").get(0).asString()).isEqualTo("c1");
        JsonNode corrected = entry(timeline, "CorrectionRecorded");
        assertThat(corrected.get("recordedBy").asString()).isEqualTo(RunningApp.DEFAULT_USER);
        assertThat(corrected.get("amendment").get("amends").asString()).isEqualTo("v1");
        assertThat(corrected.get("amendment").get("reason").asString()).isEqualTo("typed 26 for 23");
        JsonNode change = corrected.get("amendment").get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("occurredAt");
        assertThat(change.get("from").asString()).isEqualTo("2024-01-26");
        assertThat(change.get("to").asString()).isEqualTo("2024-01-23");
        assertThat(JSON.readTree(app.get("/api/children/K-1/history/verify").body()).get("intact").asBoolean()).isTrue();
        JsonNode export = JSON.readTree(app.get("/api/children/K-1/history/export").body());
        assertThat(export.get("verification").get("intact").asBoolean()).isTrue();
        assertThat(export.get("events").toString()).contains("\"type\":\"CorrectionRecorded\"").contains("typed 26 for 23");

        assertThat(cpVisitState("K-1", "2024-01-29T23:00:00Z")).isEqualTo("MET_LATE");
        assertThat(cpVisitState("K-1", "2024-01-30T23:00:00Z")).isEqualTo("MET_ON_TIME");
    }

    /** The first CP visit duty's state on 30 January, as known at the given instant. */
    private static String cpVisitState(String child, String knownAt) {
        JsonNode obligations = JSON.readTree(app.get("/api/children/" + child + "/compliance?asOf=2024-01-30&knownAt="
                + knownAt).body()).get("obligations");
        for (JsonNode obligation : obligations) {
            if (obligation.get("rule").asString().equals("cp-visit")) {
                return obligation.get("state").asString();
            }
        }
        throw new AssertionError("no cp-visit duty in " + obligations);
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        for (JsonNode entry : timeline) {
            if (type.equals(entry.get("type").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in " + timeline);
    }

    @Test
    void aRetractedVisitReopensTheDutyItMetAndTheClockRaisesTheBreach() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-2");
        clock.setDate("2024-01-15");
        post("K-2", visit("v1", "2024-01-15"));
        post("K-2", """
                {"type":"RetractionRecorded","eventId":"r1","retractedEventId":"v1","reason":"recorded on the wrong child"}""");
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(
                app.get("/api/children/K-2/compliance").body()).get("obligations").toString().contains("2024-01-24"));

        clock.setDate("2024-01-26");   // the visit was due Wed 24 January
        JsonNode raised = awaitBreach("K-2", "OPEN");
        assertThat(raised.get("raisedBy").asString()).isEqualTo("DEADLINE_PASSED");
    }

    @Test
    void aCorrectionOfAnUnknownEventIsAProblemNamingTheField() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-3");
        HttpResponse<String> response = app.postJson("/api/children/K-3/events", """
                {"type":"RetractionRecorded","eventId":"r1","retractedEventId":"nope","reason":"typo"}""");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("retractedEventId");
        assertThat(problem.get("type").asString()).endsWith("unknown-event-id");
    }

    @Test
    void aReplacementOfAnotherTypeIsAProblemNamingReplacementType() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-4");
        HttpResponse<String> response = app.postJson("/api/children/K-4/events", """
                {"type":"CorrectionRecorded","eventId":"c1","correctedEventId":"p","reason":"wrong type",
                 "replacement":{"type":"VisitMade","occurredAt":"2024-01-10","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}}""");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("replacement.type");
    }

    @Test
    void retractingAPlanStartThatAVisitDependsOnIsRefusedUnlessTheVisitGoesToo() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-5");
        clock.setDate("2024-01-15");
        post("K-5", visit("v1", "2024-01-15"));
        HttpResponse<String> refused = app.postJson("/api/children/K-5/events", """
                {"type":"RetractionRecorded","eventId":"r1","retractedEventId":"p","reason":"no plan was made"}""");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("type").asString()).endsWith("correction-contradicts-history");

        post("K-5", """
                [{"type":"RetractionRecorded","eventId":"r1","retractedEventId":"p","reason":"no plan was made"},
                 {"type":"RetractionRecorded","eventId":"r2","retractedEventId":"v1","reason":"no plan was made"}]""");
    }

    @Test
    void onlyARecorderSendsCorrectionsAndEachIsInTheAccessLog() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-6");
        String retraction = """
                {"type":"RetractionRecorded","eventId":"r1","retractedEventId":"t","reason":"wrong team"}""";
        assertThat(app.as("auditor").postJson("/api/children/K-6/events", retraction).statusCode()).isEqualTo(403);
        assertThat(app.as("recorder").postJson("/api/children/K-6/events", retraction).statusCode()).isEqualTo(201);

        JsonNode log = JSON.readTree(app.as("auditor").get("/api/admin/access-log?child=K-6").body());
        assertThat(log.toString()).contains("RetractionRecorded r1 of t").contains("\"userName\":\"recorder\"");
    }

    @Test
    void aCorrectionMadeLongAfterTheEventIsAFindingForTheTeamAndCountsInItsCorrectionsRate() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("K-7");
        clock.setDate("2024-01-15");
        post("K-7", visit("v1", "2024-01-15"));
        clock.setDate("2024-03-01");
        post("K-7", """
                {"type":"CorrectionRecorded","eventId":"c1","correctedEventId":"v1","reason":"found on audit",
                 "replacement":{"type":"VisitMade","occurredAt":"2024-01-12","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"asleep"}}""");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode findings = JSON.readTree(app.get("/api/data-quality?team=team-K-7&check=late-correction").body());
            assertThat(findings.get("total").asLong()).isEqualTo(1);
            assertThat(findings.get("findings").get(0).get("eventId").asString()).isEqualTo("c1");
        });
        JsonNode rate = JSON.readTree(app.get("/api/data-quality/summary?team=team-K-7").body()).get("corrections").get(0);
        assertThat(rate.get("teamId").asString()).isEqualTo("team-K-7");
        assertThat(rate.get("corrections").asLong()).isEqualTo(1);
        assertThat(rate.get("events").asLong()).isEqualTo(4);
        assertThat(rate.get("rate").asDouble()).isEqualTo(0.25);
    }

    @Test
    void aFosterCarersApprovalDateIsCorrectedThroughTheirOwnEndpoint() {
        clock.setDate("2024-01-10");
        String events = "/api/foster-carers/FC-9/events";
        assertThat(app.postJson(events, """
                {"type":"FosterCarerApproved","eventId":"a1","occurredAt":"2023-05-01","carerType":"MAINSTREAM"}""")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> wrongType = app.postJson(events, """
                {"type":"FosterCarerCorrectionRecorded","eventId":"c1","correctedEventId":"a1","reason":"typo",
                 "replacement":{"type":"FosterCarerTeamAssigned","occurredAt":"2023-04-01","teamId":"fostering"}}""");
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(wrongType.body()).get("field").asString()).isEqualTo("replacement.type");
        HttpResponse<String> childType = app.postJson(events, """
                {"type":"FosterCarerCorrectionRecorded","eventId":"c1","correctedEventId":"a1","reason":"typo",
                 "replacement":{"type":"VisitMade","occurredAt":"2023-04-01"}}""");
        assertThat(childType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(childType.body()).get("field").asString()).isEqualTo("replacement.type");

        assertThat(app.postJson(events, """
                {"type":"FosterCarerCorrectionRecorded","eventId":"c1","correctedEventId":"a1","reason":"typo",
                 "replacement":{"type":"FosterCarerApproved","occurredAt":"2023-04-01","carerType":"MAINSTREAM"}}""")
                .statusCode()).isEqualTo(201);
        JsonNode stored = JSON.readTree(app.get(events).body()).get("events");
        assertThat(stored.get(1).get("replacement").get("occurredAt").asString()).isEqualTo("2023-04-01");
    }

    private static void planStartedOnTenthJanuary(String child) {
        post(child, """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-10","recordedBy":"tm","teamId":"team-%s"},
                 {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-01-10","recordedBy":"chair","category":"NEGLECT"}]"""
                .formatted(child));
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(
                app.get("/api/due?team=team-" + child + "&withinWorkingDays=20").body()).get("due").size() > 0);
    }

    private static String visit(String id, String on) {
        return """
                {"type":"VisitMade","eventId":"%s","occurredAt":"%s","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}"""
                .formatted(id, on);
    }

    private static void post(String child, String json) {
        HttpResponse<String> response = app.postJson("/api/children/" + child + "/events", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static JsonNode awaitBreach(String child, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode page = JSON.readTree(app.get("/api/breaches?team=team-" + child + "&rule=cp-visit&status=" + status).body());
            assertThat(page.get("total").asLong()).isEqualTo(1);
            found[0] = page.get("breaches").get(0);
        });
        return found[0];
    }
}
