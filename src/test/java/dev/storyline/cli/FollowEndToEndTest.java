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
            FeedFollower follower = FollowerAssembly.follower(store, fetcher, storyline, PollPolicy.defaults(), 4,
                    dev.storyline.follow.FollowLog.text());
            try (StoryServer server = StoryServer.start(new StoredCatalog(store), FollowerAssembly.operations(follower, store, fetcher, PollPolicy.defaults()),
                    "127.0.0.1", 0)) {
                assertThat(get(server, "/api/stories").body()).isEqualTo("{\"stories\":[]}");
                follower.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (follower.metrics().articlesAdded() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                // The front page is ranked in the background (at most once a second): wait for it, bounded.
                String stories = get(server, "/api/stories").body();
                while (!stories.contains("\"headline\"") && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    stories = get(server, "/api/stories").body();
                }
                assertThat(stories).contains("\"headline\"");
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

    @Test
    void onlyTheHolderOfTheAdminTokenAddsAndRemovesFeedsFromTheBrowser() throws Exception {
        serveFeeds();
        FollowOptions follow = new FollowOptions();
        follow.fetch = new FetchOptions();
        follow.fetch.allowPrivateNetworks = true;
        try (StoryStore store = StoryStore.open(data);
             Fetcher fetcher = new Fetcher(follow.fetchSettings());
             StoryServer server = StoryServer.start(new StoredCatalog(store),
                     FollowerAssembly.operations(null, store, fetcher, PollPolicy.defaults()), "127.0.0.1", 0)) {
            String token = new dev.storyline.follow.AdminToken(store).createIfMissing().orElseThrow();
            assertThat(new dev.storyline.follow.AdminToken(store).createIfMissing()).isEmpty();
            String form = "url=" + java.net.URLEncoder.encode(site.url("/island/"), StandardCharsets.UTF_8);

            assertThat(post(server, "/api/feeds", form, null).statusCode()).isEqualTo(401);
            assertThat(post(server, "/feeds", form + "&token=wrong", null).statusCode()).isEqualTo(401);
            HttpResponse<String> added = post(server, "/api/feeds", form, token);
            assertThat(added.statusCode()).isEqualTo(201);
            assertThat(get(server, "/api/feeds").body()).contains("\"url\":\"" + site.url("/island.xml") + "\"");
            assertThat(get(server, "/feeds").body()).contains("Island Post").contains("action=\"/feeds/remove\"");

            HttpResponse<String> browserAdd = post(server, "/feeds", "url=" + java.net.URLEncoder.encode(site.url("/harbour.xml"),
                    StandardCharsets.UTF_8) + "&token=" + token, null);
            assertThat(browserAdd.statusCode()).isEqualTo(303);
            assertThat(post(server, "/feeds", "url=" + java.net.URLEncoder.encode(site.url("/gone.xml"), StandardCharsets.UTF_8)
                    + "&token=" + token, null).body()).contains("HTTP 404");

            String id = new dev.storyline.follow.Subscriptions(store).find(site.url("/island.xml")).orElseThrow().id();
            HttpResponse<String> unauthorised = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/feeds/" + id)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unauthorised.statusCode()).isEqualTo(401);
            HttpResponse<String> removed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/feeds/" + id)).header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(removed.statusCode()).isEqualTo(204);
            assertThat(new dev.storyline.follow.Subscriptions(store).all()).extracting(dev.storyline.follow.Subscription::url)
                    .containsExactly(site.url("/harbour.xml"));
        }
    }

    private HttpResponse<String> post(StoryServer server, String path, String form, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(StoryServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
