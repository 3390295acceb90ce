package uk.casemonitor.app;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through its own chromedriver, for tests of the pages the app
 * serves. Both paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Skips the calling test when Chromium is not installed, except in CI ({@code CI=true}), where a
     * browser test that cannot run is a failure, not a pass.
     */
    public static void assumeInstalled() {
        List<Path> missing = Stream.of(BROWSER, DRIVER).filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "The browser tests need Debian's Chromium, but " + missing + " is missing: "
                + "apt-get install -y chromium chromium-driver (or run .ci/install-chromium.sh)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** @param profile an empty directory for the browser's profile (a test's {@code @TempDir}) */
    public static HeadlessChromium start(Path profile) {
        assumeInstalled();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Every request the browser makes from now on carries this Authorization header (as a signed-in user's would). */
    public void signIn(String authorization) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", authorization)));
    }

    public void open(URI uri) {
        driver.get(uri.toString());
    }

    /** Waits (up to 20 s) for the condition; pages redraw rows, so found elements may go stale meanwhile. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** The visible text of the first element matching the selector, or "" when there is none. */
    public String text(String cssSelector) {
        List<WebElement> found = driver.findElements(By.cssSelector(cssSelector));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    public boolean present(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Every address the page has loaded something from (scripts, styles, fetches, the event stream). */
    @SuppressWarnings("unchecked")
    public List<String> resourcesLoaded() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(entry => entry.name);");
    }

    /** Errors the page logged to the console (uncaught exceptions, failed loads). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                     .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                     .map(LogEntry::getMessage)
                     .toList();
    }

    /** The whole page, not just the window, as a PNG. */
    public Path screenshot(Path file) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
