package uk.casemonitor.app.compliance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.app.config.MonitoringStart;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An authority monitored from 15 January 2024 (its migration): what fell due and was settled before
 * then is history, not a breach; a duty still owed that day is overdue from it, and says so.
 */
class MonitoringStartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MutableClock clock = MutableClock.at("2024-03-01");

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "200ms",
                                      "compliance.monitoring-from", "2024-01-15"), clock);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aReviewOwedSinceBeforeMonitoringIsOverdueFromItsFirstDayAndSaysSo() {
        // Approved in 1993, last reviewed in 2021: the review due in 2022 was never seen.
        post("FC-OLD", """
                [{"type":"FosterCarerApproved","eventId":"a","occurredAt":"1993-05-04","recordedBy":"panel","carerType":"MAINSTREAM"},
                 {"type":"FosterCarerTeamAssigned","eventId":"t","occurredAt":"1993-05-04","recordedBy":"tm","teamId":"fostering"},
                 {"type":"FosterCarerApprovalReviewed","eventId":"r1","occurredAt":"1994-09-01","recordedBy":"iro"},
                 {"type":"FosterCarerApprovalReviewed","eventId":"r2","occurredAt":"2021-06-01","recordedBy":"iro"}]""");

        JsonNode review = await().atMost(Duration.ofSeconds(20)).until(() -> breach("FC-OLD", "carer-review/r2"), b -> b != null);
        assertThat(review.get("status").asString()).isEqualTo("OPEN");
        assertThat(review.get("dueOn").asString()).isEqualTo("2024-01-15");
        assertThat(review.get("daysOverdue").asInt()).isEqualTo(46);
        assertThat(review.get("dueFromMonitoringStart").asBoolean()).isTrue();

        assertThat(breach("FC-OLD", "carer-review/a")).as("due 1994, held late before monitoring: no breach").isNull();
        JsonNode compliance = JSON.readTree(app.get("/api/foster-carers/FC-OLD/compliance").body());
        assertThat(stateOf(compliance, "carer-review/a")).isEqualTo("PRE_MONITORING");
        assertThat(stateOf(compliance, "carer-review/r2")).isEqualTo("OVERDUE");
    }

    @Test
    void theConfiguredStartWinsOverAnImportsAndTheRegisterReportsIt() {
        MonitoringStart start = app.bean(MonitoringStart.class);
        start.historyBeginsOn(LocalDate.parse("2020-04-01"), "import-ssda903");
        JsonNode reported = JSON.readTree(app.get("/api/monitoring-start").body());
        assertThat(reported.get("monitoringFrom").asString()).isEqualTo("2024-01-15");
        assertThat(reported.get("setBy").asString()).contains("compliance.monitoring-from");
        assertThat(JSON.readTree(app.get("/api/breaches").body()).get("monitoringFrom").asString()).isEqualTo("2024-01-15");
    }

    private static JsonNode breach(String carer, String obligationKey) {
        for (JsonNode breach : JSON.readTree(app.get("/api/breaches?team=fostering").body()).get("breaches")) {
            if (breach.get("subjectId").asString().equals(carer) && breach.get("obligationKey").asString().equals(obligationKey)) {
                return breach;
            }
        }
        return null;
    }

    private static String stateOf(JsonNode compliance, String key) {
        for (JsonNode obligation : compliance.get("obligations")) {
            if (obligation.get("key").asString().equals(key)) {
                return obligation.get("state").asString();
            }
        }
        return null;
    }

    private static void post(String carer, String json) {
        assertThat(app.postJson("/api/foster-carers/" + carer + "/events", json).statusCode()).isEqualTo(201);
    }
}
