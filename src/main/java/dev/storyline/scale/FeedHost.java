package dev.storyline.scale;

import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One host's entry in the feed list topic (keyed by the host): the followed feeds of that host, by
 * subscription id, with their addresses. The fetch worker that owns the host's partition polls them.
 * Immutable.
 *
 * @param host  the feeds' host, lower case
 * @param feeds subscription id to feed address, in id order
 */
public record FeedHost(String host, Map<String, String> feeds) {
    public FeedHost {
        feeds = Collections.unmodifiableSortedMap(new TreeMap<>(feeds));
    }

    /** A feed's host, lower case, as the key of its entry and of its fetched feeds; the whole address when it has none. */
    public static String of(String feedUrl) {
        try {
            String host = URI.create(feedUrl).getHost();
            return host == null ? feedUrl : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return feedUrl;
        }
    }
}
