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

/**
 * A manager records that a duty no longer applies, and why: the duty ends, and an overdue one leaves
 * the open register as closed unmet, never staying open.
 */
class DutyNoLongerAppliesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MutableClock clock = MutableClock.at("2024-02-20");

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
    void aConferenceNotConvenedClosesTheOverdueIcpcAsUnmet() {
        post("D-1", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"decisions"},
                 {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw","section47Initiated":true}]""");
        await().atMost(Duration.ofSeconds(20)).until(() -> icpcBreach().equals("OPEN"));

        post("D-1", """
                {"type":"DutyNoLongerApplies","eventId":"nla","occurredAt":"2024-02-20","recordedBy":"tm","rule":"icpc",
                 "reason":"Conference not convened: the child is accommodated and safe"}""");
        await().atMost(Duration.ofSeconds(20)).until(() -> icpcBreach().equals("CLOSED_UNMET"));
    }

    @Test
    void aDecisionNamingNoDutyOfAChildIsRefusedNamingTheFieldAndNothingIsStored() {
        HttpResponse<String> refused = app.postJson("/api/children/D-2/events", """
                {"type":"DutyNoLongerApplies","eventId":"nla","occurredAt":"2024-02-20","recordedBy":"tm","rule":"carer-review",
                 "reason":"Not a child's duty"}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("field").asString()).isEqualTo("rule");
        assertThat(problem.get("detail").asString()).contains("must be a child's duty", "icpc");
        assertThat(app.get("/api/children/D-2/events").statusCode()).isEqualTo(404);

        HttpResponse<String> noReason = app.postJson("/api/children/D-2/events", """
                {"type":"DutyNoLongerApplies","eventId":"nla","occurredAt":"2024-02-20","recordedBy":"tm","rule":"icpc"}""");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noReason.body()).get("field").asString()).isEqualTo("reason");
    }

    private static String icpcBreach() {
        for (JsonNode breach : JSON.readTree(app.get("/api/breaches?team=decisions&rule=icpc").body()).get("breaches")) {
            return breach.get("status").asString();
        }
        return "";
    }

    private static void post(String child, String json) {
        assertThat(app.postJson("/api/children/" + child + "/events", json).statusCode()).isEqualTo(201);
    }
}
