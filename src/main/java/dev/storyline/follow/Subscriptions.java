package dev.storyline.follow;

import dev.storyline.store.StoryStore;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The followed feeds and what was seen of them, kept in the story store's database (tables of migration
 * V5, the same SQL on SQLite and PostgreSQL). Everything a restart needs is here: the schedule, the
 * validators of the last processed response, and the key of every item handed to the pipeline.
 * Safe to share across threads, as the store is.
 */
public final class Subscriptions {

    private static final String COLUMNS = "id, url, title, site_url, added_ms, etag, last_modified, last_fetch_ms,"
            + " next_fetch_ms, interval_s, failures, last_outcome, last_error";

    private final StoryStore store;
    /**
     * Writers of this process queue here rather than on the database lock: SQLite's busy handler sleeps
     * between tries, which made many pollers writing at once take tens of milliseconds a write.
     */
    private final ReentrantLock writes = new ReentrantLock();

    public Subscriptions(StoryStore store) {
        this.store = store;
    }

    /** Runs {@code work} as one transaction of the store, queued behind this process's other writers of feed state. */
    public void inTransaction(Runnable work) {
        writes.lock();
        try {
            store.inTransaction(work);
        } finally {
            writes.unlock();
        }
    }

    private <R> R write(Function<Handle, R> work) {
        writes.lock();
        try {
            return store.withHandle(true, work);
        } finally {
            writes.unlock();
        }
    }

    /** The store these live in, for transactions that span both. */
    public StoryStore store() {
        return store;
    }

    /** The stable id of a feed first added at {@code url}. */
    static String idOf(String url) {
        return ItemKeys.sha256(url).substring(0, 12);
    }

    /**
     * Subscribes to the feed at {@code url}, due at once; a feed already followed (by that address) is
     * left as it is. Returns the stored subscription and whether it is new.
     */
    public Added add(String url, String title, String siteUrl, Instant now, Duration interval) {
        boolean added = write(h -> h.createUpdate("INSERT INTO feed_subscription (" + COLUMNS + ")"
                        + " VALUES (:id, :url, :title, :site, :added, NULL, NULL, NULL, :next, :interval, 0, NULL, NULL)"
                        + " ON CONFLICT DO NOTHING")
                .bind("id", idOf(url)).bind("url", url).bind("title", title).bind("site", siteUrl)
                .bind("added", now.toEpochMilli()).bind("next", now.toEpochMilli()).bind("interval", interval.toSeconds())
                .execute() > 0);
        return new Added(byUrl(url).orElseThrow(), added);
    }

    /** A subscription and whether {@link #add} created it. */
    public record Added(Subscription subscription, boolean isNew) {
    }

    /** What {@link #follow} made of one feed it found: the subscription, or {@code null} when it is not a feed. */
    public record Followed(FeedDiscovery.Found found, Added added) {
    }

    /** Subscribes to every feed {@code discovery} finds for {@code input} (a feed, a page, an OPML list). */
    public List<Followed> follow(FeedDiscovery discovery, String input, Instant now, Duration interval) {
        List<Followed> out = new ArrayList<>();
        for (FeedDiscovery.Found found : discovery.resolve(input)) {
            out.add(new Followed(found, found.isFeed() ? add(found.url(), found.title(), found.siteUrl(), now, interval) : null));
        }
        return out;
    }

    /** Removes the feed named by its id or address, with what was seen of it; whether there was one. */
    public boolean remove(String idOrUrl) {
        Optional<Subscription> found = find(idOrUrl);
        found.ifPresent(s -> inTransaction(() -> write(h -> {
            h.createUpdate("DELETE FROM feed_item_seen WHERE subscription_id = :id").bind("id", s.id()).execute();
            return h.createUpdate("DELETE FROM feed_subscription WHERE id = :id").bind("id", s.id()).execute();
        })));
        return found.isPresent();
    }

    /** The feed with this id or address. */
    public Optional<Subscription> find(String idOrUrl) {
        return store.withHandle(false, h -> h.createQuery("SELECT " + COLUMNS + " FROM feed_subscription WHERE id = :key OR url = :key")
                .bind("key", idOrUrl).map((rs, ctx) -> read(rs)).findFirst());
    }

    private Optional<Subscription> byUrl(String url) {
        return store.withHandle(false, h -> h.createQuery("SELECT " + COLUMNS + " FROM feed_subscription WHERE url = :url")
                .bind("url", url).map((rs, ctx) -> read(rs)).findFirst());
    }

    /** Every followed feed, in the order they were added. */
    public List<Subscription> all() {
        return store.withHandle(false, h -> h.createQuery("SELECT " + COLUMNS + " FROM feed_subscription ORDER BY added_ms, url")
                .map((rs, ctx) -> read(rs)).list());
    }

