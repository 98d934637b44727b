package dev.storyline.follow;

import dev.storyline.Storyline;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.store.StoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Follows every subscribed feed: a scheduler polls each feed when it falls due (many at once on virtual
 * threads, up to a bound; the fetcher still spaces requests to one host and obeys robots.txt), and one
 * pipeline thread takes what they fetched off the queue and into the store. Everything it needs to
 * resume lives in the store, so a restart carries on where the last run stopped. When several processes
 * share the feed list, a {@link FeedShard} says which feeds are this one's. Close it to stop both.
 */
public final class FeedFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFollower.class);
    /** How often the scheduler looks for feeds that fell due. */
    private static final Duration SCAN = Duration.ofMillis(250);
    /** Deliveries taken into one pipeline call: one pass over the store's articles serves them all. */
    private static final int BATCH = 64;
    /** How often retention looks for stories to remove. */
    private static final Duration RETENTION_EVERY = Duration.ofHours(1);

    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;
    private final FeedPoller poller;
    private final FeedPipeline pipeline;
    private final FollowMetrics metrics;
    private final Clock clock;
    private final Semaphore slots;
    private final int parallelFetches;
    /** The feeds being polled, by id. */
    private final Map<String, Subscription> inFlight = new ConcurrentHashMap<>();
    private final ExecutorService fetchers = Executors.newVirtualThreadPerTaskExecutor();
    private final FollowLog log;
    private volatile Duration retention;
    private volatile FeedShard shard;
    private Instant lastRetention;
    private volatile boolean running;
    private Thread scheduler;
    private Thread consumer;

    /**
     * @param parallelFetches feeds fetched at the same time, at most
     */
    public FeedFollower(Subscriptions subscriptions, Fetcher fetcher, Storyline storyline, DeliveryQueue queue,
                        PollPolicy policy, int parallelFetches, Clock clock) {
        this(subscriptions, fetcher, storyline, queue, policy, parallelFetches, clock, FollowLog.text());
    }

    /**
     * @param parallelFetches feeds fetched at the same time, at most
     * @param log             where fetches, problems and page updates are told
     */
    public FeedFollower(Subscriptions subscriptions, Fetcher fetcher, Storyline storyline, DeliveryQueue queue,
                        PollPolicy policy, int parallelFetches, Clock clock, FollowLog log) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.clock = clock;
        this.log = log;
        this.metrics = new FollowMetrics(queue::depth);
        this.poller = new FeedPoller(fetcher, subscriptions, queue, new PollSchedule(policy, new Random()), metrics, clock, log);
        this.pipeline = new FeedPipeline(storyline, subscriptions, metrics, clock, log);
        this.parallelFetches = parallelFetches;
        this.slots = new Semaphore(parallelFetches);
    }

    /**
     * Removes, from then on, the stories whose articles were all published more than {@code age} ago, with
     * their articles and page versions (see {@link StoryStore#removeStoriesPublishedBefore}); {@code null}
     * or zero keeps everything, the default. Their items stay seen, so a feed that still lists them does not
     * bring them back. Runs on the pipeline's thread, between batches, at most once an hour.
     */
    public void retainFor(Duration age) {
        this.retention = age == null || age.isZero() || age.isNegative() ? null : age;
    }

    /**
     * Polls, from then on, only the feeds the shard owns, each read again from the store just before its
     * poll (another process may have polled it meanwhile); {@code null} polls every feed, the default.
     */
    public void shardBy(FeedShard shard) {
        this.shard = shard;
    }

    /**
     * Waits until no poll of a feed that {@code which} selects is under way (a shard handing feeds on to
     * another process waits so, lest both poll them); polls that start afterwards are the shard's to refuse.
     *
     * @return whether they all ended within {@code max}
     */
    public boolean awaitPolls(Predicate<Subscription> which, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (inFlight.values().stream().anyMatch(which)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    public FollowMetrics metrics() {
        return metrics;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** Whether the scheduler and the pipeline are running. */
    public boolean isRunning() {
        return running && scheduler.isAlive() && consumer.isAlive();
    }

    /**
     * Polls every feed that is due once, waits for the fetches, then puts everything they brought through
     * the pipeline: one bounded round, for {@code run --once} and tests. Returns the feeds polled.
     */
    public int pollRound() throws InterruptedException {
        List<Subscription> due = subscriptions.due(clock.instant());
        for (Subscription feed : due) {
            submit(feed);
        }
        // Every slot free again means every fetch of the round is done.
        slots.acquire(parallelFetches);
        slots.release(parallelFetches);
        List<FeedDelivery> batch;
        while (!(batch = queue.take(BATCH, Duration.ZERO)).isEmpty()) {
            pipeline.process(batch);
        }
        removeOld(true);
        return due.size();
    }

    /** Starts the scheduler and the pipeline thread. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        scheduler = Thread.ofPlatform().name("feed-scheduler").daemon().start(this::schedule);
        consumer = Thread.ofPlatform().name("feed-pipeline").daemon().start(this::consume);
    }

    private void schedule() {
        while (running) {
            try {
                for (Subscription feed : subscriptions.due(clock.instant())) {
                    if (!running) {
                        break;
                    }
                    FeedShard owner = shard;
                    if (!inFlight.containsKey(feed.id()) && (owner == null || owner.owns(feed))) {
                        submit(feed);
                    }
                }
                Thread.sleep(SCAN.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A store hiccup must not end following; the next scan tries again.
                LOG.warn("looking for due feeds failed: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void consume() {
        while (running) {
            try {
                List<FeedDelivery> batch = queue.take(BATCH, Duration.ofMillis(500));
                if (!batch.isEmpty()) {
                    pipeline.process(batch);
                }
                removeOld(false);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The items are not marked seen: they come again with the next fetch of their feed.
                LOG.warn("taking in fetched feeds failed; they are fetched again later: {}", e.toString(), e);
                sleepQuietly();
            }
        }
    }

    /** One retention pass, when retention is on and (unless {@code now}) the last pass was an hour ago. */
    private void removeOld(boolean now) {
        Duration age = retention;
        Instant t = clock.instant();
        if (age == null || (!now && lastRetention != null && Duration.between(lastRetention, t).compareTo(RETENTION_EVERY) < 0)) {
            return;
        }
        lastRetention = t;
        StoryStore.Removed removed = subscriptions.store().removeStoriesPublishedBefore(t.minus(age));
        if (removed.stories() > 0) {
            log.retention(t.minus(age).toString(), removed.stories(), removed.articles(), removed.pageVersions());
        }
    }

    private void submit(Subscription feed) throws InterruptedException {
        slots.acquire();
        inFlight.put(feed.id(), feed);
        Subscription current;
        try {
            current = claim(feed).orElse(null);
        } catch (RuntimeException e) {
            current = null;
            LOG.warn("reading {} before its poll failed: {}", feed.url(), e.toString());
        }
        if (current == null) {
            inFlight.remove(feed.id());
            slots.release();
            return;
        }
        Subscription polled = current;
        fetchers.submit(() -> {
            try {
                poller.poll(polled);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("polling {} failed: {}", polled.url(), e.toString());
            } finally {
                inFlight.remove(polled.id());
                slots.release();
            }
        });
    }

    /**
     * The feed to poll: as given without a shard; with one, as stored now, if the shard still owns it and it
     * is still due. The feed is in flight before the shard is asked, so a shard that gives it up in between
     * waits for this poll ({@link #awaitPolls}), and the store's copy holds what a poll by the feed's last
     * owner left (its validators and next due time).
     */
    private Optional<Subscription> claim(Subscription feed) {
        FeedShard owner = shard;
        if (owner == null) {
            return Optional.of(feed);
        }
        if (!owner.owns(feed)) {
            return Optional.empty();
        }
        return subscriptions.find(feed.id()).filter(f -> owner.owns(f) && !f.state().nextFetch().isAfter(clock.instant()));
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops polling and the pipeline; a batch being taken in is finished first (up to a minute). */
    @Override
    public void close() throws InterruptedException {
        running = false;
        if (scheduler != null) {
            scheduler.interrupt();
            scheduler.join(5000);
        }
        fetchers.shutdownNow();
        fetchers.awaitTermination(10, TimeUnit.SECONDS);
        if (consumer != null) {
            consumer.join(60_000);
        }
    }
}
