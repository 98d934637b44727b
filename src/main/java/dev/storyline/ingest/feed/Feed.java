package dev.storyline.ingest.feed;

import java.util.List;

/**
 * A parsed feed: its title (used as the publisher of its items), language and items in feed order.
 * Immutable.
 *
 * @param title    the feed title, or {@code null}
 * @param language the feed's language tag, or {@code null}
 * @param items    the entries
 */
public record Feed(String title, String language, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}
