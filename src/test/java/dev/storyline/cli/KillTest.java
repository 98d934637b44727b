package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.follow.FeedFixtures;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code storyline run} in a real process, killed with SIGKILL at random moments while it follows feeds on
 * 127.0.0.1: after every kill the SQLite store passes its integrity check and holds the article of every
 * item recorded as taken in; a last uninterrupted round then has every article, each once. Slow (a JVM and
 * the model load per restart), so it runs only when asked:
 * {@code ./mvnw -o test -Dtest=KillTest -Dstoryline.killTest=20} (the number of kills).
 */
@EnabledIfSystemProperty(named = "storyline.killTest", matches = "\\d+")
class KillTest {

    private static final int FEEDS = 4;
    private static final int ITEMS = 15;

    @TempDir
    Path data;

    @Test
    void killedAtRandomTheStoreStaysWholeAndLosesNoAcknowledgedArticle() throws Exception {
        int kills = Integer.parseInt(System.getProperty("storyline.killTest"));
        List<JsonNode> corpus = corpus();
        try (TestSite site = new TestSite()) {
            for (int f = 0; f < FEEDS; f++) {
                String[] articles = new String[ITEMS];
                for (int j = 0; j < ITEMS; j++) {
                    int k = f * ITEMS + j;
                    articles[j] = "a" + k + ".html";
                    JsonNode a = corpus.get(k % corpus.size());
                    String title = a.path("title").asText().isBlank() ? "Report " + k : a.path("title").asText();
                    // Each text made unique, so that every item is one article of its own.
                    site.page("/articles/a" + k + ".html", 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>"
                            + escape(title) + "</title></head><body><article><h1>" + escape(title) + "</h1><p>"
                            + escape(a.path("text").asText()).replace("\n\n", "</p><p>") + "</p><p>This is report number " + k
                            + " of the test.</p></article></body></html>");
                }
                site.page("/feed" + f + ".xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Feed " + f, articles));
            }
            List<String> add = new ArrayList<>(List.of("feeds", "add", "--data", data.toString(), "--allow-private-networks"));
            for (int f = 0; f < FEEDS; f++) {
                add.add(site.url("/feed" + f + ".xml"));
            }
            assertThat(Main.run(add.toArray(String[]::new))).isZero();

            Random random = new Random(14);
            int lastCount = 0;
            int lost = 0;
            for (int i = 0; i < kills; i++) {
                Process run = start(site);
                TimeUnit.MILLISECONDS.sleep(4000 + random.nextInt(26000));
                run.destroyForcibly();
                assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(integrity()).isEqualTo("ok");
                lost += acknowledgedButMissing();
                int count = articleCount();
                assertThat(count).isGreaterThanOrEqualTo(lastCount);
                System.out.printf("kill %d: %d articles stored, %d acknowledged items missing so far%n", i + 1, count, lost);
                lastCount = count;
            }
            assertThat(lost).isZero();
            assertThat(Main.run("run", "--once", "--data", data.toString(), "--allow-private-networks", "--politeness", "0",
                    "--min-interval", "1", "--max-interval", "1")).isZero();
            try (StoryStore store = StoryStore.open(data)) {
                assertThat(store.articleCount()).isEqualTo(FEEDS * ITEMS);
            }
        }
    }

    private Process start(TestSite site) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.storyline.cli.Main", "run",
                "--data", data.toString(), "--allow-private-networks", "--politeness", "0", "--port", "0",
                "--min-interval", "1", "--max-interval", "2")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve(StoryStore.FILE_NAME));
    }

    private String integrity() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** Items recorded as taken in whose article is not in the store. */
    private int acknowledgedButMissing() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM feed_item_seen WHERE item_key LIKE 'u:%'"
                        + " AND NOT EXISTS (SELECT 1 FROM article WHERE article.id = substr(feed_item_seen.item_key, 3))")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private int articleCount() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static List<JsonNode> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                KillTest.class.getResourceAsStream(DemoCommand.CORPUS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    if (node.path("text").asText().length() > 600) {
                        out.add(node);
                    }
                }
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
