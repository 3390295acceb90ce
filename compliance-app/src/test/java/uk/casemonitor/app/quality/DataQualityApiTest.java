package uk.casemonitor.app.quality;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each data-quality problem planted over HTTP, through the aggregate's own checks (so each is one
 * that can really be recorded), is found and listed against the child's team; a clean child has
 * no findings. The authority's list of unsuitable accommodation comes from configuration.
 */
class DataQualityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MutableClock clock = MutableClock.at("2024-06-03");

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void plantTheProblems() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "1h",
                                      "compliance.data-quality.unsuitable-accommodation", "homeless hostel,emergency accommodation"),
                               clock);
        record("DQ-ACCOMMODATION", team("dq") + """
                ,{"type":"BecameCareLeaver","eventId":"cl","occurredAt":"2024-01-10","recordedBy":"pa","status":"FORMER_RELEVANT"}
                ,{"type":"CareLeaverContactMade","eventId":"contact","occurredAt":"2024-02-01","recordedBy":"pa","inTouch":true,
                  "accommodationType":"Emergency accommodation (night shelter)","accommodationSuitable":true,"neet":false}""");
        record("DQ-SEEN", team("dq") + cpPlan() + """
                ,{"type":"VisitMade","eventId":"v","occurredAt":"2024-01-20","recordedBy":"sw","visitType":"CHILD_PROTECTION"}""");
        record("DQ-REASON", team("dq") + cpPlan() + """
                ,{"type":"VisitMade","eventId":"v","occurredAt":"2024-01-20","recordedBy":"sw","visitType":"CHILD_PROTECTION",
                  "childSeen":true,"seenAlone":false}""");
        record("DQ-OVERLAP", team("dq") + """
                ,{"type":"BecameLookedAfter","eventId":"la","occurredAt":"2024-01-02","recordedBy":"sw"}
                ,{"type":"PlacementStarted","eventId":"p1","occurredAt":"2024-03-01","recordedBy":"sw","longTerm":false}
                ,{"type":"PlacementEnded","eventId":"p1-end","occurredAt":"2024-04-01","recordedBy":"sw"}""");
        // Recorded weeks later, back-dated over the placement already recorded.
        post("DQ-OVERLAP", """
                [{"type":"PlacementStarted","eventId":"p0","occurredAt":"2024-02-01","recordedBy":"sw","longTerm":false},
                 {"type":"PlacementEnded","eventId":"p0-end","occurredAt":"2024-04-05","recordedBy":"sw"}]""");
        record("DQ-EXCLUSIVE", team("dq") + """
                ,{"type":"ChildInNeedPlanStarted","eventId":"cin","occurredAt":"2024-01-10","recordedBy":"sw"}
                ,{"type":"ChildProtectionPlanStarted","eventId":"cp","occurredAt":"2024-02-01","recordedBy":"chair","category":"NEGLECT"}""");
        record("DQ-BIRTH", team("dq") + """
                ,{"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-02","recordedBy":"duty"}
                ,{"type":"ChildInNeedPlanStarted","eventId":"cin","occurredAt":"2024-01-05","recordedBy":"sw"}
                ,{"type":"VisitMade","eventId":"v","occurredAt":"2024-01-10","recordedBy":"sw","visitType":"CHILD_IN_NEED","childSeen":true,"seenAlone":true}""");
        post("DQ-BIRTH", """
                {"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2024-03-01","recordedBy":"sw","dateOfBirth":"2024-02-01"}""");
        record("DQ-CLOSED", team("dq") + """
                ,{"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-02","recordedBy":"duty"}
                ,{"type":"ChildInNeedPlanStarted","eventId":"cin","occurredAt":"2024-01-10","recordedBy":"sw"}
                ,{"type":"VisitMade","eventId":"v","occurredAt":"2024-03-10","recordedBy":"sw","visitType":"CHILD_IN_NEED","childSeen":true,"seenAlone":true}""");
        // The closure is recorded last and back-dated before the visit it cannot now undo.
        post("DQ-CLOSED", """
                {"type":"CaseClosed","eventId":"closed","occurredAt":"2024-03-01","recordedBy":"tm"}""");
        // Friday 31 May recorded on Monday 3 June is in time; 1 May is not.
        record("DQ-LATE", """
                {"type":"TeamAssigned","eventId":"team","occurredAt":"2024-05-31","recordedBy":"tm","teamId":"late"}
                ,{"type":"ReferralReceived","eventId":"r","occurredAt":"2024-05-01","recordedBy":"duty"}""");
        record("DQ-CLEAN", """
                {"type":"TeamAssigned","eventId":"team","occurredAt":"2024-05-31","recordedBy":"tm","teamId":"clean"}
                ,{"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2024-05-31","recordedBy":"sw","dateOfBirth":"2019-04-01"}
                ,{"type":"ReferralReceived","eventId":"r","occurredAt":"2024-05-31","recordedBy":"duty"}
                ,{"type":"ChildInNeedPlanStarted","eventId":"cin","occurredAt":"2024-05-31","recordedBy":"sw"}
                ,{"type":"VisitMade","eventId":"v1","occurredAt":"2024-05-31","recordedBy":"sw","visitType":"CHILD_IN_NEED",
                  "childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"child asked for mother to stay"}
                ,{"type":"BecameCareLeaver","eventId":"cl","occurredAt":"2024-05-31","recordedBy":"pa","status":"RELEVANT"}
                ,{"type":"CareLeaverContactMade","eventId":"contact","occurredAt":"2024-05-31","recordedBy":"pa",
                  "accommodationType":"homeless hostel","accommodationSuitable":false}""");
        await().until(() -> app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM cm_subject WHERE event_count > 0", Long.class) == 9
                && findings("check=before-birth").size() == 1 && findings("check=after-closure").size() == 1
                && findings("check=overlapping-episodes").size() == 1);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachPlantedProblemIsFoundInItsChildOnly() {
        Map<String, List<String>> expected = Map.of(
                "accommodation-contradiction", List.of("DQ-ACCOMMODATION contact"),
                "visit-seen-unanswered", List.of("DQ-SEEN v"),
                "visit-not-alone-no-reason", List.of("DQ-REASON v"),
                "overlapping-episodes", List.of("DQ-OVERLAP -"),
                "exclusive-episodes", List.of("DQ-EXCLUSIVE -"),
                // The CIN plan may start before birth (pre-birth planning); a visit seeing the child cannot.
                "before-birth", List.of("DQ-BIRTH v"),
                "after-closure", List.of("DQ-CLOSED v"));
        expected.forEach((check, found) -> {
            List<String> actual = new ArrayList<>();
            findings("check=" + check).forEach(f -> actual.add(f.get("subjectId").asString() + " "
                    + (f.get("eventId").isNull() ? "-" : f.get("eventId").asString())));
            assertThat(actual).as(check).containsExactlyElementsOf(found);
        });
        JsonNode overlap = findings("check=overlapping-episodes").get(0);
        assertThat(overlap.get("on").asString()).isEqualTo("2024-03-01");
        assertThat(overlap.get("detail").asString()).contains("a placement from 2024-02-01 to 2024-04-05");
        assertThat(findings("check=after-closure").get(0).get("detail").asString())
                .isEqualTo("VisitMade on 2024-03-10 is after the case was closed on 2024-03-01");
    }

    @Test
    void recordingLateIsFoundByTheRecordedLateMeasuresTimescale() {
        assertThat(findings("team=late&check=recorded-late")).extracting(f -> f.get("eventId").asString()).containsExactly("r");
    }

    @Test
    void aCleanRecordHasNoFindings() {
        assertThat(findings("team=clean")).isEmpty();
    }

    @Test
    void theSummaryCountsFindingsPerTeamAndCheck() {
        JsonNode summary = JSON.readTree(app.get("/api/data-quality/summary?team=dq").body());
        Map<String, Long> counts = new HashMap<>();
        summary.get("counts").forEach(c -> {
            assertThat(c.get("teamId").asString()).isEqualTo("dq");
            counts.put(c.get("check").asString(), c.get("count").asLong());
        });
        assertThat(counts).containsEntry("accommodation-contradiction", 1L).containsEntry("visit-seen-unanswered", 1L)
                          .containsEntry("visit-not-alone-no-reason", 1L).containsEntry("overlapping-episodes", 1L)
                          .containsEntry("exclusive-episodes", 1L).containsEntry("before-birth", 1L)
                          .containsEntry("after-closure", 1L);
        assertThat(counts.get("recorded-late")).isPositive();
        assertThat(summary.get("total").asLong()).isEqualTo(counts.values().stream().mapToLong(Long::longValue).sum());
        assertThat(summary.get("checks")).extracting(c -> c.get("id").asString()).contains("before-birth", "after-closure");
        summary.get("checks").forEach(c -> assertThat(c.get("enabled").asBoolean()).isTrue());

        JsonNode everyone = JSON.readTree(app.get("/api/data-quality/summary").body());
        assertThat(everyone.get("counts")).extracting(c -> c.get("teamId").asString()).contains("dq", "late").doesNotContain("clean");
    }

    @Test
    void aCorrectedDateOfBirthTakesTheFindingAway() {
        post("DQ-BIRTH-FIXED", "[" + team("fixed") + """
                ,{"type":"ChildInNeedPlanStarted","eventId":"cin","occurredAt":"2024-01-05","recordedBy":"sw"}
                ,{"type":"VisitMade","eventId":"v","occurredAt":"2024-01-10","recordedBy":"sw","visitType":"CHILD_IN_NEED","childSeen":true,"seenAlone":true}
                ,{"type":"ChildDetailsRecorded","eventId":"dob","occurredAt":"2024-03-01","recordedBy":"sw","dateOfBirth":"2024-02-01"}]""");
        await().until(() -> findings("team=fixed&check=before-birth").size() == 1);
        post("DQ-BIRTH-FIXED", """
                {"type":"ChildDetailsRecorded","eventId":"dob-corrected","occurredAt":"2024-03-02","recordedBy":"sw","dateOfBirth":"2023-02-01"}""");
        await().until(() -> findings("team=fixed&check=before-birth").isEmpty());
    }

    @Test
    void anUnknownCheckNamesTheField() {
        HttpResponse<String> response = app.get("/api/data-quality?check=seen-alone");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("check");
    }

    private static String team(String team) {
        return """
                {"type":"TeamAssigned","eventId":"team","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"%s"}""".formatted(team);
    }

    private static String cpPlan() {
        return """
                ,{"type":"ChildProtectionPlanStarted","eventId":"cp","occurredAt":"2024-01-10","recordedBy":"chair","category":"NEGLECT"}""";
    }

    private static void record(String child, String events) {
        post(child, "[" + events + "]");
    }

    private static void post(String child, String body) {
        HttpResponse<String> response = app.postJson("/api/children/" + child + "/events", body);
        assertThat(response.statusCode()).as(child + ": " + response.body()).isEqualTo(201);
    }

    private static List<JsonNode> findings(String query) {
        HttpResponse<String> response = app.get("/api/data-quality?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> findings = new ArrayList<>();
        JSON.readTree(response.body()).get("findings").forEach(findings::add);
        return findings;
    }
}
