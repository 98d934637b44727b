package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.store.StoryStore;
import dev.storyline.story.SectionWriter;
import dev.storyline.story.StoryPage;
import dev.storyline.story.StorySynthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link Storyline#ingest} writes story pages into a real SQLite store: built while no write
 * transaction is open, and saved so that what another writer did to a story in the meantime is not undone.
 */
class IngestPagesTest {

    /** SQLite's "database is locked" result code. */
    private static final int SQLITE_BUSY = 5;

    /** What the section writer of the shared pipeline does, set by each test. */
    private static volatile SectionWriter writer = (heading, facts) -> "";

    private static Storyline storyline;

    @BeforeAll
    static void pipeline() {
        // One pipeline for the class (the embedding model loads once); its writer calls the test's own.
        storyline = Storyline.standard(IngestOptions.defaults(), (heading, facts) -> writer.write(heading, facts));
    }

    @Test
    void pagesAreSynthesisedWhileAnotherWriterCouldTakeTheWriteLock(@TempDir Path dir) throws IOException {
        List<Boolean> lockFree = new ArrayList<>();
        Path data = dir.resolve("data");
        writer = (heading, facts) -> {
            lockFree.add(writeLockIsFree(data.resolve(StoryStore.FILE_NAME)));
            return ""; // nothing written: the section keeps its source sentences
        };
        try (StoryStore store = StoryStore.open(data)) {
            Storyline.IngestReport report = storyline.ingest(List.of(corpus(dir.resolve("in")).toString()), store, failOnProblem());

            assertThat(report.storiesUpdated()).isEqualTo(2);
            assertThat(store.stories()).hasSize(2);
            assertThat(lockFree).as("one probe per section written").isNotEmpty().containsOnly(true);
        }
    }

    @Test
    void aStoryMergedAwayByAnotherWriterWhilePagesAreBuiltGetsNoPage(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        AtomicBoolean done = new AtomicBoolean();
        Set<String> merged = new LinkedHashSet<>();
        writer = (heading, facts) -> {
            if (done.compareAndSet(false, true)) {
                // Another process merges every story into one it made itself, as a second ingest might.
                try (StoryStore other = StoryStore.open(data)) {
                    other.forEachArticle((a, story) -> merged.add(story));
                    other.inTransaction(() -> merged.forEach(story -> {
                        other.moveArticles(story, "elsewhere");
                        other.deleteStory(story);
                        other.addAlias(story, "elsewhere");
                    }));
                }
            }
            return "";
        };
        try (StoryStore store = StoryStore.open(data)) {
            storyline.ingest(List.of(corpus(dir.resolve("in")).toString()), store, failOnProblem());

            assertThat(merged).hasSize(2);
            for (String story : merged) {
                assertThat(store.story(story)).as("page of merged story %s", story).isEmpty();
                assertThat(store.resolveAlias(story)).contains("elsewhere");
            }
        }
    }

