package dev.storyline.follow;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.story.StoryPage;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention on a SQLite store filled by following two feeds: off by default; when on, the stories whose
 * articles are all older than the limit go whole (articles, page versions), the newer ones stay whole, and
 * the removed items are not taken in again while their feeds still list them.
 */
class RetentionTest {

    @TempDir
    Path data;

    @Test
    void storiesOlderThanTheLimitGoWholeAndTheOthersStayWhole() throws InterruptedException {
        TestClock clock = new TestClock();
        PollPolicy policy = FeedFixtures.POLICY;
        IngestOptions options = IngestOptions.defaults().withAllowPrivateNetworks(true).withPolitenessDelay(Duration.ZERO);
        try (TestSite site = new TestSite(); StoryStore store = StoryStore.open(data);
             Fetcher fetcher = new Fetcher(options.fetchSettings());
             Storyline storyline = Storyline.standard(options, null, fetcher)) {
            site.page("/quake.xml", 200, "application/rss+xml", fullTextFeed("Island Post", "quake-island-post.txt",
                    "Fri, 10 Jan 2025 08:00:00 GMT"));
            site.page("/ports.xml", 200, "application/rss+xml", fullTextFeed("Baltic Ledger", "ports-baltic-ledger.txt",
                    "Mon, 30 Nov 2026 08:00:00 GMT"));
            Subscriptions subscriptions = new Subscriptions(store);
            subscriptions.add(site.url("/quake.xml"), null, null, clock.instant(), policy.initialInterval());
            subscriptions.add(site.url("/ports.xml"), null, null, clock.instant(), policy.initialInterval());
            FeedFollower follower = new FeedFollower(subscriptions, fetcher, storyline, new InMemoryDeliveryQueue(16),
                    policy, 2, clock);

            follower.pollRound();
            List<StoryPage> before = store.stories();
            assertThat(store.articleCount()).isEqualTo(2);
            List<Instant> days = before.stream().map(StoryPage::updatedMoment).filter(Objects::nonNull).distinct()
                    .sorted().toList();
            assertThat(days).as("stories of different days to tell apart").hasSizeGreaterThanOrEqualTo(2);
            Instant cutoff = days.getLast();

            // Later, with retention set so that only the newest day's stories are young enough.
            clock.advance(Duration.between(clock.instant(), cutoff.plus(Duration.ofDays(30))));
            List<String> toldDeleted = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.addPageListener(new StoryStore.PageListener() {
                @Override
                public void saved(StoryPage page) {
                }

                @Override
                public void deleted(String storyId) {
                    toldDeleted.add(storyId);
                }
            });
            follower.retainFor(Duration.ofDays(30));
            follower.pollRound();

            List<StoryPage> old = before.stream().filter(p -> p.updatedMoment() != null && p.updatedMoment().isBefore(cutoff)).toList();
            List<StoryPage> young = before.stream().filter(p -> !old.contains(p)).toList();
            assertThat(old).isNotEmpty();
            assertThat(young).isNotEmpty();
            for (StoryPage p : old) {
                assertThat(store.story(p.id())).as(p.id()).isEmpty();
                assertThat(store.versions(p.id())).as(p.id()).isEmpty();
                assertThat(store.articlesOfStory(p.id())).as(p.id()).isEmpty();
            }
            // The search index hears of each removed story, and of no other.
            assertThat(toldDeleted).containsExactlyInAnyOrderElementsOf(old.stream().map(StoryPage::id).toList());
            int kept = 0;
            for (StoryPage p : young) {
                assertThat(store.story(p.id())).as(p.id()).isPresent();
                assertThat(store.articlesOfStory(p.id())).as(p.id()).hasSize(p.articleCount());
                kept += p.articleCount();
            }
            // Every stored article belongs to a stored story: none was left behind without its page.
            assertThat(store.articleCount()).isEqualTo(kept).isLessThan(2);
            assertThat(store.stories()).extracting(StoryPage::id)
                    .containsExactlyInAnyOrderElementsOf(young.stream().map(StoryPage::id).toList());
            // The feeds still list the removed items: they are seen, and not taken in again (retention off, so
            // that the young story is not aged out meanwhile).
            follower.retainFor(null);
            clock.advance(Duration.ofDays(2));
            follower.pollRound();
            assertThat(store.articleCount()).isEqualTo(kept);
            follower.close();
        }
    }

    /** A feed of one item that carries a whole article of the test corpus, dated as given. */
    private static String fullTextFeed(String title, String article, String date) {
        String text = new String(FeedFixtures.corpus(article), java.nio.charset.StandardCharsets.UTF_8)
                .replace("&", "&amp;").replace("<", "&lt;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>http://news.example/</link><description>d</description><item><title>" + article
                + "</title><guid isPermaLink=\"false\">urn:test:" + article + "</guid><pubDate>" + date
                + "</pubDate><description>" + text + "</description></item></channel></rss>";
    }
}
