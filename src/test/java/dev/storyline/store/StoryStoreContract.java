package dev.storyline.store;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.StorylinePage;
import dev.storyline.extract.Article;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.story.StoryPage;
import dev.storyline.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every story store backend must do, run once per backend by its subclass ({@link SqliteStoryStoreTest},
 * {@link PostgresStoryStoreTest}). Each test gets an empty database of its own.
 */
abstract class StoryStoreContract {

    /** Opens the store under test; every call within one test opens the same database. */
    abstract StoryStore openStore();

    /** A plain JDBC connection to the test's database, to look at or damage rows behind the store's back. */
    abstract Connection directConnection() throws SQLException;

    @Test
    void analyzedArticleWithVectorsAndTimesRoundTripsExactly() {
        AnalyzedArticle original = article("https://news.example/a/1", 30, Instant.parse("2026-01-14T09:30:15.123456789Z"));
        try (StoryStore store = openStore()) {
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
        AnalyzedArticle special = new AnalyzedArticle(base.article(), sentences, null, List.of());
        try (StoryStore store = openStore()) {
            store.saveArticle(special, "s", "h");
            AnalyzedArticle back = store.articlesOfStory("s").get(0);
            assertThat(back.vector()).isNull();
            assertThat(back.published()).isNull();
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
            StoryPage first = page("s", "Talks open in Nara", "2026-01-13T10:00:00Z");
            StoryPage second = new StoryPage("s", "Talks open in Nara", "2026-01-14T10:00:00Z", 3, 3,
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
    void aVersionRecordsTheStoriesMergedIntoItAndTheReportsThatMovedEvenWhenItsTextIsUnchanged() {
        try (StoryStore store = openStore()) {
            StoryPage page = page("s", "Quake shakes The Geysers", "2026-01-13T10:00:00Z");
            store.saveStory(page, List.of(new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MERGED, "x", "X", 2)));
            List<StoryPage.Regrouping> regroupings = List.of(
                    new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MERGED, "t", "Quake felt in Cobb", 2),
                    new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MOVED_OUT, "u", null, 3));

            StoryPage stored = store.saveStory(page, regroupings);

            // The first version has nothing to compare with; the second records the regroupings.
            assertThat(store.versions("s")).hasSize(2);
            assertThat(store.versions("s").get(1).changes()).isNull();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(store.story("s").orElseThrow().changes().regroupings()).isEqualTo(regroupings);
            assertThat(store.story("s").orElseThrow().changes().isEmpty()).isFalse();
            assertThat(store.saveStory(page).version()).isEqualTo(2);
        }
    }

    @Test
    void aliasesResolveToTheLatestStoryOfAChainOfMerges() {
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
            store.addAlias("a", "b");
            store.addAlias("b", "a");
            assertThat(store.resolveAlias("a")).isEmpty();
            assertThat(store.resolveAlias("b")).contains("a");
        }
    }

    @Test
    void dataSurvivesReopeningTheStore() {
        AnalyzedArticle original = article("kept", 4, Instant.parse("2026-01-14T09:30:00Z"));
        try (StoryStore store = openStore()) {
            store.saveArticle(original, "s", "h");
            store.saveStory(page("s", "Kept headline", "2026-01-14T10:00:00Z"));
            store.addAlias("gone", "s");
        }
        try (StoryStore store = openStore()) {
            assertThat(store.articleCount()).isEqualTo(1);
            assertSameArticle(store.articlesOfStory("s").get(0), original);
            assertThat(store.story("s")).isPresent();
            assertThat(store.resolveAlias("gone")).contains("s");
        }
    }

