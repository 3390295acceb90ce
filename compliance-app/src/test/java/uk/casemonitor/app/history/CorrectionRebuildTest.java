package uk.casemonitor.app.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Corrections and retractions processed live give the same KPIs and breaches as a rebuild that
 * replays them from the event store after a restart, where they are read back through Axon's serializer.
 */
class CorrectionRebuildTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void aRebuildAfterCorrectionsEqualsWhatLiveProcessingMadeOfThem() {
        MutableClock clock = MutableClock.at("2024-06-03");
        String live;
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), clock)) {
            recordEvents(app);
            // Each child's second visit is retracted: six visits count, not nine.
            await().atMost(Duration.ofSeconds(20)).until(() -> kpi(app, "cp-seen-alone").get("denominator").asLong() == 6);
            await().atMost(Duration.ofSeconds(20)).until(() -> !breaches(app).isEmpty());
            live = figures(app);
        }

        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString()), clock)) {
            assertThat(app.postJson("/api/admin/projections/rebuild", "").statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    JSON.readTree(app.get("/api/admin/projections").body()).get("state").asString().equals("COMPLETED"));
            assertThat(figures(app)).isEqualTo(live);

            // The case is loaded from the store, corrections and all, and a correction of a corrected event is accepted.
            assertThat(app.postJson("/api/children/X-1/events", """
                    {"type":"CorrectionRecorded","eventId":"c2","correctedEventId":"v1","reason":"second thoughts",
                     "replacement":{"type":"VisitMade","occurredAt":"2024-01-11","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}}
                    """).statusCode()).isEqualTo(201);
        }
    }

    /** Visits every 11 to 16 working days; the first is corrected to within 10, the second retracted. */
    private static void recordEvents(RunningApp app) {
        for (String child : List.of("X-1", "X-2", "X-3")) {
            assertThat(app.postJson("/api/children/" + child + "/events", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"corrected"},
                     {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-01-02","recordedBy":"chair","category":"NEGLECT"},
                     {"type":"VisitMade","eventId":"v1","occurredAt":"2024-01-18","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true},
                     {"type":"VisitMade","eventId":"v2","occurredAt":"2024-02-05","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":false},
                     {"type":"VisitMade","eventId":"v3","occurredAt":"2024-02-26","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}]
                    """).statusCode()).isEqualTo(201);
            assertThat(app.postJson("/api/children/" + child + "/events", """
                    [{"type":"CorrectionRecorded","eventId":"c1","correctedEventId":"v1","reason":"date mistyped",
                      "replacement":{"type":"VisitMade","occurredAt":"2024-01-12","visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}},
                     {"type":"RetractionRecorded","eventId":"r1","retractedEventId":"v2","reason":"recorded on the wrong child"}]
                    """).statusCode()).isEqualTo(201);
        }
    }

    private static JsonNode kpi(RunningApp app, String id) {
        for (JsonNode kpi : JSON.readTree(app.get("/api/kpis?team=corrected&asOf=2024-03-12").body()).get("kpis")) {
            if (kpi.get("id").asString().equals(id)) {
                return kpi;
            }
        }
        throw new AssertionError(id);
    }

    private static List<String> breaches(RunningApp app) {
        List<String> found = new ArrayList<>();
        JSON.readTree(app.get("/api/breaches?team=corrected&size=100").body()).get("breaches").forEach(breach ->
                found.add(breach.get("obligationKey").asString() + " " + breach.get("status").asString()));
        found.sort(String::compareTo);
        return found;
    }

    /** KPI figures and the breach register, as a comparable string. */
    private static String figures(RunningApp app) {
        StringBuilder figures = new StringBuilder();
        JSON.readTree(app.get("/api/kpis?team=corrected&asOf=2024-03-12").body()).get("kpis").forEach(kpi ->
                figures.append(kpi.get("id").asString()).append('=').append(kpi.get("numerator").asLong()).append('/')
                       .append(kpi.get("denominator").asLong()).append('\n'));
        breaches(app).forEach(breach -> figures.append(breach).append('\n'));
        return figures.toString();
    }
}
