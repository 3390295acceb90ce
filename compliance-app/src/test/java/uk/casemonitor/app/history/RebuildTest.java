package uk.casemonitor.app.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An authority moves child-protection visits from every 10 to every 20 working days. Rebuilding
 * the read models recomputes history, and the result is the same as ingesting the same events
 * afresh under the new policy.
 */
class RebuildTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TWENTY_DAY_VISITS = Map.of("compliance.rules.cp-visit.timescale", "20 working days");

    @TempDir
    Path rebuilt;

    @TempDir
    Path fresh;

    @Test
    void aRebuildAfterChangingATimescaleEqualsAFreshIngestionUnderTheNewPolicy() {
        MutableClock clock = MutableClock.at("2024-06-03");
        String tenDayKpis;
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", rebuilt.toString()), clock)) {
            recordEvents(app);
            tenDayKpis = awaitKpis(app);
        }

        String rebuiltKpis;
        try (RunningApp app = RunningApp.start(with(rebuilt, TWENTY_DAY_VISITS), clock)) {
            assertThat(app.postJson("/api/admin/projections/rebuild", "").statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    JSON.readTree(app.get("/api/admin/projections").body()).get("state").asString().equals("COMPLETED"));
            JsonNode status = JSON.readTree(app.get("/api/admin/projections").body());
            assertThat(status.get("eventsDone").asLong()).isEqualTo(status.get("eventsTotal").asLong()).isPositive();
            rebuiltKpis = kpis(app);
        }

        String freshKpis;
        try (RunningApp app = RunningApp.start(with(fresh, TWENTY_DAY_VISITS), clock)) {
            recordEvents(app);
            freshKpis = awaitKpis(app);
        }

        assertThat(rebuiltKpis).isEqualTo(freshKpis).isNotEqualTo(tenDayKpis);
    }

    private static Map<String, String> with(Path dir, Map<String, String> policy) {
        Map<String, String> properties = new java.util.HashMap<>(policy);
        properties.put("compliance.data-dir", dir.toString());
        return properties;
    }

    /** Three children on CP plans visited every 11 to 16 working days: late under 10, on time under 20. */
    private static void recordEvents(RunningApp app) {
        for (String child : List.of("R-1", "R-2", "R-3")) {
            assertThat(app.postJson("/api/children/" + child + "/events", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"rebuild"},
                     {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-01-02","recordedBy":"chair","category":"NEGLECT"},
                     {"type":"VisitMade","eventId":"v1","occurredAt":"2024-01-18","recordedBy":"sw","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true},
                     {"type":"VisitMade","eventId":"v2","occurredAt":"2024-02-05","recordedBy":"sw","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false},
                     {"type":"VisitMade","eventId":"v3","occurredAt":"2024-02-26","recordedBy":"sw","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}]
                    """).statusCode()).isEqualTo(201);
        }
    }

    private static String awaitKpis(RunningApp app) {
        await().atMost(Duration.ofSeconds(20)).until(() -> kpiNode(app, "cp-seen-alone").get("denominator").asLong() == 9);
        return kpis(app);
    }

    private static JsonNode kpiNode(RunningApp app, String id) {
        for (JsonNode kpi : JSON.readTree(app.get("/api/kpis?team=rebuild&asOf=2024-03-12").body()).get("kpis")) {
            if (kpi.get("id").asString().equals(id)) {
                return kpi;
            }
        }
        throw new AssertionError(id);
    }

    /** The KPI figures only (not the read-model status), as a comparable string. */
    private static String kpis(RunningApp app) {
        StringBuilder figures = new StringBuilder();
        JSON.readTree(app.get("/api/kpis?team=rebuild&asOf=2024-03-12").body()).get("kpis").forEach(kpi ->
                figures.append(kpi.get("id").asString()).append('=').append(kpi.get("numerator").asLong()).append('/')
                       .append(kpi.get("denominator").asLong()).append('\n'));
        return figures.toString();
    }
}
