package dev.storyline.follow;

import dev.storyline.Storyline;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes fetched feeds off the {@link DeliveryQueue} and puts their new items through the one pipeline,
 * {@link Storyline#ingest(Storyline.Source, dev.storyline.store.StoryStore, java.util.function.Consumer)}
 * (items to articles, articles to stories, stories to pages), a batch of deliveries per call; then marks
 * the items seen and stores the validators of their responses. A crash between the two makes the items
 * come again at the next fetch, and the store, which knows every article's address and text, drops them:
 * nothing is lost and nothing is added twice. Used from one thread at a time, as a {@link Storyline} is.
 */
public final class FeedPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPipeline.class);

    private final Storyline storyline;
    private final Subscriptions subscriptions;
    private final FollowMetrics metrics;
    private final Clock clock;
    private final FollowLog log;

    FeedPipeline(Storyline storyline, Subscriptions subscriptions, FollowMetrics metrics, Clock clock, FollowLog log) {
        this.log = log;
        this.storyline = storyline;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Puts one batch of deliveries through the pipeline; returns what the pipeline did. */
    public Storyline.IngestReport process(List<FeedDelivery> batch) {
        long started = System.nanoTime();
        Map<FeedDelivery, List<List<String>>> keys = new LinkedHashMap<>();
        List<FeedDelivery> work = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        for (FeedDelivery d : batch) {
            // A feed polled again before its last delivery was processed may bring the same items twice.
            List<FeedItem> items = new ArrayList<>();
            List<List<String>> itemKeys = new ArrayList<>();
            Set<String> candidates = new HashSet<>();
            d.feed().items().forEach(i -> candidates.addAll(ItemKeys.of(i)));
            Set<String> seen = subscriptions.seen(candidates);
            for (FeedItem item : d.feed().items()) {
                List<String> k = ItemKeys.of(item);
                if (k.stream().noneMatch(seen::contains) && k.stream().noneMatch(inBatch::contains)) {
                    items.add(item);
                    itemKeys.add(k);
                    inBatch.addAll(k);
                }
            }
            keys.put(d, itemKeys);
            if (items.isEmpty()) {
                continue; // all seen already: nothing to read, and no "feed with no items" to report
            }
            work.add(new FeedDelivery(d.subscriptionId(), d.feedUrl(), new Feed(d.feed().title(), d.feed().language(), items),
                    d.etag(), d.lastModified(), d.fetchedAt()));
        }
        Storyline.IngestReport report = storyline.ingest(
                (ingestor, documents, problems) -> work.forEach(d -> ingestor.readFeed(d.feed(), d.feedUrl(), documents, problems)),
                subscriptions.store(), p -> log.problem(p.source(), p.message()));
        Instant now = clock.instant();
        subscriptions.inTransaction(() -> keys.forEach((d, k) ->
                subscriptions.recordProcessed(d.subscriptionId(), k, d.etag(), d.lastModified(), now)));
        long lag = batch.stream().mapToLong(d -> Duration.between(d.fetchedAt(), now).toMillis()).sum();
        metrics.processed(batch.size(), inBatch.isEmpty() ? 0 : keys.values().stream().mapToInt(List::size).sum(),
                report.added(), report.storiesUpdated(), (System.nanoTime() - started) / 1_000_000, lag);
        for (String id : report.storyIds()) {
            subscriptions.store().story(id).ifPresentOrElse(
                    p -> log.page(id, p.headline(), p.articleCount(), p.publisherCount()), () -> log.pageRemoved(id));
        }
        log.batch(batch.size(), report.added(), report.storiesUpdated(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }
}
