package uk.casemonitor.app.history;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor replays a child's record: as it stood on past dates, and as it was known at past moments. */
class AuditorReplayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MutableClock clock = MutableClock.at("2024-02-15");

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), clock);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aBreachOpenOnTheFirstOfMarchAndResolvedOnTheTenthShowsOpenOnTheFifthAndResolvedOnTheEleventh() {
        // Plan from Thu 15 February: the first visit is due Thu 29 February; made on Sun 10 March.
        clock.setDate("2024-02-15");
        post("A-1", planStarted());
        clock.setDate("2024-03-10");
        post("A-1", visit("v1", "2024-03-10"));

        assertThat(cpVisitState("A-1", "2024-03-01", null)).isEqualTo("OVERDUE");
        assertThat(cpVisitState("A-1", "2024-03-05", null)).isEqualTo("OVERDUE");
        assertThat(cpVisitState("A-1", "2024-03-11", null)).isEqualTo("MET_LATE");
    }

    @Test
    void aVisitOnTimeButRecordedTwentyDaysLateIsOutOfTimescaleUntilItIsRecorded() {
        clock.setDate("2024-02-15");
        post("A-2", planStarted());
        // Visited on Mon 26 February (on time), typed up on Sun 17 March: 20 days later.
        clock.setDate("2024-03-17");
        post("A-2", visit("v1", "2024-02-26"));

        assertThat(cpVisitState("A-2", "2024-03-05", "2024-03-05")).isEqualTo("OVERDUE");
        assertThat(cpVisitState("A-2", "2024-03-05", "2024-03-18")).isEqualTo("MET_ON_TIME");

        JsonNode history = JSON.readTree(app.get("/api/children/A-2/history?asOf=2024-03-05&knownAt=2024-03-05").body());
        assertThat(history.get("differences")).hasSize(2);
        Map<String, String> asKnown = states(history.get("asKnown"));
        Map<String, String> asHappened = states(history.get("asHappened"));
        assertThat(asKnown).containsEntry("cp-visit/p", "OVERDUE");
        assertThat(asHappened).containsEntry("cp-visit/p", "MET_ON_TIME").containsEntry("cp-visit/v1", "DUE");
        JsonNode visitEntry = entry(history, "v1");
        assertThat(visitEntry.get("knownAtTheTime").asBoolean()).isFalse();
        assertThat(visitEntry.get("recordedAfterWorkingDays").asInt()).isEqualTo(14);
        assertThat(visitEntry.get("effects")).extracting(e -> e.get("effect").asString())
                .containsExactlyInAnyOrder("MET_ON_TIME", "OBLIGATION_OPENED");
    }

    @Test
    void theTimelineShowsEachEventWithItsRecorderAndTheDeadlineThatPassed() {
        clock.setDate("2024-02-15");
        post("A-3", planStarted());
        clock.setDate("2024-03-10");
        post("A-3", visit("v1", "2024-03-10"));

        JsonNode history = JSON.readTree(app.get("/api/children/A-3/history?asOf=2024-03-20").body());
        assertThat(history.get("timeline")).extracting(e -> e.get("type").asString())
                .containsSubsequence("ChildProtectionPlanStarted", "DeadlinePassed", "VisitMade");
        assertThat(entry(history, "p").get("recordedBy").asString()).isEqualTo(RunningApp.DEFAULT_USER);
        assertThat(entry(history, "v1").get("effects")).extracting(e -> e.get("effect").asString()).contains("MET_LATE");
    }

    @Test
    void alteringAStoredPayloadDirectlyInTheDatabaseIsDetected() {
        clock.setDate("2024-02-15");
        post("A-4", planStarted());
        clock.setDate("2024-03-01");
        post("A-4", visit("v1", "2024-02-26"));
        post("A-4", visit("v2", "2024-03-01"));
        JsonNode intact = JSON.readTree(app.get("/api/children/A-4/history/verify").body());
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("events").asInt()).isEqualTo(3);

        // Someone back-dates the late visit in the database to make the record look compliant.
        JdbcTemplate jdbc = new JdbcTemplate(app.bean(DataSource.class));
        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 1", byte[].class,
                "child-case:A-4");
        String altered = new String(payload, StandardCharsets.UTF_8).replace("2024-02-26", "2024-02-23");
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 1",
                    altered.getBytes(StandardCharsets.UTF_8), "child-case:A-4");

        JsonNode tampered = JSON.readTree(app.get("/api/children/A-4/history/verify").body());
        assertThat(tampered.get("intact").asBoolean()).isFalse();
        assertThat(tampered.get("firstBrokenSequence").asLong()).isEqualTo(1);

        JsonNode export = JSON.readTree(app.get("/api/children/A-4/history/export").body());
        assertThat(export.get("events")).hasSize(3);
        assertThat(export.get("events").get(0).get("chainHash").asString()).hasSize(64);
        assertThat(export.get("verification").get("intact").asBoolean()).isFalse();
    }

    private static String planStarted() {
        return """
                {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-02-15","recordedBy":"chair","category":"NEGLECT"}""";
    }

    private static String visit(String id, String on) {
        return """
                {"type":"VisitMade","eventId":"%s","occurredAt":"%s","recordedBy":"sw","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}"""
                .formatted(id, on);
    }

    private static void post(String child, String json) {
        assertThat(app.postJson("/api/children/" + child + "/events", json).statusCode()).isEqualTo(201);
    }

    private static String cpVisitState(String child, String asOf, String knownAt) {
        String query = "?asOf=" + asOf + (knownAt == null ? "" : "&knownAt=" + knownAt);
        return states(JSON.readTree(app.get("/api/children/" + child + "/compliance" + query).body())).get("cp-visit/p");
    }

    private static Map<String, String> states(JsonNode view) {
        Map<String, String> states = new HashMap<>();
        view.get("obligations").forEach(o -> states.put(o.get("key").asString(), o.get("state").asString()));
        return states;
    }

    private static JsonNode entry(JsonNode history, String eventId) {
        for (JsonNode entry : history.get("timeline")) {
            if (eventId.equals(entry.get("eventId").asString(null))) {
                return entry;
            }
        }
        throw new AssertionError("No timeline entry for " + eventId);
    }
}
