package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.follow.FeedFixtures;
import dev.storyline.ingest.fetch.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
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
 * 127.0.0.1: after every kill the store passes its integrity checks (the database's own where it has one;
 * every article filed under a story that has its page or a mark to get one; no text stored twice) and holds
 * the article of every item recorded as taken in; a last uninterrupted round then has every article, each
 * once. Each run is killed 4 s to {@code -Dstoryline.killTest.maxSeconds} (30 by default) after its start,
 * at seeded random. The store is the subclass's: {@link KillTest} on SQLite, {@link PostgresKillTest} on PostgreSQL.
 */
abstract class FollowKillScenario {

    private static final int FEEDS = 4;
    private static final int ITEMS = 15;

    @TempDir
    Path data;

    /** The options that point {@code storyline} at the store under test. */
    abstract List<String> storeArguments();

    /** A connection to the store's database, for the checks. */
    abstract Connection database() throws SQLException;

    /** The database's own integrity check, {@code ok} when it found nothing (or has none to run). */
    abstract String integrity() throws SQLException;

    @Test
    void killedAtRandomTheStoreStaysWholeAndLosesNoAcknowledgedArticle() throws Exception {
        int kills = Integer.parseInt(System.getProperty("storyline.killTest"));
        // A loaded machine needs longer runs before a kill for a batch to be taken in at all.
        int window = Integer.parseInt(System.getProperty("storyline.killTest.maxSeconds", "30")) * 1000;
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
            List<String> add = new ArrayList<>(List.of("feeds", "add", "--allow-private-networks"));
            add.addAll(storeArguments());
            for (int f = 0; f < FEEDS; f++) {
                add.add(site.url("/feed" + f + ".xml"));
            }
            assertThat(Main.run(add.toArray(String[]::new))).isZero();

            Random random = new Random(14);
            int lastCount = 0;
            int lost = 0;
            for (int i = 0; i < kills; i++) {
                Process run = start(site);
                TimeUnit.MILLISECONDS.sleep(4000 + random.nextInt(Math.max(1000, window - 4000)));
                run.destroyForcibly();
                assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(integrity()).isEqualTo("ok");
                assertThat(withoutPage()).as("articles whose story has neither page nor mark").isZero();
                assertThat(storedTwice()).as("texts stored twice").isZero();
                lost += acknowledgedButMissing();
                int count = articleCount();
                assertThat(count).isGreaterThanOrEqualTo(lastCount);
                System.out.printf("kill %d: %d articles stored, %d acknowledged items missing so far%n", i + 1, count, lost);
                lastCount = count;
            }
            assertThat(lost).isZero();
            List<String> once = new ArrayList<>(List.of("run", "--once", "--allow-private-networks", "--politeness", "0",
                    "--min-interval", "1", "--max-interval", "1"));
            once.addAll(storeArguments());
            assertThat(Main.run(once.toArray(String[]::new))).isZero();
            assertThat(articleCount()).isEqualTo(FEEDS * ITEMS);
            assertThat(storedTwice()).isZero();
            assertThat(withoutPage()).isZero();
        }
    }

    private Process start(TestSite site) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.storyline.cli.Main", "run", "--allow-private-networks", "--politeness", "0", "--port", "0",
                "--min-interval", "1", "--max-interval", "2"));
        command.addAll(storeArguments());
        return new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Articles filed under a story that has no page and no mark to be given one. */
    private int withoutPage() throws SQLException {
        return count("SELECT COUNT(*) FROM article WHERE NOT EXISTS (SELECT 1 FROM story WHERE story.id = article.story_id)"
                + " AND NOT EXISTS (SELECT 1 FROM due_page WHERE due_page.story_id = article.story_id)");
    }

    /** Articles beyond the first of each text. */
    private int storedTwice() throws SQLException {
        return count("SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM article");
    }

    private int count(String sql) throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    /** Items recorded as taken in whose article is not in the store. */
    private int acknowledgedButMissing() throws SQLException {
        return count("SELECT COUNT(*) FROM feed_item_seen WHERE item_key LIKE 'u:%'"
                + " AND NOT EXISTS (SELECT 1 FROM article WHERE article.id = substr(feed_item_seen.item_key, 3))");
    }

    private int articleCount() throws SQLException {
        return count("SELECT COUNT(*) FROM article");
    }

    private static List<JsonNode> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FollowKillScenario.class.getResourceAsStream(DemoCommand.CORPUS), StandardCharsets.UTF_8))) {
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
