package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.search.StorySearch;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over the demo corpus as `storyline demo` stores it: each story is found by its headline's words. */
class DemoSearchTest {

    @TempDir
    Path dir;

    @Test
    void everyStoryOfSeveralPublishersIsFoundByItsHeadlineWords() throws Exception {
        Path corpus = DemoCommand.unpackCorpus();
        try (StoryStore store = StoryStore.open(dir); Storyline storyline = Storyline.standard(IngestOptions.defaults())) {
            storyline.ingest(List.of(corpus.toString()), store, p -> { });
            List<StoryPage> stories = store.stories().stream().filter(p -> p.publisherCount() >= 2).toList();
            assertThat(stories).hasSizeGreaterThan(5);
            try (StorySearch search = StorySearch.open(dir, store)) {
                List<String> notFirst = new ArrayList<>();
                for (StoryPage story : stories) {
                    List<String> top = search.search(story.headline(), null, 0, 3).stories().stream().map(StoryPage::id).toList();
                    assertThat(top).as("the top 3 for \"" + story.headline() + "\"").contains(story.id());
                    if (!top.get(0).equals(story.id())) {
                        notFirst.add(story.headline());
                    }
                }
                assertThat(notFirst).as("stories not first for their own headline").hasSizeLessThanOrEqualTo(stories.size() / 10);
            }
        } finally {
            Files.deleteIfExists(corpus);
        }
    }
}
