package dev.storyline.story;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageChangesTest {

    private static final StoryPage.Source ONE = new StoryPage.Source(1, "https://a.example/1", "A", "A", null, null);
    private static final StoryPage.Source TWO = new StoryPage.Source(2, "https://b.example/2", "B", "B", null, null);

    private static StoryPage page(List<String> sentences, List<StoryPage.TimelineEntry> timeline, List<StoryPage.Source> sources) {
        return new StoryPage("s", "Quake on Kefalonia", "2026-03-04T10:00:00Z", sources.size(), sources.size(),
                List.of(new StoryPage.Section("Quake", sentences.stream().map(t -> new StoryPage.CitedSentence(t, List.of(1))).toList())),
                timeline, sources);
    }

    @Test
    void aRewordedFactIsNotNewButAnotherFactAndAnotherSourceAre() {
        StoryPage before = page(List.of("A magnitude 6.4 earthquake struck Kefalonia on Tuesday evening."), List.of(), List.of(ONE));
        StoryPage after = page(List.of("On Tuesday evening a magnitude 6.4 earthquake struck the island of Kefalonia.",
                "Around 300 residents spent the night in tents."), List.of(), List.of(ONE, TWO));

        StoryPage.Changes c = PageChanges.between(before, 1, Instant.parse("2026-03-04T08:00:00Z"), after);

        assertThat(c.newFacts()).extracting(StoryPage.CitedSentence::text).containsExactly("Around 300 residents spent the night in tents.");
        assertThat(c.newSources()).containsExactly(2);
        assertThat(c.correctedDates()).isEmpty();
        assertThat(c.sinceVersion()).isEqualTo(1);
    }

    @Test
    void theSameEventWithAnotherDateIsACorrectedDate() {
        String text = "The ferry Aegean Star ran aground off Argostoli.";
        StoryPage before = page(List.of(), List.of(new StoryPage.TimelineEntry("2026-03-02", text, List.of(1), false)), List.of(ONE));
        StoryPage after = page(List.of(), List.of(new StoryPage.TimelineEntry("2026-03-03", text, List.of(1, 2), false)), List.of(ONE, TWO));

        StoryPage.Changes c = PageChanges.between(before, 3, null, after);

        assertThat(c.correctedDates()).containsExactly(new StoryPage.DateCorrection(text, "2026-03-02", "2026-03-03", List.of(1, 2)));
        assertThat(c.isEmpty()).isFalse();
        assertThat(PageChanges.between(after, 4, null, after).isEmpty()).isTrue();
    }
}
