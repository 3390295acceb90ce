package uk.casemonitor.app.kpi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.HeadlessChromium;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;
import uk.casemonitor.app.drilldown.SurgeryDataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team manager, in a real browser, opens the surgery page for their team over a year by month:
 * a chart per KPI with a point per month end at the figures the trend API gives, against the
 * target; a click on a point opens the children behind that KPI on that date, where the KPI's own
 * trend sits above the table and a click on another point shows the children on that date instead.
 */
class SurgeryPageBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCREENSHOT = Path.of("target", "surgery-page.png");
    private static final Path DRILL_DOWN_SCREENSHOT = Path.of("target", "kpi-page-with-trend.png");

    @TempDir
    Path dataDir;

    @TempDir
    Path browserProfile;

    @Test
    void eachKpiIsChartedMonthByMonthAndAPointOpensTheChildrenBehindItOnThatDate() {
        HeadlessChromium.assumeInstalled();
        try (RunningApp app = RunningApp.start(Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "1h"),
                                               MutableClock.at(SurgeryDataset.TODAY));
             HeadlessChromium browser = HeadlessChromium.start(browserProfile)) {
            SurgeryDataset.record(app);
            String period = "team=north&from=2023-12-01&to=2024-11-30&step=month";
            JsonNode expected = JSON.readTree(app.get("/api/kpis/trends?" + period).body()).get("kpis");

            browser.signIn(RunningApp.authorization("tm.north"));
            browser.open(app.uri("/surgery.html?" + period));
            browser.await(driver -> "true".equals(browser.script("return document.body.dataset.ready || null;")));
            assertThat(browser.text("h1")).isEqualTo("Performance surgery: team north");
            assertThat(browser.driver().findElements(By.cssSelector("section.kpi-card"))).as("a chart per KPI").hasSize(expected.size());

            // Every chart: a point per month end, at the API's ratio, and the target beside it.
            for (JsonNode trend : expected) {
                String chart = "div.chart[data-kpi='" + trend.get("id").asString() + "']";
                List<?> plotted = (List<?>) browser.script(
                        "const u = document.querySelector(arguments[0]).uplot; return [u.data[0].length, u.data[1], u.data[2]];", chart);
                assertThat(plotted.get(0)).as(chart).isEqualTo(12L);
                List<Object> ratios = new ArrayList<>();
                trend.get("points").forEach(point -> ratios.add(point.get("ratio").isNull() ? null : point.get("ratio").asDouble() * 100));
                assertThat(numbers(plotted.get(1))).as(chart).containsExactlyElementsOf(numbers(ratios));
                assertThat(numbers(plotted.get(2))).as(chart).containsOnly(trend.get("target").asDouble() * 100);
                assertThat(browser.driver().findElements(By.cssSelector(chart + " .trend-figures tbody tr"))).hasSize(12);
            }
            assertThat(browser.resourcesLoaded()).as("nothing loaded from elsewhere")
                    .allSatisfy(address -> assertThat(address).startsWith(app.uri("/").toString()))
                    .anySatisfy(address -> assertThat(address).contains("/webjars/uplot/"));
            browser.screenshot(SCREENSHOT);

            // A click on the cp-visit point of 31 May 2024 opens the children behind it on that date.
            clickPoint(browser, "div.chart[data-kpi='cp-visit']", 5);
            browser.await(driver -> driver.getCurrentUrl().contains("/kpi.html?"));
            assertThat(browser.driver().getCurrentUrl()).contains("kpi=cp-visit", "team=north", "asOf=2024-05-31");
            browser.await(driver -> browser.text("#definition").contains("as of 2024-05-31"));
            JsonNode may = JSON.readTree(app.get("/api/kpis/cp-visit/children?team=north&asOf=2024-05-31").body());
            browser.await(driver -> driver.findElements(By.cssSelector("#rows tbody tr")).size() == may.get("rows").size());
            assertThat(may.get("rows").size()).isPositive();

            // Above the table, the KPI's year to that date; a point on it shows that date's children instead.
            browser.await(driver -> "13".equals(browser.script("const c = document.getElementById('trend-chart');"
                                                                 + " return c.uplot ? c.dataset.points : null;")));
            clickPoint(browser, "#trend-chart", 9); // 29 February 2024
            browser.await(driver -> browser.text("#definition").contains("as of 2024-02-29"));
            assertThat(browser.driver().getCurrentUrl()).contains("asOf=2024-02-29");
            JsonNode february = JSON.readTree(app.get("/api/kpis/cp-visit/children?team=north&asOf=2024-02-29").body());
            browser.await(driver -> driver.findElements(By.cssSelector("#rows tbody tr")).size() == february.get("rows").size());
            browser.await(driver -> "13".equals(browser.script("return document.getElementById('trend-chart').dataset.points;")));
            assertThat(browser.script("const u = document.getElementById('trend-chart').uplot;"
                                      + " return new Date(u.data[0][u.data[0].length - 1] * 1000).toISOString().substring(0, 10);"))
                    .as("the trend now ends on the date chosen").isEqualTo("2024-02-29");
            assertThat(browser.consoleErrors()).isEmpty();
            browser.screenshot(DRILL_DOWN_SCREENSHOT);
        }
    }

    /** Clicks the chart's point at the index where uPlot drew it (Selenium's offsets are from the element's centre). */
    private static void clickPoint(HeadlessChromium browser, String chart, int index) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("""
                const u = document.querySelector(arguments[0]).uplot;
                const y = u.data[1][arguments[1]] === null ? 50 : u.data[1][arguments[1]];
                return [u.valToPos(u.data[0][arguments[1]], 'x'), u.valToPos(y, 'y'), u.over.clientWidth, u.over.clientHeight];""",
                chart, index);
        WebElement over = browser.driver().findElement(By.cssSelector(chart + " .u-over"));
        int x = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
        int y = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
        new Actions(browser.driver()).moveToElement(over, x, y).pause(200).click().perform();
    }

    /** Numbers as doubles rounded to 6 places (JavaScript and JSON may print them differently), nulls kept. */
    private static List<Double> numbers(Object list) {
        List<Double> numbers = new ArrayList<>();
        for (Object value : (List<?>) list) {
            numbers.add(value == null ? null : Math.round(((Number) value).doubleValue() * 1e6) / 1e6);
        }
        return numbers;
    }
}