    @Test
    void aStoryRewrittenByAnotherWriterWhilePagesAreBuiltGetsAPageOfWhatItHoldsNow(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        AtomicBoolean done = new AtomicBoolean();
        Set<String> split = new LinkedHashSet<>();
        writer = (heading, facts) -> {
            if (done.compareAndSet(false, true)) {
                // Another process splits the newest article off every story and rewrites both pages.
                try (StoryStore other = StoryStore.open(data)) {
                    other.forEachArticle((a, story) -> split.add(story));
                    StorySynthesizer synthesizer = new StorySynthesizer();
                    for (String story : split) {
                        List<AnalyzedArticle> articles = other.articlesOfStory(story);
                        AnalyzedArticle newest = articles.get(articles.size() - 1);
                        other.inTransaction(() -> {
                            other.assignArticles(List.of(newest.article().id()), story + "-split");
                            other.saveStory(synthesizer.synthesize(story, articles.subList(0, articles.size() - 1)));
                            other.saveStory(synthesizer.synthesize(story + "-split", List.of(newest)));
                        });
                    }
                }
            }
            return "";
        };
        try (StoryStore store = StoryStore.open(data)) {
            storyline.ingest(List.of(corpus(dir.resolve("in")).toString()), store, failOnProblem());

            assertThat(split).hasSize(2);
            for (String story : split) {
                StoryPage page = store.story(story).orElseThrow();
                assertThat(page.articleCount()).as("articles counted on the page of %s", story)
                        .isEqualTo(store.articlesOfStory(story).size())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void pagesARunCouldNotWriteStayDueAndTheNextRunWritesThemThoughItsArticlesAreDuplicates(@TempDir Path dir)
            throws IOException {
        Path data = dir.resolve("data");
        String input = corpus(dir.resolve("in")).toString();
        writer = (heading, facts) -> {
            throw new IllegalStateException("stopped while writing pages");
        };
        List<IngestProblem> problems = new ArrayList<>();
        try (StoryStore store = StoryStore.open(data)) {
            storyline.ingest(List.of(input), store, problems::add);
            assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("its page could not be written"));
            assertThat(store.stories()).isEmpty();
            assertThat(store.duePages()).hasSize(2);
        }
        writer = (heading, facts) -> "";
        try (StoryStore store = StoryStore.open(data)) {
            Storyline.IngestReport again = storyline.ingest(List.of(input), store, failOnProblem());
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(4);
            assertThat(again.storiesUpdated()).isEqualTo(2);
            assertThat(store.stories()).hasSize(2).allSatisfy(p -> assertThat(p.articleCount()).isEqualTo(2));
            assertThat(store.duePages()).isEmpty();
        }
    }

    @Test
    void duePagesAreWrittenWithoutAnIngestAsAServerStartDoes(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        writer = (heading, facts) -> {
            throw new IllegalStateException("stopped while writing pages");
        };
        try (StoryStore store = StoryStore.open(data)) {
            storyline.ingest(List.of(corpus(dir.resolve("in")).toString()), store, p -> { });
        }
        writer = (heading, facts) -> "";
        try (StoryStore store = StoryStore.open(data)) {
            assertThat(storyline.writeDuePages(store, failOnProblem())).isEqualTo(2);
            assertThat(store.stories()).hasSize(2);
            assertThat(store.duePages()).isEmpty();
            assertThat(storyline.writeDuePages(store, failOnProblem())).isZero();
        }
    }

    /** True when a fresh connection to the SQLite file can take its write lock at once. */
    private static boolean writeLockIsFree(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            try {
                s.execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                if (e.getErrorCode() == SQLITE_BUSY) {
                    return false;
                }
                throw e;
            }
            s.execute("ROLLBACK");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot probe " + file, e);
        }
    }

    private static Consumer<IngestProblem> failOnProblem() {
        return p -> {
            throw new AssertionError("unexpected problem: " + p);
        };
    }

    /** Two unrelated events, two reports each. */
    private static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bridge-river-gazette.txt"), """
                Old Vennick rail bridge closed after flood damage
                Published: 3 March 2026
                River Gazette
                Engineers closed the Vennick rail bridge on Tuesday after floodwater washed away part of its eastern pier.
                The regional rail operator Nordlinje said trains between Vennick and Harlow would run by bus until repairs are done.
                The bridge carries about 40 trains a day across the river Ost.
                Inspectors found cracks in the pier after the river rose three metres in two days.
                """);
        Files.writeString(dir.resolve("bridge-daily-courier.txt"), """
                Vennick rail bridge shut as flood weakens pier
                Published: 4 March 2026
                Daily Courier
                The Vennick rail bridge over the river Ost will stay closed for at least six weeks, Nordlinje said on Wednesday.
                Floodwater washed away part of the bridge's eastern pier on Tuesday, and inspectors found deep cracks.
                Buses replace trains between Vennick and Harlow while engineers repair the pier.
                Nordlinje said the repairs would cost about 12 million euros.
                """);
        Files.writeString(dir.resolve("chess-board-weekly.txt"), """
                Teenager Mira Solberg wins the Kastell chess open
                Published: 20 April 2026
                Board Weekly
                Mira Solberg, 16, won the Kastell chess open on Sunday after beating the top seed in the final round.
                Solberg finished with eight points from nine games, half a point ahead of three grandmasters.
                She becomes the youngest winner in the tournament's 50-year history.
                The prize of 30,000 euros is the largest of her career.
                """);
        Files.writeString(dir.resolve("chess-evening-post.txt"), """
                Solberg, 16, takes Kastell open title
                Published: 21 April 2026
                Evening Post
                Sixteen-year-old Mira Solberg won the Kastell chess open on Sunday, the youngest champion in its 50 years.
                Solberg beat the top seed in the last round and finished with eight points from nine games.
                Three grandmasters shared second place half a point behind her.
                Solberg said she would spend part of the 30,000 euro prize on a trip to a tournament in Asia.
                """);
        return dir;
    }
}
