package uk.casemonitor.app.metrics;

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
import uk.casemonitor.projections.kpi.TrendStep;
import uk.casemonitor.projections.metrics.KpiHistoryExport;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The KPI history written for backfilling Prometheus is the live gauges' own series (names and
 * labels exactly as {@code /actuator/prometheus} shows them) with, at each month end, the figures
 * {@code /api/kpis} gives as of that date, stamped with the last second of that day in England.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiHistoryExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SAMPLE = Pattern.compile("^(compliance_kpi_[a-z]+)(\\{[^}]*}) (\\S+)(?: (\\d+))?$");
    private static final Pattern LABEL = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    @TempDir
    static Path dataDir;

    private RunningApp app;

    @BeforeAll
    void recordTheAuthority() {
        app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "1h",
                                      "compliance.metrics.refresh", "200ms", "compliance.authority-name", "surgery \"test\" borough"),
                               MutableClock.at(SurgeryDataset.TODAY));
        SurgeryDataset.record(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theHistoryHasTheLiveSeriesAndAtEachMonthEndTheKpisAsOfThatDate() throws Exception {
        await().until(() -> app.get("/actuator/prometheus").body().contains("compliance_kpi_numerator{authority=\"surgery \\\"test\\\" borough\",kpi=\"icpc\",team=\"east\"}"));
        Set<String> live = seriesOf(app.get("/actuator/prometheus").body(), "compliance_kpi_numerator", "compliance_kpi_denominator",
                                    "compliance_kpi_target");

        StringWriter history = new StringWriter();
        long samples = app.bean(KpiHistoryExport.class).write(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-11-30"),
                                                             TrendStep.MONTH, history);
        List<String> lines = history.toString().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("# EOF");
        assertThat(lines.stream().filter(line -> !line.startsWith("#"))).hasSize((int) samples);

        Set<String> exported = seriesOf(history.toString(), "compliance_kpi_numerator", "compliance_kpi_denominator",
                                        "compliance_kpi_target");
        assertThat(exported).as("exactly the live series").isEqualTo(live);
        Set<String> ratios = seriesOf(history.toString(), "compliance_kpi_ratio");
        assertThat(ratios).isNotEmpty().allSatisfy(series -> assertThat(live).contains(series.replace("_ratio{", "_numerator{")));
        assertThat(lines).contains("# TYPE compliance_kpi_ratio gauge");

        // Each month end's figures, one /api/kpis per team and date; 30 June is British Summer Time.
        Map<String, JsonNode> kpisAsOf = new HashMap<>();
        int compared = 0;
        for (String line : lines) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || line.startsWith("compliance_kpi_target")) {
                continue;
            }
            assertThat(sample.matches()).as(line).isTrue();
            Map<String, String> labels = labels(sample.group(2));
            LocalDate asOf = LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(sample.group(4))), ZoneId.of("Europe/London"));
            assertThat(asOf.plusDays(1).withDayOfMonth(1)).as("a month end").isEqualTo(asOf.plusDays(1));
            String team = labels.get("team");
            JsonNode kpis = kpisAsOf.computeIfAbsent(team + asOf, key -> JSON.readTree(
                    app.get("/api/kpis?asOf=" + asOf + (team.equals("all") ? "" : "&team=" + team)).body()).get("kpis"));
            JsonNode kpi = null;
            for (JsonNode each : kpis) {
                kpi = each.get("id").asString().equals(labels.get("kpi")) ? each : kpi;
            }
            String field = sample.group(1).substring("compliance_kpi_".length());
            assertThat(Double.parseDouble(sample.group(3))).as(line).isEqualTo(kpi.get(field).asDouble());
            compared++;
        }
        // numerators and denominators of every KPI, for the authority and three teams, at 11 month ends; ratios besides
        assertThat(compared).isGreaterThan(2 * app.bean(RuleCatalogue.class).kpis().size() * 4 * 11);
        assertThat(lines).anyMatch(line -> line.startsWith("compliance_kpi_denominator{") && line.endsWith(" "
                + Instant.parse("2024-06-30T22:59:59Z").getEpochSecond()));
    }

    /** Every series (name and labels) of the named metrics in Prometheus text or OpenMetrics. */
    private static Set<String> seriesOf(String exposition, String... names) {
        Set<String> series = new TreeSet<>();
        for (String line : exposition.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && List.of(names).contains(sample.group(1))) {
                series.add(sample.group(1) + sample.group(2));
            }
        }
        return series;
    }

    private static Map<String, String> labels(String braces) {
        Map<String, String> labels = new HashMap<>();
        Matcher label = LABEL.matcher(braces);
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return labels;
    }
}
