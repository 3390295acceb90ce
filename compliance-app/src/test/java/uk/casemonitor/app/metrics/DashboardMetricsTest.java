package uk.casemonitor.app.metrics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.core.recording.CaseTime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric a Grafana dashboard or a Prometheus alert reads is one the monitor exports: the app
 * runs with a few children and a foster carer recorded (some duties overdue, so breaches exist),
 * and its own {@code /actuator/prometheus} is the judge.
 */
class DashboardMetricsTest {

    private static final Path GRAFANA = Path.of("..", "grafana").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = CaseTime.dateOf(Clock.systemUTC().instant());

    @TempDir
    static Path dataDir;

    private static RunningApp app;

    @BeforeAll
    static void recordAFewCases() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(),
                                      "compliance.metrics.refresh", "200ms",
                                      "compliance.metrics.projection-refresh", "200ms"));
        // On a CP plan, visited once and not since: the next visit is overdue.
        post("/api/children/C-M1/events", "[" + String.join(",",
                event("TeamAssigned", "t", 60, "\"teamId\":\"north\""),
                event("WorkerAllocated", "w", 60, "\"workerId\":\"sw.m1\""),
                event("ChildProtectionPlanStarted", "cp", 40, "\"category\":\"NEGLECT\""),
                event("VisitMade", "v1", 35, "\"visitType\":\"CHILD_PROTECTION\",\"childSeen\":true,\"seenAlone\":true")) + "]");
        // A former relevant care leaver, NEET at the latest contact.
        post("/api/children/C-M2/events", "[" + String.join(",",
                event("TeamAssigned", "t", 120, "\"teamId\":\"leaving-care\""),
                event("BecameCareLeaver", "cl", 100, "\"status\":\"FORMER_RELEVANT\""),
                event("CareLeaverContactMade", "c1", 20,
                      "\"inTouch\":true,\"neet\":true,\"accommodationSuitable\":true,\"accommodationType\":\"flat\"")) + "]");
        // A carer approved over a year ago, never reviewed or visited.
        post("/api/foster-carers/F-M1/events", "[" + String.join(",",
                event("FosterCarerTeamAssigned", "t", 400, "\"teamId\":\"fostering\""),
                event("FosterCarerApproved", "a", 400, "\"carerType\":\"MAINSTREAM\"")) + "]");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyMetricTheDashboardsReadIsExported() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        try (Stream<Path> files = Files.list(GRAFANA.resolve("dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (String expr : dashboardExpressions(JSON.readTree(file.toFile()))) {
                    PromQl.metricNames(expr).forEach(name -> used.computeIfAbsent(name, n -> new TreeSet<>())
                                                                .add(file.getFileName().toString()));
                }
            }
        }
        assertThat(used).as("the dashboards were read").containsKeys("compliance_kpi_ratio", "compliance_breaches_open",
                "compliance_projection_lag_events", "http_server_requests_seconds_bucket", "eventProcessor_processedCounter_total");
        assertExported(used);
    }

    @Test
    void everyMetricTheAlertRulesReadIsExported() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (String expr : alertExpressions()) {
            PromQl.metricNames(expr).forEach(name -> used.computeIfAbsent(name, n -> new TreeSet<>()).add(expr));
        }
        assertThat(used).as("the rules were read").containsKeys("compliance_kpi_ratio", "compliance_kpi_target",
                "compliance_breaches_raised_total", "compliance_projection_error");
        assertExported(used);
    }

    @Test
    void theScrapeCarriesNoChildCarerOrWorkerId() {
        String scrape = scrapeOnceFiguresAreIn();
        assertThat(scrape).doesNotContain("C-M1", "C-M2", "F-M1", "sw.m1");
    }

    @Test
    void metricNamesAreReadOutOfPromQl() {
        assertThat(PromQl.metricNames("sum by (le, uri) (rate(http_server_requests_seconds_bucket{job=\"$job\",uri=~\"/api/.*\"}[$__rate_interval]))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(PromQl.metricNames("(a{team=\"all\"} < ignoring(team, higher_is_better) group_left b{x=\"true\"}) or on(kpi) c > bool 0.9"))
                .containsExactly("a", "b", "c");
        assertThat(PromQl.metricNames("time() - max(compliance_metrics_snapshot_timestamp_seconds) > 1e3"))
                .containsExactly("compliance_metrics_snapshot_timestamp_seconds");
        assertThat(PromQl.metricNames("label_values(compliance_kpi_denominator{authority=\"$authority\",team!=\"all\"}, team)"))
                .containsExactly("compliance_kpi_denominator");
    }

    private static void assertExported(Map<String, Set<String>> used) {
        System.gc(); // so that the JVM's GC pause timer has a sample, as any app that has run a while does
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Set<String> exported = sampleNames(app.get("/actuator/prometheus").body());
            Map<String, Set<String>> missing = new TreeMap<>(used);
            missing.keySet().removeAll(exported);
            assertThat(missing).as("metrics read but not exported (name -> where)").isEmpty();
        });
    }

    private static String scrapeOnceFiguresAreIn() {
        await().atMost(Duration.ofSeconds(30)).until(() -> app.get("/actuator/prometheus").body()
                                                              .contains("compliance_breaches_open{"));
        return app.get("/actuator/prometheus").body();
    }

    private static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
              .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    static List<String> dashboardExpressions(JsonNode dashboard) {
        List<String> exprs = new ArrayList<>();
        collectPanelExpressions(dashboard.path("panels"), exprs);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (variable.path("type").asString().equals("query")) {
                JsonNode query = variable.path("query");
                exprs.add(query.isObject() ? query.path("query").asString() : query.asString());
            }
        }
        return exprs;
    }

    private static void collectPanelExpressions(JsonNode panels, List<String> exprs) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.has("expr")) {
                    exprs.add(target.path("expr").asString());
                }
            }
            collectPanelExpressions(panel.path("panels"), exprs);
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions() throws IOException {
        try (InputStream in = Files.newInputStream(GRAFANA.resolve("prometheus/alerts.yml"))) {
            Map<String, Object> rules = new Yaml().load(in);
            List<String> exprs = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    exprs.add(String.valueOf(rule.get("expr")));
                }
            }
            return exprs;
        }
    }

    private static String event(String type, String id, int daysAgo, String fields) {
        return "{\"type\":\"" + type + "\",\"eventId\":\"" + id + "\",\"occurredAt\":\"" + TODAY.minusDays(daysAgo)
               + "\",\"recordedBy\":\"tester\"," + fields + "}";
    }

    private static void post(String path, String json) {
        assertThat(app.postJson(path, json).statusCode()).as(path).isEqualTo(201);
    }
}
