package dev.storyline.store;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.extract.Article;
import dev.storyline.story.StoryPage;
import dev.storyline.time.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryStoreTest {

    @TempDir
    Path dir;

    @Test
    void analyzedArticleWithVectorsAndTimesRoundTripsExactly() {
        AnalyzedArticle original = article("https://news.example/a/1", 30, Instant.parse("2026-01-14T09:30:15.123456789Z"));
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(original, "story-1", "hash-1");
            List<AnalyzedArticle> read = store.articlesOfStory("story-1");
            assertThat(read).hasSize(1);
            assertSameArticle(read.get(0), original);
        }
    }

    @Test
    void specialFloatValuesAndMissingVectorsSurvive() {
        AnalyzedArticle base = article("id-special", 2, null);
        float[] odd = {-0.0f, Float.NaN, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY};
        List<AnalyzedSentence> sentences = List.of(
                withVector(base.sentences().get(0), odd),
                withVector(base.sentences().get(1), null));
        AnalyzedArticle special = new AnalyzedArticle(base.article(), sentences, null, List.of(), null, true);
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(special, "s", "h");
            AnalyzedArticle back = store.articlesOfStory("s").get(0);
            assertThat(back.vector()).isNull();
            assertThat(back.published()).isNull();
            assertThat(back.publishedInferred()).isTrue();
            assertThat(bits(back.sentences().get(0).vector())).containsExactly(bits(odd));
            assertThat(back.sentences().get(1).vector()).isNull();
        }
    }

    @Test
    void vectorsAreStoredAsBinaryNotAsJsonNumbers() {
        AnalyzedArticle a = article("id-size", 30, Instant.parse("2026-01-14T09:30:00Z"));
        byte[] blob = ArticleVectors.encode(a);
        assertThat(blob.length).isEqualTo(4 + 31 * (4 + 384 * 4));
    }

    @Test
    void containsArticleAndContentHash() {
        try (StoryStore store = StoryStore.open(dir)) {
            assertThat(store.containsArticle("a")).isFalse();
            store.saveArticle(article("a", 1, null), "s", "abc123");
            assertThat(store.containsArticle("a")).isTrue();
            assertThat(store.containsArticle("b")).isFalse();
            assertThat(store.containsContentHash("abc123")).isTrue();
            assertThat(store.containsContentHash("zzz")).isFalse();
        }
    }

    @Test
    void savingAnArticleAgainReplacesItAndItsStory() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(article("a", 1, null), "s1", "h1");
            AnalyzedArticle changed = article("a", 3, Instant.parse("2026-02-01T00:00:00Z"));
            store.saveArticle(changed, "s2", "h2");
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.articlesOfStory("s1")).isEmpty();
            assertThat(store.articlesOfStory("s2")).singleElement()
                    .satisfies(a -> assertThat(a.sentences()).hasSize(3));
            assertThat(store.containsContentHash("h1")).isFalse();
        }
    }

    @Test
    void articlesOfStoryComeOldestFirstWithUndatedLast() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(article("undated", 1, null), "s", "h0");
            store.saveArticle(article("late", 1, Instant.parse("2026-01-14T12:00:00Z")), "s", "h1");
            store.saveArticle(article("early", 1, Instant.parse("2026-01-13T12:00:00Z")), "s", "h2");
            store.saveArticle(article("elsewhere", 1, Instant.parse("2026-01-10T12:00:00Z")), "t", "h3");
            assertThat(store.articlesOfStory("s")).extracting(AnalyzedArticle::id)
                    .containsExactly("early", "late", "undated");
        }
    }

    @Test
    void forEachArticleVisitsEveryRowWithItsStory() {
        try (StoryStore store = StoryStore.open(dir)) {
            for (int i = 0; i < 25; i++) {
                store.saveArticle(article("a" + i, 2, null), "s" + (i % 3), "h" + i);
            }
            Map<String, String> seen = new java.util.HashMap<>();
            store.forEachArticle((a, story) -> {
                assertThat(a.sentences().get(0).vector()).hasSize(384);
                seen.put(a.id(), story);
            });
            assertThat(seen).hasSize(25).containsEntry("a4", "s1").containsEntry("a24", "s0");
        }
    }

    @Test
    void moveArticlesRefilesAWholeStory() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(article("a", 1, null), "old", "h1");
            store.saveArticle(article("b", 1, null), "old", "h2");
            store.saveArticle(article("c", 1, null), "new", "h3");
            store.moveArticles("old", "new");
            assertThat(store.articlesOfStory("old")).isEmpty();
            assertThat(store.articlesOfStory("new")).extracting(AnalyzedArticle::id)
                    .containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void assignArticlesMovesOnlyTheListedArticlesAsASplitDoes() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(article("a", 1, null), "whole", "h1");
            store.saveArticle(article("b", 1, null), "whole", "h2");
            store.saveArticle(article("c", 1, null), "whole", "h3");
            store.assignArticles(List.of("b", "c"), "part");
            assertThat(store.articlesOfStory("whole")).extracting(AnalyzedArticle::id).containsExactly("a");
            assertThat(store.articlesOfStory("part")).extracting(AnalyzedArticle::id).containsExactlyInAnyOrder("b", "c");
        }
    }

    @Test
    void storiesUpsertAndComeNewestFirst() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveStory(page("s1", "First headline", "2026-01-13T10:00:00Z"));
            store.saveStory(page("s2", "Second headline", "2026-01-14T10:00:00Z"));
            store.saveStory(page("s1", "First headline, updated", "2026-01-15T10:00:00Z"));
            assertThat(store.stories()).extracting(StoryPage::id).containsExactly("s1", "s2");
            assertThat(store.story("s1")).get().extracting(StoryPage::headline).isEqualTo("First headline, updated");
            assertThat(store.story("s1").orElseThrow().asVersion(0, null)).isEqualTo(page("s1", "First headline, updated", "2026-01-15T10:00:00Z"));
            assertThat(store.story("nope")).isEmpty();
            store.deleteStory("s1");
            assertThat(store.stories()).extracting(StoryPage::id).containsExactly("s2");
        }
    }

    @Test
    void everyVersionOfAPageIsKeptAndTheNewestSaysWhatChanged() {
        try (StoryStore store = StoryStore.open(dir)) {
            StoryPage first = page("s", "Talks open in Nara", "2026-01-13T10:00:00Z");
            StoryPage second = new StoryPage("s", "Talks open in Nara", Instant.parse("2026-01-14T10:00:00Z"), 3, 3,
                    List.of(new StoryPage.Section("Heading", List.of(
                            new StoryPage.CitedSentence("Said.", List.of(1, 2)),
                            new StoryPage.CitedSentence("The leaders agreed on DNA analysis of the mine victims.", List.of(3))))),
                    List.of(new StoryPage.TimelineEntry("2026-01-14", "Talks open", List.of(1, 3), false)),
                    List.of(first.sources().get(0), first.sources().get(1),
                            new StoryPage.Source(3, "https://c.example/z", "V", "C", null, null)));

            assertThat(store.saveStory(first).version()).isEqualTo(1);
            StoryPage stored = store.saveStory(second);
            store.saveStory(second); // the same page again adds no version

            assertThat(stored.version()).isEqualTo(2);
            assertThat(store.versions("s")).extracting(StoryPage::version).containsExactly(2, 1);
            assertThat(store.versions("s").get(1).changes()).isNull();
            StoryPage.Changes changes = store.story("s").orElseThrow().changes();
            assertThat(changes.sinceVersion()).isEqualTo(1);
            assertThat(changes.since()).isNotNull();
            assertThat(changes.newFacts()).extracting(StoryPage.CitedSentence::text)
                    .containsExactly("The leaders agreed on DNA analysis of the mine victims.");
            assertThat(changes.newSources()).containsExactly(3);
            assertThat(changes.correctedDates()).singleElement().satisfies(c -> {
                assertThat(c.before()).isEqualTo("2026-01-13");
                assertThat(c.after()).isEqualTo("2026-01-14");
            });
            assertThat(store.versions("unknown")).isEmpty();
        }
    }

    @Test
    void aliasesResolveToTheLatestStoryOfAChainOfMerges() {
        try (StoryStore store = StoryStore.open(dir)) {
            assertThat(store.resolveAlias("a")).isEmpty();
            store.addAlias("a", "b");
            store.addAlias("b", "c");
            assertThat(store.resolveAlias("a")).contains("c");
            assertThat(store.resolveAlias("b")).contains("c");
            store.addAlias("x", "a");
            assertThat(store.resolveAlias("x")).contains("c");
            assertThat(store.resolveAlias("c")).isEmpty();
            assertThatThrownBy(() -> store.addAlias("c", "c")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMergeBackTheOtherWayMakesTheEarlierTargetLiveAgain() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.addAlias("a", "b");
            store.addAlias("b", "a");
            assertThat(store.resolveAlias("a")).isEmpty();
            assertThat(store.resolveAlias("b")).contains("a");
        }
    }

    @Test
    void dataSurvivesReopeningTheStore() {
        AnalyzedArticle original = article("kept", 4, Instant.parse("2026-01-14T09:30:00Z"));
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(original, "s", "h");
            store.saveStory(page("s", "Kept headline", "2026-01-14T10:00:00Z"));
            store.addAlias("gone", "s");
        }
        assertThat(dir.resolve(StoryStore.FILE_NAME)).exists();
        try (StoryStore store = StoryStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(1);
            assertSameArticle(store.articlesOfStory("s").get(0), original);
            assertThat(store.story("s")).isPresent();
            assertThat(store.resolveAlias("gone")).contains("s");
        }
    }

    @Test
    void openCreatesMissingFolders() {
        Path nested = dir.resolve("a/b/data");
        try (StoryStore store = StoryStore.open(nested)) {
            assertThat(store.articleCount()).isZero();
        }
        assertThat(Files.isRegularFile(nested.resolve("storyline.db"))).isTrue();
    }

    @Test
    void aFailedTransactionLeavesTheStoreAsItWas() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(article("before", 1, null), "s", "h0");
            store.saveStory(page("s", "Before", "2026-01-13T10:00:00Z"));
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.saveArticle(article("during", 1, null), "s", "h1");
                store.moveArticles("s", "t");
                store.saveStory(page("s", "During", "2026-01-14T10:00:00Z"));
                store.addAlias("s", "t");
                throw new IllegalStateException("batch failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("batch failed");
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.articlesOfStory("s")).extracting(AnalyzedArticle::id).containsExactly("before");
            assertThat(store.story("s")).get().extracting(StoryPage::headline).isEqualTo("Before");
            assertThat(store.resolveAlias("s")).isEmpty();
        }
    }

    @Test
    void aSuccessfulTransactionCommitsEverythingAndNestedOnesJoinIt() {
        try (StoryStore store = StoryStore.open(dir)) {
            store.inTransaction(() -> {
                store.saveArticle(article("one", 1, null), "s", "h1");
                store.inTransaction(() -> store.saveArticle(article("two", 1, null), "s", "h2"));
                // Reads inside the transaction see its own writes.
                assertThat(store.articleCount()).isEqualTo(2);
            });
            assertThat(store.articleCount()).isEqualTo(2);
        }
        try (StoryStore store = StoryStore.open(dir)) {
            assertThat(store.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void otherThreadsDoNotSeeAnUncommittedBatch() throws Exception {
        try (StoryStore store = StoryStore.open(dir)) {
            store.inTransaction(() -> {
                store.saveArticle(article("pending", 1, null), "s", "h");
                int[] seen = new int[1];
                Thread reader = new Thread(() -> seen[0] = store.articleCount());
                reader.start();
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                assertThat(seen[0]).isZero();
            });
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void concurrentWritersAndReadersAllSucceed() throws Exception {
        try (StoryStore store = StoryStore.open(dir)) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<java.util.concurrent.Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int writer = t;
                work.add(pool.submit(() -> store.inTransaction(() -> {
                    for (int i = 0; i < 10; i++) {
                        store.saveArticle(article("w" + writer + "-" + i, 2, null), "s" + writer, "h" + writer + "-" + i);
                    }
                })));
            }
            for (int t = 0; t < 2; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        store.articleCount();
                        store.stories();
                    }
                }));
            }
            for (var f : work) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(store.articleCount()).isEqualTo(40);
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        StoryStore store = StoryStore.open(dir);
        store.close();
        assertThatThrownBy(store::articleCount).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aDamagedRowIsSkippedAndTheRestStillRead() throws Exception {
        try (StoryStore store = StoryStore.open(dir)) {
            store.saveArticle(article("good", 1, null), "s", "h1");
            store.saveArticle(article("bad", 1, null), "s", "h2");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(StoryStore.FILE_NAME));
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE article SET vectors = X'0100' WHERE id = 'bad'");
        }
        try (StoryStore store = StoryStore.open(dir)) {
            assertThat(store.articlesOfStory("s")).extracting(AnalyzedArticle::id).containsExactly("good");
            List<String> seen = new ArrayList<>();
            store.forEachArticle((a, s) -> seen.add(a.id()));
            assertThat(seen).containsExactly("good");
        }
    }

    // ---- fixtures ----

    static AnalyzedArticle article(String id, int sentenceCount, Instant published) {
        Random random = new Random(id.hashCode());
        List<AnalyzedSentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentenceCount; i++) {
            List<TimeExpression> times = i == 0
                    ? List.of(new TimeExpression(3, 10, "Tuesday", TimeExpression.Type.DATE, "2026-01-13"),
                    new TimeExpression(20, 32, "two weeks", TimeExpression.Type.DURATION, "P2W"))
                    : List.of();
            sentences.add(new AnalyzedSentence(i, i / 3, "Sentence " + i + " of " + id + ", with “quotes” é.",
                    vector(random), times, List.of("Nara", "Lee Jae Myung")));
        }
        Article art = new Article(id, "https://news.example/" + id, "Title of " + id, "Body of " + id,
                "Example News", "A. Writer", published, "en", Map.of("title", "og:title", "published", "json-ld"));
        return new AnalyzedArticle(art, sentences, vector(random), List.of("Nara", "Takaichi"), published, false);
    }

    static StoryPage page(String id, String headline, String updated) {
        return new StoryPage(id, headline, Instant.parse(updated), 2, 2,
                List.of(new StoryPage.Section("Heading", List.of(new StoryPage.CitedSentence("Said.", List.of(1, 2))))),
                List.of(new StoryPage.TimelineEntry("2026-01-13", "Talks open", List.of(1), false)),
                List.of(new StoryPage.Source(1, "https://a.example/x", "T", "A", null, null),
                        new StoryPage.Source(2, "https://b.example/y", "U", "B", "Au", Instant.parse(updated))));
    }

    private static float[] vector(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static AnalyzedSentence withVector(AnalyzedSentence s, float[] v) {
        return new AnalyzedSentence(s.index(), s.paragraph(), s.text(), v, s.times(), s.entities());
    }

    private static int[] bits(float[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Float.floatToRawIntBits(v[i]);
        }
        return out;
    }

    private static void assertSameArticle(AnalyzedArticle actual, AnalyzedArticle expected) {
        assertThat(actual.article()).isEqualTo(expected.article());
        assertThat(actual.entities()).isEqualTo(expected.entities());
        assertThat(actual.published()).isEqualTo(expected.published());
        assertThat(actual.publishedInferred()).isEqualTo(expected.publishedInferred());
        assertThat(bits(actual.vector())).containsExactly(bits(expected.vector()));
        assertThat(actual.sentences()).hasSameSizeAs(expected.sentences());
        for (int i = 0; i < expected.sentences().size(); i++) {
            AnalyzedSentence a = actual.sentences().get(i);
            AnalyzedSentence e = expected.sentences().get(i);
            assertThat(a.index()).isEqualTo(e.index());
            assertThat(a.paragraph()).isEqualTo(e.paragraph());
            assertThat(a.text()).isEqualTo(e.text());
            assertThat(a.times()).isEqualTo(e.times());
            assertThat(a.entities()).isEqualTo(e.entities());
            assertThat(bits(a.vector())).containsExactly(bits(e.vector()));
        }
    }
}
