package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.arc.StorylinePage;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Storylines as {@link Storyline#ingest} keeps them in a real SQLite store: a follow-up event reported
 * weeks later joins the first event's storyline, an unrelated event of the same kind does not, and each
 * storyline's page is written with its stories and a cited timeline.
 */
class StorylineIngestTest {

    private static Storyline storyline;

    @BeforeAll
    static void pipeline() {
        storyline = Storyline.standard(IngestOptions.defaults());
    }

    @AfterAll
    static void close() {
        storyline.close();
    }

    @Test
    void aTrialMonthsAfterTheArrestJoinsItsStorylineAndAnotherArrestDoesNot(@TempDir Path dir) {
        try (StoryStore store = StoryStore.open(dir.resolve("data"))) {
            StorylineDesk desk = twoArrests(store);
            store(store, "trial", TRIAL);
            desk.update(store, List.of("trial"), failOnProblem());

            String arc = store.storylineOf("arrest").orElseThrow();
            assertThat(store.storylineOf("trial")).contains(arc);
            assertThat(store.storylineOf("other-arrest")).isPresent().get().isNotEqualTo(arc);

            StorylinePage page = store.storyline(arc).orElseThrow();
            assertThat(page.stories()).extracting(StorylinePage.StoryEntry::id).containsExactly("trial", "arrest");
            assertThat(page.timeline()).extracting(StorylinePage.Event::date).contains("2026-02-02", "2026-05-11");
            Set<Integer> sources = page.sources().stream().map(StoryPage.Source::n).collect(Collectors.toSet());
            page.timeline().forEach(e -> e.sentences().forEach(s -> assertThat(sources).containsAll(s.citations())));
            assertThat(page.neighboursOf("trial").previous().id()).isEqualTo("arrest");
            assertThat(page.neighboursOf("arrest").next().id()).isEqualTo("trial");
        }
    }

    @Test
    void aStoryMergedAwayLeavesItsStorylineAndAStorylineLeftEmptyLosesItsPage(@TempDir Path dir) {
        try (StoryStore store = StoryStore.open(dir.resolve("data"))) {
            StorylineDesk desk = twoArrests(store);
            String lone = store.storylineOf("other-arrest").orElseThrow();
            assertThat(store.storyline(lone)).isPresent();

            store.inTransaction(() -> {
                store.moveArticles("other-arrest", "arrest");
                store.deleteStory("other-arrest");
                store.addAlias("other-arrest", "arrest");
            });
            desk.update(store, List.of("arrest"), failOnProblem());

            assertThat(store.storylineOf("other-arrest")).isEmpty();
            assertThat(store.storyline(lone)).isEmpty();
        }
    }

    @Test
    void storiesIngestedThroughThePipelineAreEachLinkedWithAStorylinePage(@TempDir Path dir) throws IOException {
        try (StoryStore store = StoryStore.open(dir.resolve("data"))) {
            storyline.ingest(List.of(write(dir.resolve("first"), FIRST).toString()), store, failOnProblem());
            List<StoryPage> stories = store.stories();
            assertThat(stories).hasSizeGreaterThanOrEqualTo(2);
            for (StoryPage p : stories) {
                String arc = store.storylineOf(p.id()).orElseThrow();
                assertThat(store.storyline(arc).orElseThrow().stories()).extracting(StorylinePage.StoryEntry::id).contains(p.id());
            }
        }
    }

    @Test
    void aStoreFilledBeforeStorylinesWereKeptIsLinkedWhenItsDuePagesAreWritten(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        try (StoryStore store = StoryStore.open(data)) {
            storyline.ingest(List.of(write(dir.resolve("first"), FIRST).toString()), store, failOnProblem());
            store.forEachStorylineLink((profile, arc) -> store.unlinkStory(profile.storyId()));
            assertThat(store.linkedStoryCount()).isZero();
        }
        try (StoryStore store = StoryStore.open(data); Storyline fresh = Storyline.standard(IngestOptions.defaults())) {
            fresh.writeDuePages(store, failOnProblem());
            String arrest = storyOf(store, "arrest-harbour-times");
            assertThat(store.linkedStoryCount()).isEqualTo(store.stories().size());
            assertThat(store.storylineOf(arrest)).isPresent();
            assertThat(store.storyline(store.storylineOf(arrest).get())).isPresent();
        }
    }

    /** The story of the article read from the file named {@code file}. */
    private static String storyOf(StoryStore store, String file) {
        List<String> stories = new ArrayList<>();
        store.forEachArticle((a, story) -> {
            if (String.valueOf(a.article().url()).contains(file) || a.id().contains(file)) {
                stories.add(story);
            }
        });
        assertThat(stories).as("stories of %s", file).hasSize(1);
        return stories.get(0);
    }

    /** A desk that has linked the two arrests, each stored as a story of its own. */
    private static StorylineDesk twoArrests(StoryStore store) {
        StorylineDesk desk = new StorylineDesk();
        store(store, "arrest", ARREST);
        store(store, "other-arrest", OTHER_ARREST);
        desk.update(store, List.of("arrest", "other-arrest"), failOnProblem());
        return desk;
    }

    /** Stores the articles as one story with a plain page, as an ingest would before linking. */
    private static void store(StoryStore store, String storyId, List<AnalyzedArticle> articles) {
        for (AnalyzedArticle a : articles) {
            store.saveArticle(a, storyId, a.id());
        }
        String updated = articles.get(articles.size() - 1).published().pageForm();
        store.saveStory(new StoryPage(storyId, articles.get(0).article().title(), updated, articles.size(), articles.size(),
                List.of(), List.of(), List.of()));
    }

    private static Consumer<IngestProblem> failOnProblem() {
        List<IngestProblem> problems = new ArrayList<>();
        return p -> {
            problems.add(p);
            throw new AssertionError("unexpected problem: " + p);
        };
    }

    private static Path write(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
        return dir;
    }

    private static final List<AnalyzedArticle> ARREST = List.of(
            Fixtures.analyzed("a1", "Port Elm councillor Maria Ellison arrested", "2026-02-02T10:00:00Z", "Harbour Times",
                    "Police in Port Elm arrested councillor Maria Ellison on Monday over bribes paid for harbour contracts. "
                            + "Ellison chairs the Harbour County works committee. Her lawyer Tomas Brandt said Ellison denies the charges."),
            Fixtures.analyzed("a2", "Maria Ellison held in bribery inquiry", "2026-02-03T09:00:00Z", "County Post",
                    "Maria Ellison, a Port Elm councillor, was arrested on Monday, police said. "
                            + "Investigators say Kessel Marine paid Ellison while the Harbour County works committee awarded it contracts."));
    private static final List<AnalyzedArticle> OTHER_ARREST = List.of(
            Fixtures.analyzed("o1", "Lake City mayor David Renner arrested", "2026-02-10T10:00:00Z", "Lake City News",
                    "Police in Lake City arrested mayor David Renner on Tuesday over bribes paid for road contracts. "
                            + "Renner is accused of taking money from the paving firm Orlo Roads. His spokesman Paul Ivers said he would fight the charges."));
    private static final List<AnalyzedArticle> TRIAL = List.of(
            Fixtures.analyzed("t1", "Trial of Maria Ellison opens", "2026-05-11T10:00:00Z", "Harbour Times",
                    "The trial of former Port Elm councillor Maria Ellison opened on Monday at Harbour County court. "
                            + "Prosecutors told judge Anna Okafor that Ellison took money from Kessel Marine. "
                            + "Her lawyer Tomas Brandt said his client never took money."),
            Fixtures.analyzed("t2", "Ellison goes on trial", "2026-05-12T08:00:00Z", "County Post",
                    "Former councillor Maria Ellison went on trial on Monday at Harbour County court. "
                            + "Judge Anna Okafor heard that the Harbour County works committee gave Kessel Marine the contracts."));

    private static final Map<String, String> FIRST = Map.of(
            "arrest-harbour-times.txt", """
                    Port Elm councillor Maria Ellison arrested over harbour contracts
                    Published: 3 February 2026
                    Harbour Times
                    Police in Port Elm arrested councillor Maria Ellison on Monday over bribes paid for harbour contracts.
                    Ellison, who chairs the Harbour County works committee, is accused of taking 200,000 euros from the builder Kessel Marine.
                    Detectives searched her office at Port Elm town hall and seized documents and two laptops.
                    Ellison denies the charges, her lawyer Tomas Brandt said.
                    """,
            "arrest-county-post.txt", """
                    Maria Ellison held in Port Elm bribery inquiry
                    Published: 3 February 2026
                    County Post
                    Maria Ellison, a Port Elm councillor, was arrested on Monday in an inquiry into harbour contracts, police said.
                    Investigators say Kessel Marine paid Ellison 200,000 euros while the Harbour County works committee awarded it the harbour contracts.
                    Her lawyer Tomas Brandt said Ellison denies taking any money.
                    """,
            "other-lake-city-news.txt", """
                    Lake City mayor David Renner arrested over road contracts
                    Published: 10 February 2026
                    Lake City News
                    Police in Lake City arrested mayor David Renner on Tuesday over bribes paid for road contracts.
                    Renner is accused of taking 80,000 dollars from the paving firm Orlo Roads.
                    Officers searched the Lake City mayor's office and his home in Westbrook.
                    Renner's spokesman Paul Ivers said the mayor would fight the charges.
                    """);
}
