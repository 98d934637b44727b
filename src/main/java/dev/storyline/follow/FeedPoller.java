package dev.storyline.follow;

import dev.storyline.ingest.feed.ContentKind;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedItem;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.feed.MalformedFeedException;
import dev.storyline.ingest.fetch.ConditionalResponse;
import dev.storyline.ingest.fetch.FetchException;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.WebAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fetches one followed feed and deals with the answer: a conditional GET with the stored validators; a
 * feed's new items handed to the {@link DeliveryQueue}; a permanent redirect remembered; the next fetch
 * scheduled by {@link PollSchedule}; any failure recorded in plain words. A failure is the feed's own and
 * never stops the others. Safe to call for different feeds from many threads.
 */
public final class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final Fetcher fetcher;
    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;
    private final PollSchedule schedule;
    private final FollowMetrics metrics;
    private final Clock clock;
    private final FollowLog log;

    FeedPoller(Fetcher fetcher, Subscriptions subscriptions, DeliveryQueue queue, PollSchedule schedule,
               FollowMetrics metrics, Clock clock, FollowLog log) {
        this.log = log;
        this.fetcher = fetcher;
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Polls the feed once and returns how it went, as stored. */
    public FetchState poll(Subscription feed) throws InterruptedException {
        long started = System.nanoTime();
        FetchState before = feed.state();
        Instant now = clock.instant();
        FetchState after;
        String title = null;
        String movedTo = null;
        boolean keepValidators = false;
        ConditionalResponse response = null;
        int delivered = 0;
        try {
            response = fetcher.fetchConditionally(WebAddress.parse(feed.url()), before.etag(), before.lastModified());
            if (response.movedPermanently() && !response.location().toString().equals(feed.url())) {
                movedTo = response.location().toString();
                log.moved(feed, movedTo);
            }
            Duration floor = ServerHints.maxAge(response.cacheControl()).orElse(Duration.ZERO);
            if (response.isNotModified()) {
                after = schedule.afterNotModified(before, now, floor);
            } else if (!response.isSuccess()) {
                Duration retry = ServerHints.retryAfter(response.retryAfter(), now).orElse(null);
                after = schedule.afterFailure(before, now, FailureWords.status(response.status(), retry), retry);
            } else {
                Feed parsed = parse(response);
                title = parsed.title();
                Duration ttl = ServerHints.ttl(response.body()).orElse(Duration.ZERO);
                floor = floor.compareTo(ttl) >= 0 ? floor : ttl;
                List<FeedItem> fresh = unseen(parsed.items());
                List<Instant> published = parsed.items().stream().map(FeedItem::published).filter(Objects::nonNull)
                        .map(dev.storyline.ingest.PublicationDate::moment).toList();
                after = withNote(schedule.afterFeed(before, now, published, !fresh.isEmpty(), floor), parsed, fresh);
                // With nothing to take in, the validators can be kept at once.
                keepValidators = fresh.isEmpty();
                delivered = fresh.size();
                if (!fresh.isEmpty()) {
                    queue.put(new FeedDelivery(feed.id(), response.location().toString(),
                            new Feed(parsed.title(), parsed.language(), fresh), response.etag(), response.lastModified(), now));
                }
            }
        } catch (FetchException e) {
            after = schedule.afterFailure(before, now, FailureWords.fetch(e), null);
        } catch (URISyntaxException e) {
            after = schedule.afterFailure(before, now, "the feed's address is not a valid URL: " + e.getReason(), null);
        } catch (MalformedFeedException e) {
            after = schedule.afterFailure(before, now, "the feed could not be read: " + e.getMessage(), null);
        } catch (RuntimeException e) {
            LOG.warn("polling {} failed unexpectedly", feed.url(), e);
            after = schedule.afterFailure(before, now, "unexpected failure: " + e, null);
        }
        // One write transaction per poll: with thousands of feeds, the writes are what the store feels.
        FetchState state = after;
        String named = title;
        String newUrl = movedTo;
        ConditionalResponse kept = keepValidators ? response : null;
        subscriptions.inTransaction(() -> {
            if (newUrl != null) {
                subscriptions.moveTo(feed.id(), newUrl);
            }
            if (kept != null) {
                subscriptions.recordProcessed(feed.id(), List.of(), kept.etag(), kept.lastModified(), now);
            }
            subscriptions.recordFetch(feed.id(), state, named);
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        metrics.fetched(FetchState.Outcome.valueOf(after.lastOutcome()), millis);
        log.fetch(feed, after, delivered, millis);
        log.feedProblem(feed.url(), before.lastError(), after.lastError(), String.valueOf(after.nextFetch()));
        return after;
    }

    /**
     * The state with what was wrong with new items that were still taken in (cut to the size cap) as its
     * last error: the Feeds page shows it until the next fetch, and an item is new only once.
     */
    private static FetchState withNote(FetchState state, Feed parsed, List<FeedItem> fresh) {
        List<String> notes = parsed.problems().stream().filter(p -> fresh.contains(p.item()))
                .map(Feed.ItemProblem::problem).toList();
        if (notes.isEmpty()) {
            return state;
        }
        return new FetchState(state.etag(), state.lastModified(), state.lastFetch(), state.nextFetch(), state.interval(),
                state.failures(), state.lastOutcome(), "fetched, but " + String.join("; ", notes));
    }

    private static Feed parse(ConditionalResponse response) throws MalformedFeedException {
        ContentKind kind = ContentKind.of(response.mediaType(), response.body());
        if (!kind.isFeed()) {
            throw new MalformedFeedException("the address gives " + (kind == ContentKind.HTML ? "a web page"
                    : response.mediaType().isEmpty() ? "something unknown" : response.mediaType()) + ", not a feed");
        }
        return FeedParser.parse(response.body(), response.contentType(), response.location());
    }

    /** The items none of whose keys was seen, each once. */
    private List<FeedItem> unseen(List<FeedItem> items) {
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.addAll(ItemKeys.of(i)));
        Set<String> seen = new HashSet<>(subscriptions.seen(keys));
        List<FeedItem> fresh = new ArrayList<>();
        for (FeedItem item : items) {
            List<String> itemKeys = ItemKeys.of(item);
            if (itemKeys.stream().noneMatch(seen::contains)) {
                fresh.add(item);
                seen.addAll(itemKeys);
            }
        }
        return fresh;
    }
}
