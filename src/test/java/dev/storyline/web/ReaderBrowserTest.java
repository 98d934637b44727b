package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's way through the site in Chromium ({@link BrowserTest#chromium}): Top Headlines, a category
 * tab, a story, a citation, its source and out to the source's own page; hiding a publisher with the
 * settings' forms (no script); the pages at a phone's and a desktop's width, light and dark, saved as
 * screenshots under {@code target/screenshots} (CI keeps them); and axe-core run in each page, with no
 * serious or critical violation allowed.
 */
class ReaderBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> PAGES = List.of("/", "/?category=sports", "/stories/cup-final",
            "/publisher/Korea%20Daily", "/settings");

    private static StoryServer server;
    private static ChromeDriver browser;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        browser = BrowserTest.chromium();
        // the stories are added once the port is known: a source links to this server
        List<StoryPage> stories = new CopyOnWriteArrayList<>();
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories), "127.0.0.1", 0);
        stories.addAll(List.of(StoryServerTest.summit(), cupFinal(url("/static/favicon.svg")), StoryServerTest.quake()));
        try (InputStream in = ReaderBrowserTest.class.getResourceAsStream("axe/axe.min.js")) {
            assertThat(in).as("axe-core is vendored as a test resource").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        BrowserTest.stop(browser, server);
    }

    @BeforeEach
    void freshReader() {
        browser.get(url("/settings"));
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
        colourScheme("light");
    }

    /** A sports story whose first source stands for a site outside: a file of this server. */
    private static StoryPage cupFinal(String sourceUrl) {
        return new StoryPage("cup-final", "Leeds win the cup final", "2026-01-14T20:00:00Z", 2, 2,
                List.of(new StoryPage.Section("Late winner", List.of(
                        new StoryPage.CitedSentence("Leeds beat Hull 2-1 with a goal in the last minute.", List.of(1, 2))))),
                List.of(),
                List.of(new StoryPage.Source(1, sourceUrl, "Leeds snatch the cup", "Yorkshire Sport", null, "2026-01-14T20:00:00Z"),
                        new StoryPage.Source(2, "https://hull.example/cup", "Heartbreak for Hull", "Hull Echo", null, "2026-01-14T19:30:00Z")))
                .withCategory("Sports");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    void aReaderGoesFromTheFrontPageThroughACategoryToAStoryItsCitationAndItsSource() {
        browser.get(url("/"));
        assertThat(browser.findElements(By.cssSelector(".headlines h2 a"))).hasSize(3);
        browser.findElement(By.linkText("Sports")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/?category=sports");
        assertThat(browser.findElement(By.cssSelector("nav.tabs a[aria-current=page]")).getText()).isEqualTo("Sports");
        List<WebElement> headlines = browser.findElements(By.cssSelector(".headlines h2 a"));
        assertThat(headlines).extracting(WebElement::getText).containsExactly("Leeds win the cup final");

        headlines.get(0).click();
        assertThat(browser.getCurrentUrl()).endsWith("/stories/cup-final");
        browser.findElement(By.cssSelector(".story-section sup.cite a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#source-1");
        WebElement source = browser.findElement(By.id("source-1"));
        assertThat(source.getText()).contains("Yorkshire Sport").contains("Leeds snatch the cup");

        source.findElement(By.tagName("a")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/static/favicon.svg"));
    }

    @Test
    void aReaderHidesAPublisherFromTheirPageAndGetsItBackInTheSettings() {
        browser.get(url("/"));
        assertThat(headlines()).contains("Earthquake shakes coastal towns");
        browser.findElement(By.linkText("Coast Post")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/publisher/Coast%20Post");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Coast Post");
        submit("form.hide button");
        // one of the quake's two publishers is muted: the story stays
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(headlines()).contains("Earthquake shakes coastal towns");

        browser.get(url("/publisher/Island%20Herald"));
        submit("form.hide button");
        assertThat(headlines()).doesNotContain("Earthquake shakes coastal towns").contains("Leeds win the cup final");
        assertThat(browser.findElement(By.cssSelector(".muted-line")).getText()).contains("2 mutes");

        browser.get(url("/settings"));
        WebElement publishers = browser.findElement(By.id("mute-publishers"));
        assertThat(publishers.getAttribute("value")).isEqualTo("Coast Post\nIsland Herald");
        publishers.clear();
        browser.findElement(By.id("mute-words")).sendKeys("cup final");
        submit("form.settings button");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved.");
        browser.get(url("/"));
        assertThat(headlines()).contains("Earthquake shakes coastal towns").doesNotContain("Leeds win the cup final");
    }

    @Test
    void thePagesFitAPhonesWidthAndADesktopsInLightAndDarkAndAreSavedAsScreenshots() throws IOException {
        for (String scheme : List.of("light", "dark")) {
            colourScheme(scheme);
            for (int width : List.of(390, 1280)) {
                browser.manage().window().setSize(new Dimension(width, 900));
                for (String path : List.of("/", "/stories/nara-summit")) {
                    browser.get(url(path));
                    long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
                    long content = (Long) browser.executeScript("return document.documentElement.scrollWidth");
                    assertThat(content).as("%s at %d px (%s) scrolls sideways", path, width, scheme).isLessThanOrEqualTo(viewport);
                    String name = (path.equals("/") ? "front" : "story") + "-" + width + "-" + scheme + ".png";
                    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            String background = browser.findElement(By.tagName("body")).getCssValue("background-color");
            assertThat(background).isEqualTo(scheme.equals("dark") ? "rgba(22, 23, 25, 1)" : "rgba(255, 255, 255, 1)");
        }
        assertThat(SCREENSHOTS.resolve("front-390-dark.png")).isNotEmptyFile();
    }

    @Test
    void axeFindsNoSeriousViolationOnAnyPageInLightOrDark() throws Exception {
        List<String> serious = new ArrayList<>();
        int checked = 0;
        for (String scheme : List.of("light", "dark")) {
            colourScheme(scheme);
            for (String path : PAGES) {
                browser.get(url(path));
                browser.executeScript(axe);
                Object result = browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']})
                           .then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations.map(v =>
                               ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))})))
                           .catch(e => done(JSON.stringify({error: String(e)})));
                        """);
                JsonNode report = StoryJson.MAPPER.readTree((String) result);
                assertThat(report.has("error")).as("axe ran on %s: %s", path, report).isFalse();
                assertThat(report.get("passes").asInt()).as("rules axe passed on %s", path).isGreaterThan(10);
                checked++;
                for (JsonNode v : report.get("violations")) {
                    String impact = v.path("impact").asText();
                    if (impact.equals("serious") || impact.equals("critical")) {
                        serious.add(scheme + " " + path + ": " + v.get("id").asText() + " " + v.get("nodes"));
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(2 * PAGES.size());
        assertThat(serious).isEmpty();
    }

    /** Presses a form's button and waits until the browser has followed the server's redirect. */
    private static void submit(String button) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(button)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    }

    private static List<String> headlines() {
        return browser.findElements(By.cssSelector(".headlines h2 a")).stream().map(WebElement::getText).toList();
    }

    /** Makes the pages see {@code prefers-color-scheme} as the system setting would. */
    private static void colourScheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
