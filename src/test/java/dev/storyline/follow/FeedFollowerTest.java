package dev.storyline.follow;

import com.sun.net.httpserver.HttpExchange;
import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static dev.storyline.follow.FeedFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following real feeds served on 127.0.0.1, each answering in its own way: one that works (and then says
 * 304), one that asks to slow down (429), one down for maintenance (503), one with broken XML, one that moved
 * for good (301), and one on a dead port. Each is reported and the others go on; the good ones' articles
 * reach their story pages; a restart carries on with what was stored. The tests run in order, as rounds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedFollowerTest {

    @TempDir
    static Path data;

    private static TestSite site;
    private static StoryStore store;
    private static Storyline storyline;
    private static Fetcher fetcher;
    private static FeedFollower follower;
    private static final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private static final List<String> conditionalAsks = new CopyOnWriteArrayList<>();
    private static final AtomicReference<String> goodFeed = new AtomicReference<>();
    private static final AtomicReference<String> goodTag = new AtomicReference<>("\"v1\"");
    private static String deadUrl;

    private static final PollPolicy POLICY = FeedFixtures.POLICY;

    @BeforeAll
    static void start() {
        site = new TestSite();
        FeedFixtures.serveArticles(site);
        goodFeed.set(FeedFixtures.rss(site, "Harbour Times", "quake-harbour-times.html", "ports-freight-daily.html"));
        site.route("/good.xml", FeedFollowerTest::good);
        site.route("/busy.xml", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            TestSite.send(ex, 429, "text/plain", bytes("slow down"));
        });
        site.route("/down.xml", ex -> {
            ex.getResponseHeaders().add("Retry-After", "3600");
            TestSite.send(ex, 503, "text/plain", bytes("maintenance"));
        });
        site.page("/broken.xml", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Broken</title><item><title>x</item>");
        site.redirect("/old.xml", 301, "/new.xml");
        site.page("/new.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Island Post", "quake-island-post.txt"));
        deadUrl = "http://127.0.0.1:" + FeedFixtures.closedPort() + "/feed.xml";

        store = StoryStore.open(data);
        IngestOptions options = IngestOptions.defaults().withAllowPrivateNetworks(true).withPolitenessDelay(Duration.ZERO);
        storyline = Storyline.standard(options);
        fetcher = new Fetcher(options.fetchSettings());
        Subscriptions subscriptions = new Subscriptions(store);
        for (String path : List.of("/good.xml", "/busy.xml", "/down.xml", "/broken.xml", "/old.xml")) {
            subscriptions.add(site.url(path), null, null, clock.instant(), POLICY.initialInterval());
        }
        subscriptions.add(deadUrl, null, null, clock.instant(), POLICY.initialInterval());
        follower = newFollower();
    }

    private static FeedFollower newFollower() {
        return new FeedFollower(new Subscriptions(store), fetcher, storyline, new InMemoryDeliveryQueue(16), POLICY, 4, clock);
    }

    private static void good(HttpExchange ex) throws IOException {
        String asked = ex.getRequestHeaders().getFirst("If-None-Match");
        if (asked != null) {
            conditionalAsks.add(asked);
        }
        if (goodTag.get().equals(asked)) {
            TestSite.send(ex, 304, "application/rss+xml", new byte[0]);
            return;
        }
        ex.getResponseHeaders().add("ETag", goodTag.get());
        TestSite.send(ex, 200, "application/rss+xml", bytes(goodFeed.get()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        follower.close();
        fetcher.close();
        storyline.close();
        store.close();
        site.close();
    }

    private static Subscription feed(String path) {
        return new Subscriptions(store).find(path.startsWith("http") ? path : site.url(path)).orElseThrow();
    }

    @Test
    @Order(1)
    void aFirstRoundReportsEveryFailureInPlainWordsAndTakesInTheRest() throws InterruptedException {
        assertThat(follower.pollRound()).isEqualTo(6);
        Instant t = clock.instant();

        Subscription good = feed("/good.xml");
        assertThat(good.state().lastError()).isNull();
        assertThat(good.state().lastOutcome()).isEqualTo("FETCHED");
        assertThat(good.state().etag()).isEqualTo("\"v1\"");
        assertThat(good.title()).isEqualTo("Harbour Times");

        Subscription busy = feed("/busy.xml");
        assertThat(busy.state().lastError()).contains("429").contains("slow down");
        assertThat(busy.state().nextFetch()).isAfterOrEqualTo(t.plusSeconds(120));

        Subscription down = feed("/down.xml");
        assertThat(down.state().lastError()).contains("503").contains("unavailable");
        assertThat(down.state().nextFetch()).isAfterOrEqualTo(t.plusSeconds(3600));

        assertThat(feed("/broken.xml").state().lastError()).startsWith("the feed could not be read");
        assertThat(feed(deadUrl).state().lastError()).startsWith("the site could not be reached");

        // Each article page is in the store: two from the good feed, one from the feed that moved.
        assertThat(store.articleCount()).isEqualTo(3);
        assertThat(store.stories()).isNotEmpty();
        assertThat(follower.metrics().fetches(FetchState.Outcome.FAILED)).isEqualTo(4);
    }

    @Test
    @Order(2)
    void aFeedThatMovedForGoodIsFollowedAtItsNewAddress() throws InterruptedException {
        Subscription moved = new Subscriptions(store).all().stream()
                .filter(s -> s.url().equals(site.url("/new.xml"))).findFirst().orElseThrow();
        assertThat(moved.state().lastError()).isNull();
        assertThat(moved.title()).isEqualTo("Island Post");
        long oldHits = site.paths().stream().filter("/old.xml"::equals).count();

        clock.advance(Duration.ofDays(2));
        follower.pollRound();
        assertThat(site.paths().stream().filter("/old.xml"::equals).count()).isEqualTo(oldHits);
    }

    @Test
    @Order(3)
    void anUnchangedFeedIsAskedConditionallyAndAnswers304() {
        assertThat(conditionalAsks).contains("\"v1\"");
        assertThat(feed("/good.xml").state().lastOutcome()).isEqualTo("NOT_MODIFIED");
        assertThat(store.articleCount()).isEqualTo(3);
    }

    @Test
    @Order(4)
    void aRestartResumesWithTheStoredValidatorsAndTakesInOnlyTheNewItem() throws InterruptedException {
        follower.close();
        follower = newFollower();
        goodFeed.set(FeedFixtures.rss(site, "Harbour Times", "quake-harbour-times.html", "ports-freight-daily.html",
                "quake-island-post.txt", "ports-baltic-ledger.txt"));
        goodTag.set("\"v2\"");
        long pageFetchesBefore = site.paths().stream().filter(p -> p.startsWith("/articles/")).count();

        clock.advance(Duration.ofDays(2));
        follower.pollRound();

        assertThat(conditionalAsks.getLast()).isEqualTo("\"v1\"");
        assertThat(feed("/good.xml").state().etag()).isEqualTo("\"v2\"");
        // Only the new item had its page fetched: the island post was seen in the feed that moved.
        long pageFetches = site.paths().stream().filter(p -> p.startsWith("/articles/")).count() - pageFetchesBefore;
        assertThat(pageFetches).isEqualTo(1);
        assertThat(store.articleCount()).isEqualTo(4);
        assertThat(new Subscriptions(store).itemsSince(Instant.EPOCH).get(feed("/good.xml").id())).isEqualTo(3);
    }
}
