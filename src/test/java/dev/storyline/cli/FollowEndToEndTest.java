package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.follow.FeedFixtures;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.PollPolicy;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.store.StoryStore;
import dev.storyline.web.StoryServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh data folder, `feeds add` of an OPML list and of a web page, then `run`: the feeds on a server on
 * 127.0.0.1 are followed, their articles reach story pages, and the Feeds page, /api/feeds, /health and
 * /metrics say how it went, a dead feed with its error in words beside the working ones.
 */
class FollowEndToEndTest {

    @TempDir
    Path data;

    private final TestSite site = new TestSite();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        site.close();
    }

    private String[] args(String... first) {
        String[] common = {"--data", data.toString(), "--allow-private-networks", "--politeness", "0"};
        String[] all = new String[first.length + common.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(common, 0, all, first.length, common.length);
        return all;
    }

    private static String standardOutputOf(Callable<Integer> run, int expectedCode) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(run.call()).isEqualTo(expectedCode);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private void serveFeeds() {
        FeedFixtures.serveArticles(site);
        site.page("/harbour.xml", 200, "application/rss+xml",
                FeedFixtures.rss(site, "Harbour Times", "quake-harbour-times.html", "ports-freight-daily.html"));
        site.page("/island.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Island Post", "quake-island-post.txt"));
        site.page("/island/", 200, "text/html", "<!DOCTYPE html><html><head><title>Island Post</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/island.xml\"></head><body>news</body></html>");
    }

    private Path opml() throws IOException {
        Path list = data.resolve("subscriptions.opml");
        Files.createDirectories(data);
        Files.writeString(list, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body>"
                + "<outline text=\"Harbour\" xmlUrl=\"" + site.url("/harbour.xml") + "\"/>"
                + "<outline text=\"Gone\" xmlUrl=\"" + site.url("/gone.xml") + "\"/></body></opml>");
        return list;
    }

    @Test
    void feedsAddThenRunFollowsTheFeedsAndTheirStoriesAreStored() throws Exception {
        serveFeeds();
        String added = standardOutputOf(() -> Main.run(args("feeds", "add", opml().toString(), site.url("/island/"))), 0);
        assertThat(added).contains("following Harbour <" + site.url("/harbour.xml") + ">")
                .contains("following Island Post <" + site.url("/island.xml") + ">")
                .contains("3 feeds added");
        String run = standardOutputOf(() -> Main.run(args("run", "--once")), 0);
        assertThat(run).contains("3 feeds polled, 3 articles added");

        String listed = standardOutputOf(() -> Main.run("feeds", "list", "--data", data.toString()), 0);
        assertThat(listed).contains("Harbour Times").contains("last error: there is no feed at this address any more (HTTP 404");
        String exported = standardOutputOf(() -> Main.run("feeds", "export", "--data", data.toString()), 0);
        assertThat(exported).contains("xmlUrl=\"" + site.url("/island.xml") + "\"").contains("htmlUrl=\"" + site.url("/island/") + "\"");
        assertThat(standardOutputOf(() -> Main.run("feeds", "remove", site.url("/gone.xml"), "--data", data.toString()), 0))
                .contains("no longer following");
        try (StoryStore store = StoryStore.open(data)) {
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.stories()).hasSize(2);
        }
    }

    @Test
    void whileRunningThePagesUpdateAndTheFeedsPageHealthAndMetricsSayHowFetchingGoes() throws Exception {
        serveFeeds();
        assertThat(Main.run(args("feeds", "add", site.url("/island.xml"), site.url("/harbour.xml")))).isZero();
        FollowOptions follow = new FollowOptions();
        follow.fetch = new FetchOptions();
        follow.fetch.allowPrivateNetworks = true;
        follow.fetch.politenessMillis = 0;
        follow.contact = "ops@example.org";
        IngestOptions options = follow.ingestOptions();
        try (StoryStore store = StoryStore.open(data);
             Fetcher fetcher = new Fetcher(follow.fetchSettings());
             Storyline storyline = Storyline.standard(options)) {
            FeedFollower follower = FollowerAssembly.follower(store, fetcher, storyline, PollPolicy.defaults(), 4);
            try (StoryServer server = StoryServer.start(new StoredCatalog(store), FollowerAssembly.operations(follower, store),
                    "127.0.0.1", 0)) {
                assertThat(get(server, "/api/stories").body()).isEqualTo("{\"stories\":[]}");
                follower.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (follower.metrics().articlesAdded() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(get(server, "/api/stories").body()).contains("\"headline\"");
                HttpResponse<String> feeds = get(server, "/feeds");
                assertThat(feeds.statusCode()).isEqualTo(200);
                assertThat(feeds.body()).contains("Harbour Times").contains("Island Post");
                assertThat(get(server, "/api/feeds").body()).contains("\"url\":\"" + site.url("/island.xml") + "\"")
                        .contains("\"articlesLastDay\":1");
                assertThat(get(server, "/health").statusCode()).isEqualTo(200);
                assertThat(get(server, "/metrics").body()).contains("storyline_feed_fetches_total{outcome=\"fetched\"} 2")
                        .contains("storyline_articles_ingested_total 3").contains("storyline_queue_depth 0");
            } finally {
                follower.close();
            }
        }
        // The article pages are fetched only while running; the feeds were fetched by `feeds add` first.
        assertThat(site.requests()).filteredOn(r -> r.path().startsWith("/articles/")).hasSize(3)
                .allSatisfy(r -> assertThat(r.userAgent()).startsWith("Storyline/").contains("ops@example.org"));
        assertThat(site.requests()).filteredOn(r -> r.path().endsWith(".xml") && r.userAgent().contains("ops@example.org")).hasSize(2);
    }

    private HttpResponse<String> get(StoryServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
