package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.Ingestor;
import dev.storyline.ingest.RawDocument;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.store.StoryStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The stages of one {@link Storyline}, callable one at a time by workers that each run one stage in
 * their own process (the Kafka mode of {@code run}): documents from a fetched feed, an article from a
 * document, analysed articles from articles, stories in the store from analysed articles, pages from
 * stories. They are the very steps {@link Storyline#ingest} runs, so that both modes give the same
 * stories. Used from one thread at a time, as the pipeline is.
 */
public final class StageSteps {

    private final Storyline storyline;
    private final Ingestor ingestor;

    StageSteps(Storyline storyline, Ingestor ingestor) {
        this.storyline = storyline;
        this.ingestor = ingestor;
    }

    /** The documents of a feed fetched elsewhere: its items, or the pages they link to when they carry only a teaser. */
    public void documents(Feed feed, String feedUrl, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        ingestor.readFeed(feed, feedUrl, documents, problems);
    }

    /** The document's article, or empty after reporting why there is none. */
    public Optional<Article> extract(RawDocument document, Consumer<IngestProblem> problems) {
        return Optional.ofNullable(storyline.extract(document, problems));
    }

    /** The articles analysed in batches of model calls; one that fails is reported and left out. */
    public List<AnalyzedArticle> analyse(List<Article> articles, Consumer<IngestProblem> problems) {
        return articles.isEmpty() ? List.of() : storyline.analyzeEach(articles, problems);
    }

    /** The fingerprint of the article's text that the store keeps and deduplicates by. */
    public static String contentHash(Article article) {
        return Storyline.contentHash(article);
    }

    /**
     * What {@link #file} did: the stories whose pages became due, in the order they were touched, and the
     * story that each article filed now belongs to (after the batch's merges and splits).
     */
    public record Filed(List<String> stories, Map<String, String> storyOfArticle) {
        public Filed {
            stories = List.copyOf(stories);
            storyOfArticle = Map.copyOf(storyOfArticle);
        }
    }

    /**
     * Assigns the articles to stories and saves them in one store transaction that runs {@code first}
     * before anything else (a fence or an offset written with the articles), leaving out every article
     * whose id or text is stored already, or repeated in the list: so that a batch delivered twice is
     * filed once.
     */
    public Filed file(List<AnalyzedArticle> articles, StoryStore store, Runnable first) {
        return storyline.withClusterer(store, clusterer -> {
            StoryRegroupings regroupings = new StoryRegroupings(store);
            List<AnalyzedArticle> fresh = new ArrayList<>();
            store.inTransaction(() -> {
                first.run();
                Set<String> seen = new HashSet<>();
                for (AnalyzedArticle a : articles) {
                    String hash = contentHash(a.article());
                    if (seen.add(a.id()) && seen.add(hash) && !store.containsArticle(a.id()) && !store.containsContentHash(hash)) {
                        fresh.add(a);
                    }
                }
                storyline.file(fresh, store, clusterer, regroupings);
            });
            Map<String, String> storyOf = new HashMap<>();
            fresh.forEach(a -> storyOf.put(a.id(), clusterer.storyOf(a.id())));
            return new Filed(List.copyOf(regroupings.touched()), storyOf);
        }, f -> f.storyOfArticle().size());
    }

    /** Writes the pages of these stories and of the storylines they change (and clears their marks), as an ingest does after its last batch. */
    public void writePages(List<String> storyIds, StoryStore store, Consumer<IngestProblem> problems) {
        storyline.writePagesAndStorylines(storyIds, store, problems);
    }
}
