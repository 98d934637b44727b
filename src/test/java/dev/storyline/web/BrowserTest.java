package dev.storyline.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages as a reader's browser shows them: Debian's Chromium, headless, driven over WebDriver against
 * the server on 127.0.0.1. Runs where {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are
 * installed ({@code .ci/run} installs them); skipped elsewhere, but failed on CI (where {@code CI=true}).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static StoryServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = chromium();
        server = StoryServer.start(new StoryServerTest.FixedCatalog(List.of(StoryServerTest.summit(), StoryServerTest.quake())),
                "127.0.0.1", 0);
    }

    /**
     * Debian's Chromium under chromedriver, headless, its console kept; the caller quits it. Fails on CI
     * and skips elsewhere when they are not installed.
     */
    static ChromeDriver chromium() throws java.io.IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        // On CI a missing browser is a failed run, not a quiet skip: the pages would go unchecked.
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(installed).as("Chromium and chromedriver must be installed on CI (.ci/run installs them)").isTrue();
        }
        assumeTrue(installed, "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("storyline-chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        stop(browser, server);
    }

    /** Quits the browser and stops the server, either of which may not have started. */
    static void stop(WebDriver browser, StoryServer server) {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void aReaderGoesFromTopHeadlinesToAStoryAndFollowsACitation() {
        browser.get(url("/"));
        List<WebElement> headlines = browser.findElements(By.cssSelector(".headlines h2 a"));
        assertThat(headlines).extracting(WebElement::getText)
                .containsExactly("Seoul and Tokyo leaders meet in Nara", "Earthquake shakes coastal towns");

        headlines.get(0).click();
        assertThat(browser.getCurrentUrl()).endsWith("/stories/nara-summit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Seoul and Tokyo leaders meet in Nara");
        assertThat(browser.findElements(By.cssSelector(".story-section h2"))).extracting(WebElement::getText)
                .containsExactly("Second summit in Nara", "DNA analysis for mine victims");
        assertThat(browser.findElements(By.cssSelector(".timeline li"))).hasSize(4);

        browser.findElement(By.cssSelector(".story-section sup.cite a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#source-1");
        assertThat(browser.findElement(By.id("source-1")).getText()).contains("Korea Daily").contains("Lee arrives in Nara");
    }

    @Test
    void theStylesheetLoadsUnderTheContentSecurityPolicyAndNothingIsBlocked() {
        browser.get(url("/stories/nara-summit"));
        String width = browser.findElement(By.tagName("main")).getCssValue("max-width");
        assertThat(width).isNotEqualTo("none");
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).extracting(LogEntry::getMessage).isEmpty();
    }
}
