package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import dev.storyline.story.StoryPage.Regrouping;
import dev.storyline.story.StoryPage.Regrouping.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryRegroupingsTest {

    @TempDir
    Path dir;

    @Test
    void aSplitIntoTheSiblingStoryAndAMergeAreAppliedInOrderAndEachSurvivingStoryKeepsWhatHappened() {
        try (StoryStore store = StoryStore.open(dir)) {
            save(store, "q2009-a", "geysers-2009");
            save(store, "q2009-b", "geysers-2009");
            save(store, "q2013-stray", "geysers-2009");
            save(store, "q2013-a", "geysers-2013");
            save(store, "q2013-b", "fragment");
            store.saveStory(page("geysers-2009", "Quake of 4.4 shakes The Geysers"));
            store.saveStory(page("geysers-2013", "Quake of 4.6 rattles The Geysers"));
            store.saveStory(page("fragment", "Kelseyville wakes to a quake"));
            StoryRegroupings regroupings = new StoryRegroupings(store);

            regroupings.apply(List.of(
                    new StoryClusterer.Split("geysers-2009", "geysers-2013", List.of("q2013-stray")),
                    new StoryClusterer.Merge("fragment", "geysers-2013")));

            assertThat(ids(store, "geysers-2009")).containsExactlyInAnyOrder("q2009-a", "q2009-b");
            assertThat(ids(store, "geysers-2013")).containsExactlyInAnyOrder("q2013-a", "q2013-b", "q2013-stray");
            assertThat(store.story("fragment")).isEmpty();
            assertThat(store.resolveAlias("fragment")).contains("geysers-2013");
            assertThat(regroupings.touched()).containsExactly("geysers-2009", "geysers-2013");
            assertThat(regroupings.of("geysers-2009")).containsExactly(
                    new Regrouping(Kind.MOVED_OUT, "geysers-2013", "Quake of 4.6 rattles The Geysers", 1));
            assertThat(regroupings.of("geysers-2013")).containsExactly(
                    new Regrouping(Kind.MOVED_IN, "geysers-2009", "Quake of 4.4 shakes The Geysers", 1),
                    new Regrouping(Kind.MERGED, "fragment", "Kelseyville wakes to a quake", 1));
            assertThat(regroupings.of("unknown")).isEmpty();
        }
    }

    @Test
    void reportsThatMovedBetweenTwoStoriesLaterMergedAreNotListedAsMovesAndTheMergedStorysHistoryCarriesOver() {
        try (StoryStore store = StoryStore.open(dir)) {
            save(store, "a1", "older");
            save(store, "b1", "younger");
            save(store, "b2", "younger");
            save(store, "c1", "third");
            StoryRegroupings regroupings = new StoryRegroupings(store);

            regroupings.apply(List.of(
                    new StoryClusterer.Split("younger", "third", List.of("b2")),
                    new StoryClusterer.Split("older", "younger", List.of("a1")),
                    new StoryClusterer.Merge("younger", "older")));

            assertThat(ids(store, "older")).containsExactlyInAnyOrder("a1", "b1");
            assertThat(regroupings.of("older")).containsExactly(
                    new Regrouping(Kind.MOVED_OUT, "third", null, 1),
                    new Regrouping(Kind.MERGED, "younger", null, 2));
            assertThat(regroupings.touched()).doesNotContain("younger");
        }
    }

    private static void save(StoryStore store, String id, String storyId) {
        AnalyzedArticle a = Fixtures.analyzed(id, "Quake at The Geysers " + id, "2013-03-14T10:00:00Z", "Wire " + id,
                "A quake shook The Geysers in Sonoma County, report " + id + " said.");
        store.saveArticle(a, storyId, "hash-" + id);
    }

    private static List<String> ids(StoryStore store, String storyId) {
        return store.articlesOfStory(storyId).stream().map(AnalyzedArticle::id).toList();
    }

    private static StoryPage page(String id, String headline) {
        return new StoryPage(id, headline, "2013-03-14T12:00:00Z", 1, 1, List.of(), List.of(),
                List.of(new StoryPage.Source(1, "https://example.org/" + id, "Wire", headline, null, null)));
    }
}
