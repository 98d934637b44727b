package dev.storyline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedItem;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.feed.MalformedFeedException;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given to the feed parser (RSS 0.9x to 2.0, RSS 1.0, Atom, JSON Feed) give a feed or a
 * {@link MalformedFeedException}, never another exception, and every item link is absolute when the
 * feed's location is known.
 */
class FeedParserFuzzTest {

    private static final URI LOCATION = URI.create("https://news.example/feed.xml");

    @FuzzTest(maxExecutions = FuzzBudget.EXECUTIONS)
    void anyBytesGiveAFeedOrAClearRefusal(byte[] content) {
        Feed feed;
        try {
            feed = FeedParser.parse(content, "application/rss+xml", LOCATION);
        } catch (MalformedFeedException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        for (FeedItem item : feed.items()) {
            if (item.link() != null && item.link().contains(":")) {
                assertThat(item.link()).doesNotStartWith("/");
            }
        }
    }
}
