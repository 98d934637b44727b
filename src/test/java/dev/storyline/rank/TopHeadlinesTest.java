package dev.storyline.rank;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopHeadlinesTest {

    private static StoryPage page(String id, int publishers, String updated) {
        return new StoryPage(id, id, updated, publishers, publishers, List.of(), List.of(), List.of());
    }

    @Test
    void morePublishersFirstThenMoreRecent() {
        var ranked = TopHeadlines.rank(List.of(
                page("old-big", 5, "2026-01-01T00:00:00Z"),
                page("new-small", 2, "2026-03-01T00:00:00Z"),
                page("new-big", 5, "2026-02-01T00:00:00Z")));
        assertThat(ranked).extracting(StoryPage::id).containsExactly("new-big", "old-big", "new-small");
    }
}
