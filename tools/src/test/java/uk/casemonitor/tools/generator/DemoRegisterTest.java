package uk.casemonitor.tools.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.core.recording.CaseTime;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's first screen is this year's work: a generated authority imported through the real
 * ingestion and caught up, monitored from where its history begins, has no open breach due before
 * then and few (at most 5%) more than a year overdue. {@code -Ddemo.register.scale=0.3} checks the
 * issue's authority (some minutes); the default is a smaller one.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoRegisterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCALE = System.getProperty("demo.register.scale", "0.05");

    @TempDir
    Path dataDir;

    @Test
    void theDemoRegisterHoldsNoBreachFromBeforeItsHistoryAndFewOverAYearOld(CapturedOutput output) {
        LocalDate historyBegins = GeneratorSettings.defaults(CaseTime.dateOf(Clock.systemUTC().instant())).startDate();
        Map<String, String> demo = Map.of("compliance.data-dir", dataDir.toString(), "compliance.demo.enabled", "true",
                                          "compliance.demo.scale", SCALE, "compliance.deadline-check", "500ms");
        try (RunningApp app = RunningApp.startWith(List.of(DemoMode.class), demo)) {
            await().atMost(Duration.ofMinutes(15)).until(() -> output.getOut().contains("(import finished)"));
            assertThat(output.getOut()).containsPattern("0 rejected \\([^)]*\\) \\(import finished\\)");
            assertThat(json(app, "/api/monitoring-start").get("monitoringFrom").asString()).isEqualTo(historyBegins.toString());

            // Caught up: every subject recomputed from its whole stream, then the clock's check has run.
            assertThat(app.postJson("/api/admin/projections/rebuild", "").statusCode()).isEqualTo(202);
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    json(app, "/api/admin/projections").get("state").asString().equals("COMPLETED"));
            await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                   .until(() -> openBreaches(app).size(), size -> size > 0 && size == openBreaches(app).size());

            List<JsonNode> open = openBreaches(app);
            long beforeHistory = open.stream().filter(b -> LocalDate.parse(b.get("dueOn").asString()).isBefore(historyBegins))
                                     .count();
            long overAYear = open.stream().filter(b -> b.get("daysOverdue").asLong() > 365).count();
            System.out.printf("DEMO REGISTER scale %s: %d open breaches, %d (%.1f%%) more than a year overdue, "
                              + "%d due before the history began (%s)%n", SCALE, open.size(), overAYear,
                              100.0 * overAYear / open.size(), beforeHistory, historyBegins);
            assertThat(beforeHistory).isZero();
            assertThat(overAYear).isLessThanOrEqualTo(open.size() / 20);
        }
    }

    private static List<JsonNode> openBreaches(RunningApp app) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = json(app, "/api/breaches?status=OPEN&size=500&page=" + page);
            answer.get("breaches").forEach(all::add);
            if (all.size() >= answer.get("total").asLong() || answer.get("breaches").isEmpty()) {
                return all;
            }
        }
    }

    private static JsonNode json(RunningApp app, String path) {
        return JSON.readTree(app.get(path).body());
    }
}
