package dev.storyline.scale;

import java.time.Instant;
import java.util.List;

/**
 * A story whose page is due, from the cluster leader to the pages workers (keyed by story id): with the
 * fetch times of the articles just filed into it (none when it changed by a merge or a split), so that
 * the pages worker can tell how long an article took from fetch to page. Immutable.
 */
public record StoryChange(String storyId, List<Instant> fetchedAt) {
    public StoryChange {
        fetchedAt = List.copyOf(fetchedAt);
    }
}
