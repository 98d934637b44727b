package dev.storyline.follow;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The counters of following feeds, written in the Prometheus text exposition format (version 0.0.4): fetches
 * by outcome, items taken in, articles added, stories updated, the queue's depth, and the time fetches and
 * the pipeline take. Safe to update from many threads.
 */
public final class FollowMetrics {

    private final Map<FetchState.Outcome, LongAdder> fetches = new EnumMap<>(FetchState.Outcome.class);
    private final LongAdder fetchSeconds = new LongAdder();
    private final LongAdder items = new LongAdder();
    private final LongAdder articles = new LongAdder();
    private final LongAdder stories = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder pipelineMillis = new LongAdder();
    private final LongAdder fetchMillis = new LongAdder();
    private final LongAdder deliveryLagMillis = new LongAdder();
    private final LongAdder deliveries = new LongAdder();
    private final IntSupplier queueDepth;

    public FollowMetrics(IntSupplier queueDepth) {
        this.queueDepth = queueDepth;
        for (FetchState.Outcome o : FetchState.Outcome.values()) {
            fetches.put(o, new LongAdder());
        }
    }

    void fetched(FetchState.Outcome outcome, long millis) {
        fetches.get(outcome).increment();
        fetchMillis.add(millis);
    }

    void processed(int deliveryCount, int newItems, int added, int storiesUpdated, long millis, long lagMillis) {
        batches.increment();
        deliveries.add(deliveryCount);
        items.add(newItems);
        articles.add(added);
        stories.add(storiesUpdated);
        pipelineMillis.add(millis);
        deliveryLagMillis.add(lagMillis);
    }

    public long fetches(FetchState.Outcome outcome) {
        return fetches.get(outcome).sum();
    }

    public long articlesAdded() {
        return articles.sum();
    }

    /** All counters, in the Prometheus text format. */
    public String prometheus() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP storyline_feed_fetches_total Feed fetches by outcome.\n# TYPE storyline_feed_fetches_total counter\n");
        fetches.forEach((o, n) -> out.append("storyline_feed_fetches_total{outcome=\"").append(o.name().toLowerCase(Locale.ROOT))
                .append("\"} ").append(n.sum()).append('\n'));
        long fetchCount = fetches.values().stream().mapToLong(LongAdder::sum).sum();
        summary(out, "storyline_feed_fetch_seconds", "Time of feed fetches.", fetchCount, fetchMillis.sum());
        counter(out, "storyline_feed_items_total", "New feed items handed to the pipeline.", items.sum());
        counter(out, "storyline_articles_ingested_total", "Articles added to the store from followed feeds.", articles.sum());
        counter(out, "storyline_stories_updated_total", "Story pages rewritten after new articles.", stories.sum());
        summary(out, "storyline_pipeline_seconds", "Time the pipeline took per batch of deliveries.", batches.sum(), pipelineMillis.sum());
        summary(out, "storyline_delivery_lag_seconds", "Time from a feed's fetch to its items being on their pages.",
                deliveries.sum(), deliveryLagMillis.sum());
        out.append("# HELP storyline_queue_depth Fetched feeds waiting for the pipeline.\n# TYPE storyline_queue_depth gauge\n")
                .append("storyline_queue_depth ").append(queueDepth.getAsInt()).append('\n');
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(value).append('\n');
    }

    private static void summary(StringBuilder out, String name, String help, long count, long millis) {
        out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" summary\n")
                .append(name).append("_count ").append(count).append('\n')
                .append(name).append("_sum ").append(String.format(Locale.ROOT, "%.3f", millis / 1000.0)).append('\n');
    }
}
