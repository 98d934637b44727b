package dev.storyline.follow;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds and the article pages their items link to are fetched through one fetcher, as {@code run} builds
 * it: robots.txt is read once per site for both, and every request to the host, feed or page, keeps the
 * politeness delay from the one before, even with feeds polled in parallel.
 */
class SharedPolitenessTest {

    private static final Duration DELAY = Duration.ofMillis(400);

    @TempDir
    Path data;

    @Test
    void twoFeedsOnOneHostAndTheirLinkedPagesKeepTheHostDelay() throws InterruptedException {
        TestClock clock = new TestClock();
        PollPolicy policy = FeedFixtures.POLICY;
        IngestOptions options = IngestOptions.defaults().withAllowPrivateNetworks(true).withPolitenessDelay(DELAY);
        try (TestSite site = new TestSite(); StoryStore store = StoryStore.open(data);
             Fetcher fetcher = new Fetcher(options.fetchSettings());
             Storyline storyline = Storyline.standard(options, null, fetcher)) {
            FeedFixtures.serveArticles(site);
            site.page("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\n");
            site.page("/harbour.xml", 200, "application/rss+xml",
                    FeedFixtures.rss(site, "Harbour Times", "quake-harbour-times.html", "ports-freight-daily.html"));
            site.page("/island.xml", 200, "application/rss+xml",
                    FeedFixtures.rss(site, "Island Post", "quake-island-post.txt", "ports-baltic-ledger.txt"));
            Subscriptions subscriptions = new Subscriptions(store);
            subscriptions.add(site.url("/harbour.xml"), null, null, clock.instant(), policy.initialInterval());
            subscriptions.add(site.url("/island.xml"), null, null, clock.instant(), policy.initialInterval());
            FeedFollower follower = new FeedFollower(subscriptions, fetcher, storyline, new InMemoryDeliveryQueue(16),
                    policy, 4, clock);

            follower.pollRound();
            follower.close();

            List<TestSite.Request> requests = site.requests();
            assertThat(requests).extracting(TestSite.Request::path).filteredOn("/robots.txt"::equals).hasSize(1);
            assertThat(requests).extracting(TestSite.Request::path).filteredOn(p -> p.startsWith("/articles/")).hasSize(4);
            assertThat(requests).hasSize(7);
            for (int i = 1; i < requests.size(); i++) {
                Duration gap = Duration.ofNanos(requests.get(i).nanoTime() - requests.get(i - 1).nanoTime());
                // The server stamps a request when its thread runs, a little after it arrived: allow for that.
                assertThat(gap).as("gap before %s", requests.get(i).path()).isGreaterThanOrEqualTo(DELAY.minusMillis(80));
            }
            assertThat(store.articleCount()).isEqualTo(4);
        }
    }
}
