package dev.storyline.search;

import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StorySearchTest {

    @TempDir
    Path dir;

    private static List<String> ids(StorySearch.Results r) {
        return r.stories().stream().map(StoryPage::id).toList();
    }

    @Test
    void headlineWordsFindTheirStoryFirst() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            assertThat(ids(search.search("Tokyo leaders Nara", null, 0, 10))).first().isEqualTo("nara-summit");
            assertThat(ids(search.search("earthquake coastal", null, 0, 10))).containsExactly("aegean-quake");
            // stemmed: "closed" and "port" find "closes ... ports"
            assertThat(ids(search.search("closed port", null, 0, 10))).first().isEqualTo("baltic-ports");
        }
    }

    @Test
    void articleTextIsSearchedAndAPhraseMustMatchInOrder() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            assertThat(ids(search.search("ferries", null, 0, 10))).containsExactly("aegean-quake");
            assertThat(ids(search.search("\"harbour would reopen\"", null, 0, 10))).containsExactly("baltic-ports");
            // both words are in the quake story too, but not as this phrase
            assertThat(ids(search.search("\"harbour wall\"", null, 0, 10))).containsExactly("aegean-quake");
            assertThat(ids(search.search("\"wall harbour\"", null, 0, 10))).isEmpty();
        }
    }

    @Test
    void publisherFilterKeepsOnlyThatPublishersStories() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            // "harbour" is in two stories; the filter keeps one
            assertThat(ids(search.search("harbour", null, 0, 10))).containsExactlyInAnyOrder("aegean-quake", "baltic-ports");
            assertThat(ids(search.search("harbour publisher:\"freight daily\"", null, 0, 10))).containsExactly("baltic-ports");
            assertThat(ids(search.search("harbour", "Harbour Times", 0, 10))).containsExactly("aegean-quake");
            assertThat(ids(search.search("publisher:koreadaily.example", null, 0, 10))).containsExactly("nara-summit");
            assertThat(ids(search.search("harbour publisher:nobody", null, 0, 10))).isEmpty();
        }
    }

    @Test
    void queriesThatAreNotValidSyntaxAreSearchedAsWords() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            assertThat(ids(search.search("\"Nara AND", null, 0, 10))).containsExactly("nara-summit");
            assertThat(ids(search.search("nara) [", null, 0, 10))).containsExactly("nara-summit");
            assertThat(search.search("   ", null, 0, 10).stories()).isEmpty();
            assertThat(search.search("the of", null, 0, 10).stories()).isEmpty();
        }
    }

    @Test
    void someWordsMatchingIsEnoughWhenNoStoryHasAll() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            assertThat(ids(search.search("earthquake zeppelin", null, 0, 10))).containsExactly("aegean-quake");
        }
    }

    @Test
    void pagesSavedWhileOpenAreSearchableAndDeletedStoriesGo() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            assertThat(search.search("volcano", null, 0, 10).stories()).isEmpty();
            SearchFixture.save(store, "etna", "Etna volcano erupts again", "Island Post", "https://islandpost.example/e",
                    "Lava flowed down the southern slope overnight.");
            assertThat(ids(search.search("volcano", null, 0, 10))).containsExactly("etna");
            store.deleteStory("etna");
            assertThat(search.search("volcano", null, 0, 10).stories()).isEmpty();
        }
    }

    @Test
    void aMissingIndexIsRebuiltFromTheStore() throws Exception {
        try (StoryStore store = StoryStore.open(dir)) {
            SearchFixture.fill(store);
            try (StorySearch search = StorySearch.open(dir, store)) {
                assertThat(search.size()).isEqualTo(3);
            }
            assertThat(StorySearch.exists(dir)).isTrue();
            deleteTree(dir.resolve(StorySearch.FOLDER));
            assertThat(StorySearch.exists(dir)).isFalse();
            try (StorySearch search = StorySearch.open(dir, store)) {
                assertThat(ids(search.search("Nara", null, 0, 10))).containsExactly("nara-summit");
            }
        }
    }

    @Test
    void anIndexStaleAfterAnotherWritersArticlesIsRebuiltAtOpen() {
        try (StoryStore store = StoryStore.open(dir)) {
            SearchFixture.fill(store);
            StorySearch.open(dir, store).close();
            // another process (no index open) adds a story
            SearchFixture.save(store, "etna", "Etna volcano erupts again", "Island Post", "https://islandpost.example/e", "Lava flowed overnight.");
            try (StorySearch search = StorySearch.open(dir, store)) {
                assertThat(ids(search.search("volcano", null, 0, 10))).containsExactly("etna");
            }
        }
    }

    @Test
    void pagingReturnsTheTotalAndTheRequestedSlice() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            StorySearch.Results first = search.search("harbour", null, 0, 1);
            StorySearch.Results second = search.search("harbour", null, 1, 1);
            assertThat(first.total()).isEqualTo(2);
            assertThat(first.stories()).hasSize(1);
            assertThat(second.stories()).hasSize(1);
            assertThat(second.stories().get(0).id()).isNotEqualTo(first.stories().get(0).id());
        }
    }

    @Test
    void pastTheRankedDepthTheTotalIsALowerBoundAndSaysSo() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.inTransaction(() -> {
                for (int i = 0; i < StorySearch.MAX_DEPTH + 50; i++) {
                    store.saveStory(new StoryPage("s" + i, "Council meets on budget " + i, "2026-11-30T10:00:00Z", 1, 1,
                            List.of(), List.of(), List.of()));
                }
            });
            try (StorySearch search = StorySearch.open(dir, store)) {
                StorySearch.Results broad = search.search("council budget", null, 0, 20);
                assertThat(broad.exact()).isFalse();
                assertThat(broad.total()).isGreaterThanOrEqualTo(StorySearch.MAX_DEPTH);
                assertThat(broad.stories()).hasSize(20);
                StorySearch.Results narrow = search.search("budget 1017", null, 0, 20);
                assertThat(narrow.exact()).isTrue();
                assertThat(ids(narrow)).first().isEqualTo("s1017");
            }
        }
    }

    @Test
    void aSecondHolderOfTheIndexIsRefusedClearly() {
        try (StoryStore store = StoryStore.open(dir); StorySearch search = openFilled(store)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StorySearch.open(dir, store))
                    .isInstanceOf(StorySearch.IndexInUseException.class).hasMessageContaining("in use");
        }
    }

    private StorySearch openFilled(StoryStore store) {
        SearchFixture.fill(store);
        return StorySearch.open(dir, store);
    }

    private static void deleteTree(Path p) throws Exception {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