    @Test
    void aFailedTransactionLeavesTheStoreAsItWas() {
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
            store.inTransaction(() -> {
                store.saveArticle(article("one", 1, null), "s", "h1");
                store.inTransaction(() -> store.saveArticle(article("two", 1, null), "s", "h2"));
                // Reads inside the transaction see its own writes.
                assertThat(store.articleCount()).isEqualTo(2);
            });
            assertThat(store.articleCount()).isEqualTo(2);
        }
        try (StoryStore store = openStore()) {
            assertThat(store.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void otherThreadsDoNotSeeAnUncommittedBatch() throws Exception {
        try (StoryStore store = openStore()) {
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
        try (StoryStore store = openStore()) {
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
        StoryStore store = openStore();
        store.close();
        assertThatThrownBy(store::articleCount).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aDamagedRowIsSkippedAndTheRestStillRead() throws Exception {
        try (StoryStore store = openStore()) {
            store.saveArticle(article("good", 1, null), "s", "h1");
            store.saveArticle(article("bad", 1, null), "s", "h2");
            store.saveStory(page("p-good", "Good", "2026-01-13T10:00:00Z"));
            store.saveStory(page("p-bad", "Bad", "2026-01-14T10:00:00Z"));
        }
        try (Connection c = directConnection(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE article SET analysis = '{\"article\": 7' WHERE id = 'bad'");
            st.executeUpdate("UPDATE story SET page = 'not json' WHERE id = 'p-bad'");
        }
        try (StoryStore store = openStore()) {
            assertThat(store.articlesOfStory("s")).extracting(AnalyzedArticle::id).containsExactly("good");
            List<String> seen = new ArrayList<>();
            store.forEachArticle((a, s) -> seen.add(a.id()));
            assertThat(seen).containsExactly("good");
            assertThat(store.stories()).extracting(StoryPage::id).containsExactly("p-good");
        }
    }

    @Test
    void migrationsBuildTheSchemaInAnEmptyDatabaseAndASecondOpenAppliesNothing() throws Exception {
        try (StoryStore store = openStore()) {
            assertThat(store.articleCount()).isZero();
            assertThat(store.stories()).isEmpty();
            store.saveArticle(article("a", 1, null), "s", "h");
        }
        List<String> applied = appliedMigrations();
        assertThat(applied).containsExactly("1", "2", "3", "5", "6", "7");
        try (StoryStore store = openStore()) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
        assertThat(appliedMigrations()).isEqualTo(applied);
    }

    @Test
    void storyIdsVersionsAndArticlesAreTheSameAfterCloseAndReopen() {
        List<String> ids;
        List<Integer> versions;
        try (StoryStore store = openStore()) {
            for (int i = 0; i < 3; i++) {
                store.saveArticle(article("a" + i, 1, null), "story-" + i, "h" + i);
                store.saveStory(page("story-" + i, "Headline " + i, "2026-01-1" + i + "T10:00:00Z"));
            }
            store.saveStory(page("story-1", "Headline 1, updated", "2026-01-19T10:00:00Z"));
            ids = store.stories().stream().map(StoryPage::id).toList();
            versions = store.versions("story-1").stream().map(StoryPage::version).toList();
        }
        try (StoryStore store = openStore()) {
            assertThat(store.stories()).extracting(StoryPage::id).isEqualTo(ids).containsExactly("story-1", "story-2", "story-0");
            assertThat(store.versions("story-1")).extracting(StoryPage::version).isEqualTo(versions).containsExactly(2, 1);
            assertThat(store.articlesOfStory("story-2")).extracting(AnalyzedArticle::id).containsExactly("a2");
        }
    }

    @Test
    void aMergeAsIngestDoesItMovesTheArticlesAndLeavesAnAliasToTheSurvivingStory() {
        try (StoryStore store = openStore()) {
            store.saveArticle(article("a", 1, null), "kept", "h1");
            store.saveArticle(article("b", 1, null), "merged", "h2");
            store.saveStory(page("kept", "Kept", "2026-01-13T10:00:00Z"));
            store.saveStory(page("merged", "Merged", "2026-01-13T11:00:00Z"));
            store.inTransaction(() -> {
                store.moveArticles("merged", "kept");
                store.deleteStory("merged");
                store.addAlias("merged", "kept");
                store.saveStory(page("kept", "Kept, with more", "2026-01-14T10:00:00Z"));
            });
            assertThat(store.articlesOfStory("kept")).extracting(AnalyzedArticle::id).containsExactlyInAnyOrder("a", "b");
            assertThat(store.articlesOfStory("merged")).isEmpty();
            assertThat(store.story("merged")).isEmpty();
            assertThat(store.resolveAlias("merged")).contains("kept");
            assertThat(store.stories()).extracting(StoryPage::id).containsExactly("kept");
            assertThat(store.versions("kept")).extracting(StoryPage::version).containsExactly(2, 1);
        }
    }

    @Test
    void longTextsAndAHeadlineWithANulCharacterRoundTrip() {
        String longText = "The harbour reopened after the storm. ".repeat(30_000); // over 1 MB
        StoryPage base = page("s", "Storm\u0000 closes the harbour", "2026-01-13T10:00:00Z");
        StoryPage big = new StoryPage(base.id(), base.headline(), base.updated(), 2, 2,
                List.of(new StoryPage.Section("Heading", List.of(new StoryPage.CitedSentence(longText, List.of(1))))),
                base.timeline(), base.sources());
        try (StoryStore store = openStore()) {
            store.saveStory(big);
            assertThat(store.story("s").orElseThrow().asVersion(0, null)).isEqualTo(big);
            assertThat(store.stories()).singleElement().extracting(StoryPage::headline).isEqualTo(base.headline());
        }
    }

    @Test
    void twoStoresWritingOneDatabaseFromTwoThreadsLoseNothing() throws Exception {
        int rounds = 12;
        int perRound = 3;
        try (StoryStore first = openStore(); StoryStore second = openStore()) {
            List<StoryStore> stores = List.of(first, second);
            var start = new java.util.concurrent.CyclicBarrier(stores.size());
            var pool = java.util.concurrent.Executors.newFixedThreadPool(stores.size());
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int w = 0; w < stores.size(); w++) {
                int writer = w;
                StoryStore store = stores.get(w);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        int round = r;
                        // One ingest batch: new articles land in a story of their own, which is then merged
                        // into the shared story; now and then one article is split off; the shared page is
                        // rewritten; and both writers extend one chain of merges (link n -> n + 1).
                        store.inTransaction(() -> {
                            String scratch = "scratch-" + writer + "-" + round;
                            List<String> ids = new ArrayList<>();
                            for (int k = 0; k < perRound; k++) {
                                String id = "w" + writer + "-" + round + "-" + k;
                                ids.add(id);
                                store.saveArticle(article(id, 1, null), scratch, "h-" + id);
                            }
                            store.moveArticles(scratch, "shared");
                            store.deleteStory(scratch);
                            store.addAlias(scratch, "shared");
                            if (round % 4 == 0) {
                                store.assignArticles(ids.subList(0, 1), "split-" + writer);
                            }
                            int link = 2 * round + writer;
                            store.addAlias("chain-" + link, "chain-" + (link + 1));
                            store.saveStory(page("shared", "Shared after " + writer + "/" + round, "2026-01-13T10:00:00Z"));
                        });
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();

            int total = stores.size() * rounds * perRound;
            int splits = stores.size() * ((rounds + 3) / 4);
            assertThat(first.articleCount()).isEqualTo(total);
            assertThat(second.articlesOfStory("shared")).hasSize(total - splits);
            assertThat(first.articlesOfStory("split-0")).hasSize(splits / 2);
            List<Integer> versions = second.versions("shared").stream().map(StoryPage::version).toList();
            assertThat(versions).hasSize(stores.size() * rounds);
            for (int i = 0; i < versions.size(); i++) {
                assertThat(versions.get(i)).isEqualTo(versions.size() - i);
            }
            String end = "chain-" + (2 * rounds);
            for (int link = 0; link < 2 * rounds; link++) {
                assertThat(first.resolveAlias("chain-" + link)).as("chain-" + link).contains(end);
            }
            assertThat(first.resolveAlias("scratch-1-" + (rounds - 1))).contains("shared");
        }
    }

    @Test
    void aPageMarkedDueStaysDueAcrossReopenUntilItsPageIsWritten() {
        StoryPage.Regrouping merged = new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MERGED, "old", "Old", 2);
        try (StoryStore store = openStore()) {
            store.inTransaction(() -> {
                store.saveArticle(article("a", 1, null), "s", "h");
                store.markPageDue("s");
                store.markPageDue("s", List.of(merged));
                store.markPageDue("t");
            });
        }
        try (StoryStore store = openStore()) {
            assertThat(store.duePages()).containsExactly("s", "t");
            StoryStore.DuePage due = store.duePage("s").orElseThrow();
            assertThat(due.marks()).isEqualTo(2);
            assertThat(due.regroupings()).containsExactly(merged);
            store.markPageDue("s"); // a plain mark keeps the regroupings
            assertThat(store.duePage("s").orElseThrow().regroupings()).containsExactly(merged);
            store.pageWritten(store.duePage("s").orElseThrow());
            assertThat(store.duePages()).containsExactly("t");
            assertThat(store.duePage("s")).isEmpty();
        }
    }

    @Test
    void aMarkMadeWhileThePageWasBuiltOutlivesThatPageWithoutTheRegroupingsItRecorded() {
        StoryPage.Regrouping first = new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MOVED_IN, "a", "A", 1);
        StoryPage.Regrouping second = new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MOVED_OUT, "b", "B", 1);
        try (StoryStore store = openStore()) {
            store.markPageDue("s", List.of(first));
            StoryStore.DuePage read = store.duePage("s").orElseThrow();
            store.markPageDue("s", List.of(first, second)); // another writer, while the page is being built
            store.pageWritten(read);
            StoryStore.DuePage left = store.duePage("s").orElseThrow();
            assertThat(left.marks()).isEqualTo(2);
            assertThat(left.regroupings()).containsExactly(second);
        }
    }

    @Test
    void aMarkRolledBackWithItsArticlesLeavesNeither() {
        try (StoryStore store = openStore()) {
            assertThatThrownBy(() -> store.inTransaction(() -> {
                store.saveArticle(article("a", 1, null), "s", "h");
                store.markPageDue("s");
                throw new IllegalStateException("killed");
            })).hasMessage("killed");
            assertThat(store.articleCount()).isZero();
            assertThat(store.duePages()).isEmpty();
        }
    }

    private List<String> appliedMigrations() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = directConnection(); var st = c.createStatement();
             var rs = st.executeQuery("""
                     SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank""")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    @Test
    void anArticleWithDamagedVectorsIsSkipped() throws Exception {
        try (StoryStore store = openStore()) {
            store.saveArticle(article("good", 1, null), "s", "h1");
            store.saveArticle(article("bad", 1, null), "s", "h2");
        }
        try (Connection c = directConnection(); var st = c.prepareStatement("UPDATE article SET vectors = ? WHERE id = 'bad'")) {
            st.setBytes(1, new byte[]{1, 0});
            st.executeUpdate();
        }
        try (StoryStore store = openStore()) {
            assertThat(store.articlesOfStory("s")).extracting(AnalyzedArticle::id).containsExactly("good");
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
                "Example News", "A. Writer", PublicationDate.at(published).orElse(null), "en",
                Map.of("title", "og:title", "published", "json-ld"));
        return new AnalyzedArticle(art, sentences, vector(random), List.of("Nara", "Takaichi"));
    }

    static StoryPage page(String id, String headline, String updated) {
        return new StoryPage(id, headline, updated, 2, 2,
                List.of(new StoryPage.Section("Heading", List.of(new StoryPage.CitedSentence("Said.", List.of(1, 2))))),
                List.of(new StoryPage.TimelineEntry("2026-01-13", "Talks open", List.of(1), false)),
                List.of(new StoryPage.Source(1, "https://a.example/x", "T", "A", null, null),
                        new StoryPage.Source(2, "https://b.example/y", "U", "B", "Au", updated)));
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

    @Test
    void storylineLinksAndPagesRoundTripAndMergedOrUnlinkedStoriesAreFound() {
        try (StoryStore store = openStore()) {
            store.saveArticle(article("a1", 1, Instant.parse("2026-02-02T10:00:00Z")), "arrest", "h1");
            store.saveArticle(article("a2", 1, Instant.parse("2026-05-11T10:00:00Z")), "trial", "h2");
            store.saveArticle(article("a3", 1, Instant.parse("2026-05-12T10:00:00Z")), "unlinked", "h3");
            ArcLinker.StoryProfile arrest = new ArcLinker.StoryProfile("arrest",
                    Map.of("maria ellison", 3), LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-03"));
            ArcLinker.StoryProfile trial = new ArcLinker.StoryProfile("trial",
                    Map.of("maria ellison", 2, "judge okafor", 1), LocalDate.parse("2026-05-11"), null);
            store.linkStory(arrest, "arc-arrest");
            store.linkStory(trial, "arc-arrest");
            assertThat(store.storylineOf("trial")).contains("arc-arrest");
            assertThat(store.linkedStoryCount()).isEqualTo(2);
            assertThat(store.unlinkedStories()).containsExactly("unlinked");
            Map<String, String> links = new TreeMap<>();
            List<ArcLinker.StoryProfile> profiles = new ArrayList<>();
            store.forEachStorylineLink((p, arc) -> {
                links.put(p.storyId(), arc);
                profiles.add(p);
            });
            assertThat(links).containsEntry("arrest", "arc-arrest").containsEntry("trial", "arc-arrest").hasSize(2);
            assertThat(profiles).containsExactly(arrest, trial);

            store.addAlias("trial", "arrest");
            assertThat(store.linkedStoriesMergedAway()).containsExactly("trial");
            store.unlinkStory("trial");
            assertThat(store.storylineOf("trial")).isEmpty();

            StorylinePage page = new StorylinePage("arc-arrest", "Ellison \u0000arrested",
                    "2026-02-03T09:00:00Z", 1,
                    List.of(new StorylinePage.StoryEntry("arrest", "Ellison arrested", "2026-02-03T09:00:00Z", "2026-02-02", 1)),
                    List.of(new StorylinePage.Event("2026-02-02",
                            List.of(new StoryPage.CitedSentence("Police arrested Ellison.", List.of(1))))),
                    List.of(new StoryPage.Source(1, "https://x.example/a1", "Ellison arrested", "X", null, "2026-02-02T10:00:00Z")));
            store.saveStoryline(page);
            store.saveStoryline(page);
            assertThat(store.storyline("arc-arrest")).contains(page);
            store.deleteStoryline("arc-arrest");
            assertThat(store.storyline("arc-arrest")).isEmpty();
        }
    }
}
