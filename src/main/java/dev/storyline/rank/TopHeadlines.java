package dev.storyline.rank;

import dev.storyline.story.StoryPage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Orders stories as the Top Headlines page shows them: the more publishers report an event, the higher
 * it stands; among equals, the more recently updated first, then the larger story, then by id so that
 * the order is stable. Stateless.
 */
public final class TopHeadlines {

    private static final Comparator<StoryPage> ORDER = Comparator
            .comparingInt(StoryPage::publisherCount).reversed()
            .thenComparing(StoryPage::updatedMoment, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Comparator.comparingInt(StoryPage::articleCount).reversed())
            .thenComparing(StoryPage::id);

    private TopHeadlines() {
    }

    public static List<StoryPage> rank(List<StoryPage> stories) {
        return stories.stream().sorted(ORDER).toList();
    }
}
