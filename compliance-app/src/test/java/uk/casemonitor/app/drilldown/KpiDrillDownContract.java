package uk.casemonitor.app.drilldown;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The children behind every KPI, for a small authority of three teams recorded over HTTP: for each
 * KPI, scope and as-of date the rows are the denominator, and the failing rows are what the
 * numerator leaves out (denominator - numerator) when higher is better, and the numerator itself
 * when lower is better (numerator counts failures: recorded late, NEET, repeat plans, 3+ workers).
 * A contract: each supported database runs it, since the drill-down is SQL of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KpiDrillDownContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunningApp app;

    /** Makes this run's own empty database; the properties point the application at it. */
    protected abstract Map<String, String> openDatabase();

    protected abstract String[] profiles();

    /** After the application has stopped. */
    protected void dropDatabase() {
    }

    @BeforeAll
    void recordTheAuthority() {
        Map<String, String> properties = new HashMap<>(openDatabase());
        properties.put("compliance.deadline-check", "1h");
        app = RunningApp.start(properties, MutableClock.at(SurgeryDataset.TODAY), profiles());
        SurgeryDataset.record(app);
        // One child worked out by hand: a CP plan from Tue 1 October, visited on Thu 10 October (first
        // visit due Tue 15th, on time); the next is due 10 working days later, Thu 24 October, and never made.
        assertThat(app.postJson("/api/children/H-1/events", """
                [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-10-01","recordedBy":"tm","teamId":"hand"},
                 {"type":"WorkerAllocated","eventId":"w","occurredAt":"2024-10-01","recordedBy":"tm","workerId":"sw.hand"},
                 {"type":"ChildProtectionPlanStarted","eventId":"plan","occurredAt":"2024-10-01","recordedBy":"chair","category":"NEGLECT"},
                 {"type":"VisitMade","eventId":"v1","occurredAt":"2024-10-10","recordedBy":"sw","visitType":"CHILD_PROTECTION",
                  "childSeen":true,"seenAlone":false,"reasonNotSeenAlone":"mother said \\"no\\", twice"}]
                """).statusCode()).isEqualTo(201);
        org.awaitility.Awaitility.await().until(() -> drillDown("cp-visit", "team=hand&asOf=2024-11-01").get("denominator").asLong() == 1);
    }

    @AfterAll
    void stop() {
        app.close();
        dropDatabase();
    }

    @Test
    void forEveryKpiScopeAndDateTheRowsAreTheDenominatorAndTheFailingRowsWhatTheNumeratorLeavesOut() {
        List<String> scopes = new ArrayList<>(List.of("", "worker=north.sw0&"));
        SurgeryDataset.TEAMS.forEach(team -> scopes.add("team=" + team + "&"));
        Map<String, int[]> coverage = new HashMap<>(); // style: {KPIs seen with failing rows, with passing rows}
        int checked = 0;
        for (String asOf : SurgeryDataset.asOfDates()) {
            for (String scope : scopes) {
                JsonNode report = JSON.readTree(app.get("/api/kpis?" + scope + "asOf=" + asOf).body());
                for (JsonNode kpi : report.get("kpis")) {
                    String id = kpi.get("id").asString();
                    JsonNode drill = drillDown(id, scope + "asOf=" + asOf);
                    long numerator = kpi.get("numerator").asLong();
                    long denominator = kpi.get("denominator").asLong();
                    boolean higherIsBetter = kpi.get("higherIsBetter").asBoolean();
                    String what = id + " " + scope + asOf;

                    assertThat(drill.get("numerator").asLong()).as(what + " numerator").isEqualTo(numerator);
                    assertThat(drill.get("denominator").asLong()).as(what + " denominator").isEqualTo(denominator);
                    assertThat(drill.get("rows")).as(what + " rows").hasSize((int) denominator);
                    long failing = 0;
                    for (JsonNode row : drill.get("rows")) {
                        assertThat(row.get("counted").asBoolean()).isTrue();
                        failing += row.get("failing").asBoolean() ? 1 : 0;
                    }
                    long expectedFailing = higherIsBetter ? denominator - numerator : numerator;
                    assertThat(failing).as(what + " failing").isEqualTo(expectedFailing);
                    assertThat(drill.get("failing").asLong()).as(what + " failing count").isEqualTo(expectedFailing);
                    if (!scope.isEmpty()) {
                        String team = scope.startsWith("team=") ? scope.substring(5, scope.length() - 1) : null;
                        drill.get("rows").forEach(row -> {
                            if (team != null) {
                                assertThat(row.get("teamId").asString()).as(what).isEqualTo(team);
                            } else {
                                assertThat(row.get("workerId").asString()).as(what).isEqualTo("north.sw0");
                            }
                        });
                    }
                    int[] counts = coverage.computeIfAbsent(kpi.get("style").asString(), k -> new int[2]);
                    counts[0] += failing > 0 ? 1 : 0;
                    counts[1] += denominator - failing > 0 ? 1 : 0;
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        // Not a vacuous pass: every style has both failing and passing children somewhere.
        assertThat(coverage.keySet()).containsExactlyInAnyOrder("IN_DATE", "TIMELINESS", "RATE", "LATEST", "THREE_OR_MORE_IN_YEAR");
        coverage.forEach((style, counts) -> assertThat(counts).as(style).doesNotContain(0));
    }

    @Test
    void aChildsOverdueVisitShowsItsDueDateDaysLateAndLastVisit() {
        JsonNode drill = drillDown("cp-visit", "team=hand&asOf=2024-11-01");
        assertThat(drill.get("numerator").asLong()).isZero();
        JsonNode row = drill.get("rows").get(0);
        assertThat(row.get("subjectKind").asString()).isEqualTo("CHILD");
        assertThat(row.get("subjectId").asString()).isEqualTo("H-1");
        assertThat(row.get("workerId").asString()).isEqualTo("sw.hand");
        assertThat(row.get("failing").asBoolean()).isTrue();
        assertThat(row.get("dueOn").asString()).isEqualTo("2024-10-24");
        assertThat(row.get("daysLate").asLong()).isEqualTo(8);
        assertThat(row.get("lastEventOn").asString()).isEqualTo("2024-10-10");
        assertThat(row.get("reason").asString()).isEqualTo("overdue: due 2024-10-24, 8 days late on 2024-11-01");

        JsonNode onTime = drillDown("cp-visit", "team=hand&asOf=2024-10-24").get("rows").get(0);
        assertThat(onTime.get("failing").asBoolean()).isFalse();
        assertThat(onTime.get("reason").asString()).isEqualTo("in date: due 2024-10-24");
        assertThat(onTime.get("daysLate").isNull()).isTrue();

        JsonNode seenAlone = drillDown("cp-seen-alone", "team=hand&asOf=2024-11-01").get("rows").get(0);
        assertThat(seenAlone.get("failing").asBoolean()).isTrue();
        assertThat(seenAlone.get("reason").asString()).isEqualTo("seen, not alone: mother said \"no\", twice");
        assertThat(seenAlone.get("lastEventOn").asString()).isEqualTo("2024-10-10");
    }

    @Test
    void theCsvExportHoldsTheSameRowsAsTheJson() {
        for (String query : List.of("cp-seen-alone?asOf=2024-11-29", "cp-visit?team=hand&asOf=2024-11-01",
                                    "three-plus-social-workers?asOf=2024-08-15", "referral-decision?team=south&asOf=2024-11-29",
                                    "care-leaver-neet?asOf=2024-11-29")) {
            String path = "/api/kpis/" + query.replace("?", "/children?");
            JsonNode json = JSON.readTree(app.get(path).body());
            HttpResponse<String> byParameter = app.get(path + "&format=csv");
            HttpResponse<String> byAccept = app.send(HttpRequest.newBuilder(app.uri(path)).header("Accept", "text/csv").GET().build());
            assertThat(byParameter.statusCode()).isEqualTo(200);
            assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(byParameter.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment").contains(".csv");
            assertThat(byAccept.body()).isEqualTo(byParameter.body());

            List<List<String>> csv = Csv.parse(byParameter.body());
            List<String> header = csv.get(0);
            assertThat(csv).as(query).hasSize(json.get("rows").size() + 1);
            Set<String> fields = new TreeSet<>();
            json.get("rows").get(0).propertyNames().forEach(fields::add);
            assertThat(new TreeSet<>(header)).isEqualTo(fields);
            for (int i = 0; i < json.get("rows").size(); i++) {
                JsonNode row = json.get("rows").get(i);
                for (int c = 0; c < header.size(); c++) {
                    JsonNode value = row.get(header.get(c));
                    String expected = value.isNull() ? "" : value.isString() ? value.asString() : value.toString();
                    assertThat(csv.get(i + 1).get(c)).as(query + " row " + i + " " + header.get(c)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void anUnknownKpiIsNotFoundAndABadDateNamesTheField() {
        HttpResponse<String> unknown = app.get("/api/kpis/no-such-kpi/children");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).get("detail").asString()).contains("no-such-kpi").contains("cp-visit");

        HttpResponse<String> unknownAsCsv = app.send(HttpRequest.newBuilder(app.uri("/api/kpis/no-such-kpi/children"))
                                                                .header("Accept", "text/csv").GET().build());
        assertThat(unknownAsCsv.statusCode()).isEqualTo(404);

        HttpResponse<String> badDate = app.get("/api/kpis/cp-visit/children?asOf=1%20May");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("field").asString()).isEqualTo("asOf");

        HttpResponse<String> badFormat = app.get("/api/kpis/cp-visit/children?format=xlsx");
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badFormat.body()).get("field").asString()).isEqualTo("format");
    }

    @Test
    void thePageIsServedWithNothingFromElsewhere() {
        HttpResponse<String> page = app.get("/kpi.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api/kpis/").contains("format: \"csv\"")
                               .doesNotContain("http://").doesNotContain("https://").doesNotContain("innerHTML");
    }

    private JsonNode drillDown(String kpi, String query) {
        HttpResponse<String> response = app.get("/api/kpis/" + kpi + "/children?" + query);
        assertThat(response.statusCode()).as(kpi + "?" + query + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
