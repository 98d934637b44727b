package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipeline that ingests into one store again and again (as {@code run} does, batch after batch) keeps its
 * restored clusterer between calls, yet groups against what another writer stored meanwhile.
 */
class IngestIntoOneStoreTest {

    @TempDir
    Path data;

    private static String input(String file) {
        return Corpus.folder().resolve(file).toString();
    }

    @Test
    void anArticleJoinsTheStoryThatAnotherWriterStoredSinceTheLastIngest() {
        try (StoryStore store = StoryStore.open(data);
             Storyline first = Storyline.standard(IngestOptions.defaults());
             Storyline second = Storyline.standard(IngestOptions.defaults())) {
            first.ingest(List.of(input("ports-baltic-ledger.txt")), store, p -> { });
            second.ingest(List.of(input("quake-harbour-times.html")), store, p -> { });
            first.ingest(List.of(input("quake-island-post.txt")), store, p -> { });

            assertThat(store.articleCount()).isEqualTo(3);
            List<StoryPage> stories = store.stories();
            assertThat(stories).hasSize(2);
            assertThat(stories).anySatisfy(s -> assertThat(s.articleCount()).isEqualTo(2));
        }
    }

    @Test
    void ingestsInARowGiveTheSameStoriesAsOneIngest() {
        try (StoryStore store = StoryStore.open(data.resolve("a"));
             StoryStore once = StoryStore.open(data.resolve("b"));
             Storyline storyline = Storyline.standard(IngestOptions.defaults())) {
            for (String f : List.of("quake-harbour-times.html", "ports-baltic-ledger.txt", "quake-island-post.txt",
                    "ports-freight-daily.html")) {
                storyline.ingest(List.of(input(f)), store, p -> { });
            }
            storyline.ingest(List.of(input("quake-harbour-times.html"), input("ports-baltic-ledger.txt"),
                    input("quake-island-post.txt"), input("ports-freight-daily.html")), once, p -> { });
            assertThat(store.stories()).extracting(StoryPage::articleCount).containsExactlyInAnyOrderElementsOf(
                    once.stories().stream().map(StoryPage::articleCount).toList());
            assertThat(store.stories()).hasSize(2);
        }
    }
}
