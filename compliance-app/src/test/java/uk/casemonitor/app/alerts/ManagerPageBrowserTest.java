package uk.casemonitor.app.alerts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casemonitor.app.HeadlessChromium;
import uk.casemonitor.app.MutableClock;
import uk.casemonitor.app.RunningApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A team manager, in a real browser, keeps manager.html open: breaches raised by a late-recorded
 * event and by a deadline passing appear without a reload, in order of how overdue they are; the
 * manager acknowledges one in place; a breach met late leaves the open list.
 */
class ManagerPageBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SCREENSHOT = Path.of("target", "manager-page.png");
    private static final Path HISTORY_SCREENSHOT = Path.of("target", "history-page.png");

    @TempDir
    Path dataDir;

    @TempDir
    Path browserProfile;

    @Test
    void aManagerSeesBreachesArriveLiveAndAcknowledgesOneWithoutReloading() {
        HeadlessChromium.assumeInstalled();
        MutableClock clock = MutableClock.at("2024-01-26");
        try (RunningApp app = RunningApp.start(settings(), clock);
             HeadlessChromium browser = HeadlessChromium.start(browserProfile)) {
            // B-1: a child-protection plan from today (first visit due 9 Feb) and a referral whose decision is due Monday 29th.
            post(app, "B-1", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-26","recordedBy":"tm","teamId":"north"},
                     {"type":"WorkerAllocated","eventId":"w","occurredAt":"2024-01-26","recordedBy":"tm","workerId":"sw.okafor"},
                     {"type":"ChildProtectionPlanStarted","eventId":"p","occurredAt":"2024-01-26","recordedBy":"chair","category":"NEGLECT"},
                     {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-01-26","recordedBy":"duty"}]""");
            await().atMost(Duration.ofSeconds(20)).until(() -> app.get("/api/due?team=north").body().contains("referral-decision"));

            browser.signIn(RunningApp.authorization("tm.north"));
            browser.open(app.uri("/manager.html?team=north"));
            browser.await(driver -> "live".equals(driver.findElement(By.id("live")).getDomAttribute("data-state")));
            browser.await(driver -> browser.present("tr.due[data-key='CHILD:B-1:referral-decision:2024-01-29']"));
            assertThat(browser.text("#no-open")).isEqualTo("No open breaches.");
            browser.script("window.stillTheSamePage = true;");

            // Another team's breach is not this manager's.
            post(app, "S-1", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"south"},
                     {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw","section47Initiated":true}]""");
            // A late event: B-2's strategy discussion of 2 January, recorded today, had its ICPC due on the 23rd.
            post(app, "B-2", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"north"},
                     {"type":"WorkerAllocated","eventId":"w","occurredAt":"2024-01-02","recordedBy":"tm","workerId":"sw.patel"},
                     {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw.patel","section47Initiated":true}]""");
            String icpc = "tr.breach[data-key='CHILD:B-2:icpc/sd']";
            browser.await(driver -> browser.text(icpc).contains("Late-recorded event"));
            assertThat(browser.text(icpc))
                    .contains("Initial child protection conference held", "Child B-2", "sw.patel", "23 Jan 2024", "Not acknowledged")
                    .startsWith("3 days");
            assertThat(browser.present("tr.breach[data-key^='CHILD:S-1:']")).isFalse();

            // Time passes: by Monday 12 February B-1's referral decision (due 29 Jan) and first visit (due 9 Feb) are late.
            clock.setDate("2024-02-12");
            String visit = "tr.breach[data-key='CHILD:B-1:cp-visit/p']";
            browser.await(driver -> browser.text(visit).contains("Deadline passed") && browser.text(visit).startsWith("3 days"));
            browser.await(driver -> openBreaches(browser).size() == 3);
            assertThat(openBreaches(browser)).as("most overdue first")
                    .containsExactly("CHILD:B-2:icpc/sd", "CHILD:B-1:referral-decision/r", "CHILD:B-1:cp-visit/p");
            assertThat(browser.text(icpc)).startsWith("20 days");

            // A referral today: its decision, due tomorrow, joins the due-soon list.
            post(app, "B-3", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-02-12","recordedBy":"tm","teamId":"north"},
                     {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-02-12","recordedBy":"duty"}]""");
            browser.await(driver -> browser.text("tr.due[data-key='CHILD:B-3:referral-decision:2024-02-13']")
                    .contains("Decision on the type of response to a referral"));

            // The manager acknowledges the ICPC breach; without a note the monitor refuses, and the page says why.
            browser.driver().findElement(By.cssSelector(icpc + " button.acknowledge")).click();
            WebElement form = browser.await(driver -> driver.findElement(By.cssSelector("tr.ack-row form")));
            form.findElement(By.name("acknowledgedBy")).sendKeys("tm.north");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await(driver -> browser.text("tr.ack-row .problem").contains("note: must not be blank"));
            assertThat(form.findElement(By.name("note")).getDomAttribute("aria-invalid")).isEqualTo("true");

            form.findElement(By.name("note")).sendKeys("Room <b>cancelled</b> twice");
            form.findElement(By.name("plannedAction")).sendKeys("ICPC booked for 14 February");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.await(driver -> !browser.present("tr.ack-row"));
            // Shown at once, then as the register has it (stamped with the monitor's date, 12 Feb) from the live feed.
            browser.await(driver -> browser.text(icpc + " td.acknowledgement").contains("12 Feb 2024"));
            assertThat(browser.text(icpc + " td.acknowledgement"))
                    .contains("By tm.north", "Room <b>cancelled</b> twice", "Planned: ICPC booked for 14 February");
            assertThat(browser.driver().findElements(By.cssSelector(icpc + " td.acknowledgement b"))).as("text, not markup").isEmpty();
            JsonNode stored = JSON.readTree(app.get("/api/breaches?team=north&rule=icpc").body()).get("breaches").get(0);
            assertThat(stored.get("acknowledgement").get("note").asString()).isEqualTo("Room <b>cancelled</b> twice");

            // The visit happens today, late: the breach leaves the open list for "ended while this page was open".
            post(app, "B-1", """
                    {"type":"VisitMade","eventId":"v1","occurredAt":"2024-02-12","recordedBy":"sw.okafor",
                     "visitType":"CHILD_PROTECTION","childSeen":true,"seenAlone":true}""");
            browser.await(driver -> !browser.present(visit)
                    && browser.text("#ended-breaches tr[data-key='CHILD:B-1:cp-visit/p']").startsWith("Met late"));

            assertThat(browser.script("return window.stillTheSamePage === true;")).as("never reloaded").isEqualTo(true);
            assertThat(browser.resourcesLoaded()).as("nothing loaded from elsewhere")
                    .allSatisfy(address -> assertThat(address).startsWith(app.uri("/").toString()));
            assertThat(browser.consoleErrors()).as("only the refusal asked for above")
                    .singleElement().asString().contains("/api/children/B-2/breaches/acknowledgements", "400");
            browser.screenshot(SCREENSHOT);

            // The child's history is a click away.
            browser.driver().findElement(By.cssSelector(icpc + " a.subject")).click();
            browser.await(driver -> browser.present("#timeline tr[data-type='BreachAcknowledged']"));
            assertThat(browser.text("h1")).isEqualTo("History of child B-2");
            assertThat(browser.text("#timeline tr[data-type='StrategyDiscussionHeld']"))
                    .contains("Opened: Initial child protection conference held (due 23 Jan 2024)");
            assertThat(browser.text("#timeline tr[data-type='DeadlinePassed']")).contains("Breach raised");
            assertThat(browser.consoleErrors()).isEmpty();
            browser.screenshot(HISTORY_SCREENSHOT);
        }
    }

    /**
     * A council network's proxy blocks the event stream: the register is read regardless, the page
     * says it is polling instead, and a breach raised meanwhile reaches it on the next read. The
     * long-standing band and the filters by duty and worker are there at a glance.
     */
    @Test
    void withTheLiveFeedBlockedTheRegisterStillLoadsAndIsPolled() {
        HeadlessChromium.assumeInstalled();
        MutableClock clock = MutableClock.at("2024-06-03");
        try (RunningApp app = RunningApp.start(settings(), clock);
             HeadlessChromium browser = HeadlessChromium.start(browserProfile)) {
            // L-1: a strategy discussion in January with no conference since: the ICPC, due 23 Jan, is long-standing.
            post(app, "L-1", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-01-02","recordedBy":"tm","teamId":"north"},
                     {"type":"WorkerAllocated","eventId":"w","occurredAt":"2024-01-02","recordedBy":"tm","workerId":"sw.patel"},
                     {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-01-02","recordedBy":"sw.patel","section47Initiated":true}]""");
            // a referral last Tuesday whose decision, due on the Wednesday, is a few days late.
            post(app, "R-1", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-05-28","recordedBy":"tm","teamId":"north"},
                     {"type":"WorkerAllocated","eventId":"w","occurredAt":"2024-05-28","recordedBy":"tm","workerId":"sw.okafor"},
                     {"type":"ReferralReceived","eventId":"r","occurredAt":"2024-05-28","recordedBy":"duty"}]""");
            await().atMost(Duration.ofSeconds(20)).until(() -> app.get("/api/breaches?team=north&status=OPEN").body()
                                                                  .contains("referral-decision"));

            browser.signIn(RunningApp.authorization("tm.north"));
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/alerts/stream*")));
            browser.open(app.uri("/manager.html?team=north"));
            browser.await(driver -> openBreaches(browser).size() == 2);
            assertThat(openBreaches(browser)).as("most overdue first")
                    .containsExactly("CHILD:L-1:icpc/sd", "CHILD:R-1:referral-decision/r");
            assertThat(browser.text("tr.band.long-standing")).isEqualTo("Long-standing: over 3 months overdue (1)");
            assertThat(browser.present("tr.breach.long-standing[data-key='CHILD:L-1:icpc/sd']")).isTrue();
            assertThat(browser.present("tr.breach.long-standing[data-key='CHILD:R-1:referral-decision/r']")).isFalse();
            assertThat(browser.text("#long-standing-count")).isEqualTo("1 long-standing (over 3 months)");

            browser.await(driver -> "polling".equals(driver.findElement(By.id("live")).getDomAttribute("data-state")));
            assertThat(browser.text("#live-text")).contains("blocked or held back by the network", "every 30 seconds");
            browser.script("window.stillTheSamePage = true;");

            // A breach raised while the stream is blocked reaches the page on its next read.
            post(app, "B-2", """
                    [{"type":"TeamAssigned","eventId":"t","occurredAt":"2024-05-01","recordedBy":"tm","teamId":"north"},
                     {"type":"StrategyDiscussionHeld","eventId":"sd","occurredAt":"2024-05-01","recordedBy":"sw","section47Initiated":true}]""");
            await().atMost(Duration.ofSeconds(45)).until(() -> browser.present("tr.breach[data-key='CHILD:B-2:icpc/sd']"));
            assertThat(browser.script("return window.stillTheSamePage === true;")).as("never reloaded").isEqualTo(true);
            assertThat(browser.text("#live-text")).contains("last read");
            browser.screenshot(Path.of("target", "manager-page-polling.png"));

            // Filtered by worker: only their breaches; by duty: only that duty's.
            browser.open(app.uri("/manager.html?team=north&worker=sw.okafor"));
            browser.await(driver -> openBreaches(browser).equals(List.of("CHILD:R-1:referral-decision/r")));
            browser.open(app.uri("/manager.html?team=north&rule=icpc"));
            browser.await(driver -> openBreaches(browser).equals(List.of("CHILD:L-1:icpc/sd", "CHILD:B-2:icpc/sd")));
            browser.await(driver -> browser.text("#rule option:checked").equals("Initial child protection conference held"));
            assertThat(browser.consoleErrors()).as("only the blocked stream")
                    .allSatisfy(error -> assertThat(error).contains("/api/alerts/stream"));
        }
    }

    private Map<String, String> settings() {
        // The page's event stream is never closed by the server, so a graceful shutdown would wait its full 30 s for it.
        return Map.of("compliance.data-dir", dataDir.toString(), "compliance.deadline-check", "200ms",
                      "server.shutdown", "immediate");
    }

    private static List<String> openBreaches(HeadlessChromium browser) {
        return browser.driver().findElements(By.cssSelector("#open-breaches tr.breach")).stream()
                      .map(row -> row.getDomAttribute("data-key")).toList();
    }

    private static void post(RunningApp app, String child, String json) {
        assertThat(app.postJson("/api/children/" + child + "/events", json).statusCode()).isEqualTo(201);
    }
}
