package uk.casemonitor.app.kpi;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.app.drilldown.SurgeryDataset;
import uk.casemonitor.core.rules.RuleCatalogue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A performance surgery's trends over HTTP, on a small authority of three teams: every point of
 * every KPI's trend is what {@code /api/kpis} answers as of that date, for the authority, each team
 * and a worker, at random periods and steps; the CSV says the same; a team manager sees only their
 * own teams' trends; and every bad parameter is refused by name, nothing computed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiTrendApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate FIRST = LocalDate.parse("2023-01-01");

    @TempDir
    static Path dataDir;

    private RunningApp app;

    @BeforeAll
    void recordTheAuthority() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "1h"),
                               MutableClock.at(SurgeryDataset.TODAY));
        SurgeryDataset.record(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void everyPointOfEveryTrendIsTheKpiAsOfThatDateForEveryScope() {
        Random random = new Random(19);
        List<String> scopes = new ArrayList<>(List.of("", "worker=north.sw0&"));
        SurgeryDataset.TEAMS.forEach(team -> scopes.add("team=" + team + "&"));
        Map<String, JsonNode> kpisAsOf = new HashMap<>();
        int points = 0;
        int between = 0;
        for (String scope : scopes) {
            for (String step : List.of("month", "week", "quarter")) {
                LocalDate from = FIRST.plusDays(random.nextInt(500));
                LocalDate to = from.plusDays(random.nextInt(step.equals("week") ? 120 : 600));
                JsonNode report = json(app.get("/api/kpis/trends?" + scope + "from=" + from + "&to=" + to + "&step=" + step));
                assertThat(report.get("from").asString()).isEqualTo(from.toString());
                assertThat(report.get("kpis")).hasSize(app.bean(RuleCatalogue.class).kpis().size());
                for (JsonNode trend : report.get("kpis")) {
                    String kpi = trend.get("id").asString();
                    assertThat(trend.get("points")).as(kpi).isNotEmpty();
                    for (JsonNode point : trend.get("points")) {
                        String asOf = point.get("asOf").asString();
                        JsonNode expected = kpisAsOf.computeIfAbsent(scope + asOf,
                                key -> json(app.get("/api/kpis?" + scope + "asOf=" + asOf))).get("kpis");
                        JsonNode same = find(expected, kpi);
                        String what = kpi + " " + scope + step + " on " + asOf;
                        assertThat(point.get("numerator").asLong()).as(what).isEqualTo(same.get("numerator").asLong());
                        assertThat(point.get("denominator").asLong()).as(what).isEqualTo(same.get("denominator").asLong());
                        assertThat(point.get("ratio")).as(what).isEqualTo(same.get("ratio"));
                        assertThat(point.get("meetsTarget")).as(what).isEqualTo(same.get("meetsTarget"));
                        points++;
                        long numerator = point.get("numerator").asLong();
                        between += numerator > 0 && numerator < point.get("denominator").asLong() ? 1 : 0;
                    }
                }
            }
        }
        assertThat(points).isGreaterThan(1000);
        assertThat(between).as("not a vacuous pass: KPIs with children both in and out of timescale").isGreaterThan(200);
    }

    @Test
    void oneKpisTrendByQuarterAsJsonAndAsCsv() throws Exception {
        String query = "team=north&from=2024-01-01&to=2024-11-15&step=quarter";
        JsonNode trend = json(app.get("/api/kpis/cp-visit/trend?" + query)).get("trend");
        assertThat(trend.get("id").asString()).isEqualTo("cp-visit");
        assertThat(trend.get("teamId").asString()).isEqualTo("north");
        assertThat(trend.get("target").asDouble()).isEqualTo(0.9);
        assertThat(trend.get("points")).extracting(point -> point.get("asOf").asString())
                .containsExactly("2024-03-31", "2024-06-30", "2024-09-30", "2024-11-15");

        HttpResponse<String> csv = app.get("/api/kpis/cp-visit/trend?" + query + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .contains("kpi-trend-cp-visit-team-north-2024-01-01-to-2024-11-15-quarter.csv"));
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                                                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(4);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode point = trend.get("points").get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("kpi")).isEqualTo("cp-visit");
            assertThat(row.get("team")).isEqualTo("north");
            assertThat(row.get("asOf")).isEqualTo(point.get("asOf").asString());
            assertThat(row.get("numerator")).isEqualTo(point.get("numerator").asString());
            assertThat(row.get("denominator")).isEqualTo(point.get("denominator").asString());
            assertThat(row.get("ratio")).isEqualTo(point.get("ratio").isNull() ? "" : String.valueOf(point.get("ratio").asDouble()));
            assertThat(row.get("target")).isEqualTo("0.9");
        }
    }

    @Test
    void aTeamManagerSeesTheTrendsOfTheirOwnTeamsOnly() {
        RunningApp.Client manager = app.as("tm.north");
        assertThat(manager.get("/api/kpis/trends?team=north").statusCode()).isEqualTo(200);
        assertThat(manager.get("/api/kpis/icpc/trend?team=north&step=week").statusCode()).isEqualTo(200);
        assertThat(manager.get("/api/kpis/trends?team=south").statusCode()).isEqualTo(403);
        assertThat(manager.get("/api/kpis/icpc/trend").statusCode()).as("the whole authority").isEqualTo(403);
        assertThat(app.as("performance").get("/api/kpis/trends").statusCode()).isEqualTo(200);
        assertThat(app.as("recorder").get("/api/kpis/trends").statusCode()).isEqualTo(403);
    }

    @Test
    void aBadParameterIsRefusedByName() {
        assertRefused("/api/kpis/trends?from=last-year", "from");
        assertRefused("/api/kpis/trends?to=2024-02-30", "to");
        assertRefused("/api/kpis/trends?from=2024-06-01&to=2024-05-31", "from");
        assertRefused("/api/kpis/icpc/trend?step=day", "step");
        assertRefused("/api/kpis/icpc/trend?format=xlsx", "format");
        assertRefused("/api/kpis/icpc/trend?from=1900-01-01&to=2024-01-01", "from");
        assertRefused("/api/kpis/icpc/trend?from=2015-01-01&to=2024-01-01&step=week", "from");
        assertThat(app.get("/api/kpis/icpc/trend?from=2019-12-01&to=2024-11-30&step=week").statusCode())
                .as("five years by week is allowed").isEqualTo(200);
        HttpResponse<String> unknown = app.get("/api/kpis/no-such-kpi/trend");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no-such-kpi", "cp-visit");
    }

    private void assertRefused(String path, String field) {
        HttpResponse<String> response = app.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:casemonitor:problem:bad-request");
        assertThat(problem.get("field").asString()).as(path).isEqualTo(field);
    }

    private static JsonNode find(JsonNode kpis, String id) {
        for (JsonNode kpi : kpis) {
            if (kpi.get("id").asString().equals(id)) {
                return kpi;
            }
        }
        throw new AssertionError("no KPI " + id + " in " + kpis);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(200, 400, 404);
        return JSON.readTree(response.body());
    }
}
