package dev.storyline.cli;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoredCatalogCategoryTest {

    private static StoryPage stored(String category, String url) {
        return new StoryPage("derby", "Leeds win the derby", "2026-01-14T20:00:00Z", 2, 2,
                List.of(new StoryPage.Section("Late winner", List.of(
                        new StoryPage.CitedSentence("The team won the match with a late goal, the coach said.", List.of(1))))),
                List.of(), List.of(new StoryPage.Source(1, url, "Late goal", "Yorkshire Post", null, null)))
                .withCategory(category);
    }

    @Test
    void aPageStoredBeforeCategoriesIsClassifiedFromItsLinksAndWords() {
        assertThat(StoredCatalog.categorized(stored(null, "https://news.example/2026/01/late-goal")).category()).isEqualTo("Sports");
        assertThat(StoredCatalog.categorized(stored(null, "https://news.example/business/late-goal")).category()).isEqualTo("Business");
    }

    @Test
    void aPageThatHasACategoryKeepsIt() {
        StoryPage page = stored("Entertainment", "https://news.example/sport/late-goal");
        assertThat(StoredCatalog.categorized(page)).isSameAs(page);
    }
}
