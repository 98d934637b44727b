package dev.storyline.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the server shows about the service behind the pages: the followed feeds (the Feeds page and
 * {@code /api/feeds}, where the holder of the admin token may also add and remove them), whether it is
 * healthy ({@code /health}) and its counters ({@code /metrics}). The
 * server only reads through this interface, so the feed follower stays out of the web layer.
 * Implementations must be safe to call from several request threads at once.
 */
public interface Operations {

    /**
     * One followed feed as the Feeds page lists it. Every field but {@code id} and {@code url} may be
     * {@code null} (never fetched, no title, no error).
     *
     * @param articlesLastDay items taken in from the feed in the last 24 hours
     * @param lastError       the last failure in plain words, or {@code null} when the last fetch went well
     */
    record FeedListing(String id, String title, String url, String siteUrl, Instant lastFetch, Instant nextFetch,
                       int articlesLastDay, String lastError) {
    }

    /** The followed feeds, in the order they were added. */
    List<FeedListing> feeds();

    /** Whether the store answers and, when feeds are being followed, the follower is running. */
    boolean healthy();

    /** The counters in the Prometheus text exposition format. */
    String metrics();

    /** Whether {@code token} is the admin token, which may change the followed feeds. */
    boolean admits(String token);

    /** Follows the feed at {@code address} (a feed, or a page that names one): empty when followed, else why not. */
    Optional<String> follow(String address);

    /** Stops following the feed with this id or address; whether one was followed. */
    boolean unfollow(String idOrUrl);

    /** The followed feeds as an OPML 2.0 subscription list, for feed readers to import; empty when not kept. */
    default Optional<String> opml() {
        return Optional.empty();
    }
}
