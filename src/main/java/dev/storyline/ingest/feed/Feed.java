package dev.storyline.ingest.feed;

import java.util.List;

/**
 * A parsed feed: its title (used as the publisher of its items), language and items in feed order, and
 * what was wrong with single items that were still kept. Immutable.
 *
 * @param title    the feed title, or {@code null}
 * @param language the feed's language tag, or {@code null}
 * @param items    the entries
 * @param problems items kept in a changed form (cut to the size cap), each with what happened in words
 */
public record Feed(String title, String language, List<FeedItem> items, List<ItemProblem> problems) {

    /** What happened to one item of the feed, for the feed's reader to hear. */
    public record ItemProblem(FeedItem item, String problem) {
    }

    public Feed {
        items = List.copyOf(items);
        // a record written before items could have problems (a stage record of version 1) has none
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A feed whose items were all read as they are. */
    public Feed(String title, String language, List<FeedItem> items) {
        this(title, language, items, List.of());
    }
}