    /** The feeds due at {@code now}, the most overdue first. */
    public List<Subscription> due(Instant now) {
        return store.withHandle(false, h -> h.createQuery("SELECT " + COLUMNS + " FROM feed_subscription"
                        + " WHERE next_fetch_ms <= :now ORDER BY next_fetch_ms")
                .bind("now", now.toEpochMilli()).map((rs, ctx) -> read(rs)).list());
    }

    /**
     * Records how a fetch went: the schedule and outcome, and the title when the feed names one. The
     * validators are left alone; {@link #recordProcessed} sets them once the response's items are in.
     */
    public void recordFetch(String id, FetchState state, String title) {
        write(h -> h.createUpdate("""
                        UPDATE feed_subscription SET last_fetch_ms = :last, next_fetch_ms = :next, interval_s = :interval,
                            failures = :failures, last_outcome = :outcome, last_error = :error,
                            title = COALESCE(:title, title)
                        WHERE id = :id""")
                .bind("id", id)
                .bind("last", state.lastFetch() == null ? null : state.lastFetch().toEpochMilli())
                .bind("next", state.nextFetch().toEpochMilli())
                .bind("interval", state.interval().toSeconds())
                .bind("failures", state.failures())
                .bind("outcome", state.lastOutcome())
                .bind("error", state.lastError())
                .bind("title", title)
                .execute());
    }

    /** Moves a feed to the address it permanently redirected to, unless another subscription has it. */
    public void moveTo(String id, String newUrl) {
        if (byUrl(newUrl).isEmpty()) {
            write(h -> h.createUpdate("UPDATE feed_subscription SET url = :url WHERE id = :id")
                    .bind("url", newUrl).bind("id", id).execute());
        }
    }

    /**
     * Marks the items as handed to the pipeline (each by all its keys) and stores the validators of the
     * response they came in, so that the next fetch asks only for what is newer. Call after the
     * pipeline's transaction: a crash in between makes the items come again, and the store drops them.
     */
    public void recordProcessed(String id, Collection<List<String>> itemKeys, String etag, String lastModified,
                                Instant now) {
        write(h -> {
            if (!itemKeys.isEmpty()) {
                var batch = h.prepareBatch("INSERT INTO feed_item_seen (item_key, subscription_id, seen_ms, counted)"
                        + " VALUES (:key, :id, :seen, :counted) ON CONFLICT DO NOTHING");
                for (List<String> keys : itemKeys) {
                    for (int i = 0; i < keys.size(); i++) {
                        batch.bind("key", keys.get(i)).bind("id", id).bind("seen", now.toEpochMilli())
                                .bind("counted", i == 0 ? 1 : 0).add();
                    }
                }
                batch.execute();
            }
            return h.createUpdate("UPDATE feed_subscription SET etag = :etag, last_modified = :modified WHERE id = :id")
                    .bind("etag", etag).bind("modified", lastModified).bind("id", id).execute();
        });
    }

    /** Which of these item keys were handed to the pipeline before. */
    public Set<String> seen(Collection<String> itemKeys) {
        if (itemKeys.isEmpty()) {
            return Set.of();
        }
        return store.withHandle(false, h -> new HashSet<>(h.createQuery("SELECT item_key FROM feed_item_seen WHERE item_key IN (<keys>)")
                .bindList("keys", List.copyOf(itemKeys)).mapTo(String.class).list()));
    }

    /** Items taken in per feed since {@code since}, by subscription id (feeds with none are absent). */
    public Map<String, Integer> itemsSince(Instant since) {
        return store.withHandle(false, h -> {
            Map<String, Integer> counts = new HashMap<>();
            h.createQuery("SELECT subscription_id, COUNT(*) AS n FROM feed_item_seen"
                            + " WHERE counted = 1 AND seen_ms >= :since GROUP BY subscription_id")
                    .bind("since", since.toEpochMilli())
                    .map((rs, ctx) -> Map.entry(rs.getString("subscription_id"), rs.getInt("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    private static Subscription read(ResultSet rs) throws SQLException {
        FetchState state = new FetchState(rs.getString("etag"), rs.getString("last_modified"),
                instant(rs, "last_fetch_ms"), Instant.ofEpochMilli(rs.getLong("next_fetch_ms")),
                Duration.ofSeconds(rs.getLong("interval_s")), rs.getInt("failures"), rs.getString("last_outcome"),
                rs.getString("last_error"));
        return new Subscription(rs.getString("id"), rs.getString("url"), rs.getString("title"), rs.getString("site_url"),
                Instant.ofEpochMilli(rs.getLong("added_ms")), state);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
