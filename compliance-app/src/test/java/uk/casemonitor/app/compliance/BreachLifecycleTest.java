package uk.casemonitor.app.compliance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A breach raised by the clock, then settled by what is recorded afterwards. */
class BreachLifecycleTest {

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

    @Test
    void aVisitMadeOnTimeButRecordedLateWithdrawsTheBreachTheClockRaised() {
        planStartedOnTenthJanuary("B-1");
        clock.setDate("2024-01-26");   // CP visit was due Wed 24 January
        JsonNode raised = awaitBreach("B-1", "OPEN");
        assertThat(raised.get("raisedBy").asString()).isEqualTo("DEADLINE_PASSED");
        assertThat(raised.get("dueOn").asString()).isEqualTo("2024-01-24");

        post("B-1", visit("v1", "2024-01-23"));
        awaitBreach("B-1", "WITHDRAWN");
    }

    @Test
    void aVisitMadeLateResolvesTheBreachLate() {
        clock.setDate("2024-01-10");
        planStartedOnTenthJanuary("B-2");
        clock.setDate("2024-01-26");
        awaitBreach("B-2", "OPEN");

        post("B-2", visit("v1", "2024-01-26"));
        JsonNode resolved = awaitBreach("B-2", "RESOLVED_LATE");
        assertThat(resolved.get("resolvedOn").asString()).isEqualTo("2024-01-26");
        assertThat(resolved.get("daysOverdue").asInt()).isEqualTo(2);
    }

    /** Records the plan and waits until the read model holds its visiting duty, before time moves on. */
    private static void planStartedOnTenthJanuary(String child) {
        postPlan(child);
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(
                app.get("/api/due?team=team-" + child + "&withinWorkingDays=20").body()).get("due").size() > 0);
    }

    private static void postPlan(String child) {
        post(child, """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-10","recordedBy":"tm","teamId":"team-%s"},
                 {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-01-10","recordedBy":"chair","category":"NEGLECT"}]"""
                .formatted(child));
    }

    private static String visit(String id, String on) {
        return """
                {"type":"VisitMade","eventId":"%s","occurredAt":"%s","recordedBy":"sw","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}"""
                .formatted(id, on);
    }

    private static void post(String child, String json) {
        assertThat(app.postJson("/api/children/" + child + "/events", json).statusCode()).isEqualTo(201);
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
