package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.cluster.FeatureExtractor;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.Ingestor;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.RawDocument;
import dev.storyline.ingest.TextLikeness;
import dev.storyline.category.Report;
import dev.storyline.category.StoryCategorizer;
import dev.storyline.rank.TopHeadlines;
import dev.storyline.store.StoryStore;
import dev.storyline.story.GeneratedTextCheck;
import dev.storyline.story.SectionWriter;
import dev.storyline.story.StoryDates;
import dev.storyline.story.StoryPage;
import dev.storyline.story.StorySynthesizer;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.SentenceSplitter;
import dev.storyline.time.TemporalTagger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The one place where the pipeline is assembled from its stages: sources are read ({@code ingest}),
 * turned into articles ({@code extract}), analysed ({@code text}, {@code time}, {@code embed}), assigned
 * to stories ({@code cluster}) and written as pages ({@code story}), in memory or into a store. A bad
 * input is reported with its source and the rest goes on. Stage objects are built once (the embedding
 * model loads in about a second); one instance serves one run at a time. Closing it releases the HTTP
 * client and the model session that {@link #standard} opened.
 */
public final class Storyline implements AutoCloseable {

    /** Story pages built, then saved, per write transaction: few transactions, yet few pages held at once. */
    private static final int PAGES_PER_TRANSACTION = 64;

    /** What one ingest run did; {@code storyIds} are the stories whose pages it wrote again. */
    public record IngestReport(int documents, int added, int duplicates, int problems, int storiesUpdated,
                               List<String> storyIds) {
        public IngestReport {
            storyIds = List.copyOf(storyIds);
        }

        /** A report that does not name the stories it updated. */
        public IngestReport(int documents, int added, int duplicates, int problems, int storiesUpdated) {
            this(documents, added, duplicates, problems, storiesUpdated, List.of());
        }

        @Override
        public String toString() {
            return String.format("%d documents read, %d articles added, %d duplicates skipped, %d problems, %d stories updated",
                    documents, added, duplicates, problems, storiesUpdated);
        }
    }

    private final Ingestor ingestor;
    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;
    private final FeatureExtractor features = new FeatureExtractor();
    private final StoryDates storyDates;
    private final StorySynthesizer synthesizer;
    private final StoryCategorizer categorizer;
    /** What this pipeline opened and closes with itself, besides the ingestor. */
    private final List<AutoCloseable> owned;
    /** Whether pages may be built on several threads at once: not with a section writer, which need not allow it. */
    private final boolean pagesInParallel;
    /**
     * The clusterer restored from the store last ingested into, and how many stored articles it knows:
     * {@code run} ingests into one store batch after batch, and reading every stored article again for each
     * batch would make its cost grow with the store. Another writer's articles change the count, and the
     * clusterer is then restored afresh; a failed ingest drops it.
     */
    private StoryStore restoredStore;
    private StoryClusterer restored;
    private int restoredArticles;
    /** Links the stories written into storylines and writes the storylines' pages. */
    private final StorylineDesk storylines = new StorylineDesk();

    /** The pipeline's stages one at a time, for workers that run one stage each (the Kafka mode). */
    public StageSteps steps() {
        return new StageSteps(this, ingestor);
    }

    public Storyline(Ingestor ingestor, ArticleExtractor extractor, ArticleAnalyzer analyzer, StoryDates storyDates,
                     StorySynthesizer synthesizer) {
        this(ingestor, extractor, analyzer, storyDates, synthesizer, new StoryCategorizer(null), List.of(), false);
    }

    private Storyline(Ingestor ingestor, ArticleExtractor extractor, ArticleAnalyzer analyzer, StoryDates storyDates,
                      StorySynthesizer synthesizer, StoryCategorizer categorizer, List<AutoCloseable> owned,
                      boolean pagesInParallel) {
        this.categorizer = categorizer;
        this.ingestor = ingestor;
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.storyDates = storyDates;
        this.synthesizer = synthesizer;
        this.owned = owned;
        this.pagesInParallel = pagesInParallel;
    }

    /** The pipeline with its standard stages. */
    public static Storyline standard(IngestOptions options) {
        return standard(options, null);
    }

    /**
     * The pipeline with its standard stages, writing section text with {@code writer} (checked against
     * the sources with the same embedding model) when it is not {@code null}.
     */
    public static Storyline standard(IngestOptions options, SectionWriter writer) {
        return standard(options, writer, new Fetcher(options.fetchSettings()));
    }

    /**
     * The standard pipeline fetching linked pages through {@code fetcher}, which it closes with itself:
     * {@code run} hands it the fetcher its feeds are polled with, so that feeds and pages share one
     * robots.txt cache and one queue per host.
     */
    public static Storyline standard(IngestOptions options, SectionWriter writer, Fetcher fetcher) {
        SentenceEmbedder embedder = new SentenceEmbedder();
        TemporalTagger tagger = new TemporalTagger();
        StorySynthesizer synthesizer = writer == null ? new StorySynthesizer()
                : new StorySynthesizer(Clock.systemUTC(), writer, new GeneratedTextCheck(embedder::embed));
        return new Storyline(new Ingestor(options, fetcher), new ArticleExtractor(),
                new ArticleAnalyzer(new SentenceSplitter(), new EntityMentions(), tagger, embedder),
                new StoryDates(tagger), synthesizer, new StoryCategorizer(embedder::embed), List.of(embedder),
                writer == null);
    }

    /** Closes the fetcher's HTTP client and the model session; the first failure is thrown after all are tried. */
    @Override
    public void close() {
        RuntimeException failure = null;
        List<AutoCloseable> all = new ArrayList<>(owned);
        all.add(ingestor);
        for (AutoCloseable c : all) {
            try {
                c.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("could not close " + c.getClass().getSimpleName(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The page of one story, its undated articles dated by the others first, in its category. */
    private StoryPage page(String storyId, List<AnalyzedArticle> articles) {
        return synthesizer.synthesize(storyId, storyDates.inferMissing(articles))
                .withCategory(categorizer.categorize(articles.stream().map(Report::of).toList()).label());
    }

    /** Runs the whole pipeline over the inputs in memory and returns the stories as Top Headlines. */
    public List<StoryPage> digest(List<String> inputs, Consumer<IngestProblem> problems) {
        return digest(inputs, problems, new StageTimes());
    }

    /** As {@link #digest(List, Consumer)}, adding the time of each stage to {@code times}. */
    public List<StoryPage> digest(List<String> inputs, Consumer<IngestProblem> problems, StageTimes times) {
        StoryClusterer clusterer = new StoryClusterer();
        List<AnalyzedArticle> all = new ArrayList<>();
        FirstReads seen = new FirstReads();
        ArticleBatches batches = new ArticleBatches(part -> {
            long t = System.nanoTime();
            List<AnalyzedArticle> analyzed = analyzeEach(part, problems);
            times.add(StageTimes.Stage.ANALYZE, t);
            t = System.nanoTime();
            for (AnalyzedArticle a : analyzed) {
                clusterer.assign(features.features(a));
                all.add(a);
            }
            times.add(StageTimes.Stage.CLUSTER, t);
            times.countArticles(part.size());
        });
        ingestor.read(inputs, doc -> {
            long t = System.nanoTime();
            Article a = extract(doc, problems);
            times.add(StageTimes.Stage.EXTRACT, t);
            if (a != null && seen.first(a, doc, problems)) {
                batches.add(a);
            }
        }, problems);
        batches.flush();
        long t = System.nanoTime();
        Map<String, List<AnalyzedArticle>> stories = new LinkedHashMap<>();
        for (AnalyzedArticle a : all) {
            stories.computeIfAbsent(clusterer.storyOf(a.id()), k -> new ArrayList<>()).add(a);
        }
        List<StoryPage> pages = new ArrayList<>();
        stories.forEach((id, articles) -> safePage(id, articles, problems).ifPresent(pages::add));
        times.add(StageTimes.Stage.SYNTHESIZE, t);
        return TopHeadlines.rank(pages);
    }

    /**
     * Adds the inputs' articles to the store and rewrites the pages of the stories they touch. Each batch
     * is one transaction: an interrupted run leaves whole batches behind, never half of one, and with each
     * batch the marks of the stories whose pages it makes due ({@link StoryStore#markPageDue}). The pages
     * are written after the last batch, built outside any transaction and saved a chunk at a time, each
     * clearing its mark; pages left due by an earlier run that was stopped are written with them.
     */
    public IngestReport ingest(List<String> inputs, StoryStore store, Consumer<IngestProblem> problems) {
        return ingest((in, documents, failures) -> in.read(inputs, documents, failures), store, problems);
    }

    /**
     * Where the documents of one {@link #ingest(Source, StoryStore, Consumer)} come from: inputs the
     * ingestor reads, or feeds fetched elsewhere (the feed follower's) that it turns into documents.
     */
    @FunctionalInterface
    public interface Source {
        void read(Ingestor ingestor, Consumer<RawDocument> documents, Consumer<IngestProblem> problems);
    }

    /** As {@link #ingest(List, StoryStore, Consumer)}, over the documents {@code source} gives. */
    public IngestReport ingest(Source source, StoryStore store, Consumer<IngestProblem> problems) {
        return withClusterer(store, clusterer -> ingest(source, store, clusterer, problems), IngestReport::added);
    }

    /**
     * Runs {@code work} with the clusterer of {@code store} and counts the articles it added, so that the
     * next call finds the clusterer up to date; a failure drops it (it may hold what was rolled back).
     */
    <R> R withClusterer(StoryStore store, Function<StoryClusterer, R> work, ToIntFunction<R> added) {
        StoryClusterer clusterer = clustererOf(store);
        try {
            R result = work.apply(clusterer);
            restoredArticles += added.applyAsInt(result);
            return result;
        } catch (RuntimeException | Error e) {
            restored = null;
            throw e;
        }
    }

    /** The clusterer holding every stored article of {@code store}, restored only when it is not up to date. */
    private StoryClusterer clustererOf(StoryStore store) {
        int stored = store.articleCount();
        if (restored == null || restoredStore != store || restoredArticles != stored) {
            StoryClusterer clusterer = new StoryClusterer();
            int[] n = {0};
            store.forEachArticle((a, storyId) -> {
                clusterer.restore(features.features(a), storyId);
                n[0]++;
            });
            restored = clusterer;
            restoredStore = store;
            restoredArticles = n[0];
        }
        return restored;
    }

    private IngestReport ingest(Source source, StoryStore store, StoryClusterer clusterer, Consumer<IngestProblem> problems) {
        int[] counts = new int[4]; // documents, added, duplicates, problems
        Consumer<IngestProblem> counting = p -> {
            counts[3]++;
            problems.accept(p);
        };
        StoryRegroupings regroupings = new StoryRegroupings(store);
        Set<String> seen = new HashSet<>();
        ArticleBatches batches = new ArticleBatches(part -> store.inTransaction(() -> counts[1] += file(analyzeEach(part, counting),
                store, clusterer, regroupings)));
        source.read(ingestor, doc -> {
            counts[0]++;
            Article a = extract(doc, counting);
            if (a == null) {
                return;
            }
            String hash = contentHash(a);
            if (!seen.add(a.id()) || !seen.add(hash) || store.containsArticle(a.id()) || store.containsContentHash(hash)) {
                counts[2]++;
                return;
            }
            batches.add(a);
        }, counting);
        batches.flush();
        Set<String> due = new LinkedHashSet<>(regroupings.touched());
        due.addAll(store.duePages());
        writePagesAndStorylines(List.copyOf(due), store, counting);
        return new IngestReport(counts[0], counts[1], counts[2], counts[3], due.size(), List.copyOf(due));
    }

    /**
     * Assigns the analysed articles to stories and saves them, with the merges and splits they caused and
     * the marks of the pages they make due, in the caller's transaction; returns how many were saved.
     */
    int file(List<AnalyzedArticle> analyzed, StoryStore store, StoryClusterer clusterer, StoryRegroupings regroupings) {
        for (AnalyzedArticle a : analyzed) {
            String storyId = clusterer.assign(features.features(a));
            store.saveArticle(a, storyId, contentHash(a.article()));
            regroupings.touch(storyId);
        }
        regroupings.apply(clusterer.drainChanges());
        return analyzed.size();
    }

    /**
     * Writes every page left due in the store, as a run stopped between its articles and its pages leaves
     * them, and returns how many stories that was. For the start of a command that serves the store.
     */
    public int writeDuePages(StoryStore store, Consumer<IngestProblem> problems) {
        List<String> due = store.duePages();
        writePagesAndStorylines(due, store, problems);
        return due.size();
    }

    /** Writes the stories' pages, then links them into storylines and writes the storylines they changed. */
    void writePagesAndStorylines(List<String> storyIds, StoryStore store, Consumer<IngestProblem> problems) {
        writePages(storyIds, store, problems);
        storylines.update(store, storyIds, problems);
    }

    /**
     * Rewrites the pages of the given stories {@value #PAGES_PER_TRANSACTION} at a time: each chunk's pages
     * are built from the stored articles outside any transaction, then saved in one short transaction, so
     * that page synthesis (seconds a page with a language model) never holds the write lock that other
     * writers queue on, and only one chunk of pages is held in memory. A story found empty loses its page.
     * An interrupted run leaves whole pages behind, and the marks of the pages not yet saved.
     */
    void writePages(List<String> storyIds, StoryStore store, Consumer<IngestProblem> problems) {
        for (int from = 0; from < storyIds.size(); from += PAGES_PER_TRANSACTION) {
            List<String> chunk = storyIds.subList(from, Math.min(storyIds.size(), from + PAGES_PER_TRANSACTION));
            // synthesis is most of a page's cost: the chunk's pages are built on every core, their problems told in order
            List<List<IngestProblem>> told = chunk.stream().map(id -> (List<IngestProblem>) new ArrayList<IngestProblem>()).toList();
            IntStream indices = IntStream.range(0, chunk.size());
            List<Optional<PageDraft>> built = (pagesInParallel ? indices.parallel() : indices)
                    .mapToObj(i -> draft(store, chunk.get(i), told.get(i)::add)).toList();
            told.forEach(t -> t.forEach(problems));
            List<PageDraft> drafts = built.stream().flatMap(Optional::stream).toList();
            store.inTransaction(() -> {
                for (PageDraft draft : drafts) {
                    save(store, draft, problems);
                }
            });
        }
    }

    /**
     * Saves a page built outside the transaction. Another process on the same database (PostgreSQL, or a
     * shared SQLite file) may have changed the story since its articles were read: it then marked the story
     * again or rewrote or removed its page, so a changed mark or version is the cheap sign that the draft
     * may be stale. Such a story is built again here, under the lock, from what is stored now: rare, and
     * then correct. A story merged away by another process (now an alias) gets no page. On PostgreSQL the
     * first check of a transaction runs just before the write lock is taken (at the first write), a
     * moment's gap that the single page transaction had before as well.
     */
    private void save(StoryStore store, PageDraft draft, Consumer<IngestProblem> problems) {
        String id = draft.storyId();
        if (store.resolveAlias(id).isPresent()) {
            store.clearDuePage(id);
            return;
        }
        Optional<PageDraft> current = storedVersion(store, id) == draft.storedVersion()
                && store.duePage(id).equals(draft.due()) ? Optional.of(draft) : draft(store, id, problems);
        current.ifPresent(d -> {
            List<StoryPage.Regrouping> regroupings = d.due().map(StoryStore.DuePage::regroupings).orElse(List.of());
            d.page().ifPresentOrElse(p -> store.saveStory(p, regroupings), () -> store.deleteStory(id));
            d.due().ifPresent(store::pageWritten);
        });
    }

    /**
     * The story's page built from its stored articles, no page when it has none left, or nothing when
     * synthesis failed: that failure is reported with the story, its mark stays for the next run, and the
     * other pages go on.
     */
    private Optional<PageDraft> draft(StoryStore store, String storyId, Consumer<IngestProblem> problems) {
        int version = storedVersion(store, storyId);
        Optional<StoryStore.DuePage> due = store.duePage(storyId);
        List<AnalyzedArticle> articles = store.articlesOfStory(storyId);
        if (articles.isEmpty()) {
            return Optional.of(new PageDraft(storyId, version, due, Optional.empty()));
        }
        try {
            return Optional.of(new PageDraft(storyId, version, due, Optional.of(page(storyId, articles))));
        } catch (RuntimeException e) {
            problems.accept(new IngestProblem("story " + storyId, "its page could not be written: " + e));
            return Optional.empty();
        }
    }

    /** The version of the story's stored page; 0 when it has none. */
    private static int storedVersion(StoryStore store, String storyId) {
        return store.story(storyId).map(StoryPage::version).orElse(0);
    }

    /**
     * A story's page built outside the write transaction, with the version of the stored page and the
     * story's mark it was built against; no page means that the story has no articles left.
     */
    private record PageDraft(String storyId, int storedVersion, Optional<StoryStore.DuePage> due,
                             Optional<StoryPage> page) {
    }

    /**
     * Analyses a batch; when one article makes the batch fail, the articles are analysed one by one, so
     * that only the one that fails is lost, and it is reported with its source.
     */
    List<AnalyzedArticle> analyzeEach(List<Article> part, Consumer<IngestProblem> problems) {
        try {
            return analyzer.analyzeAll(part, true);
        } catch (RuntimeException batchFailure) {
            List<AnalyzedArticle> analyzed = new ArrayList<>();
            for (Article a : part) {
                try {
                    analyzed.addAll(analyzer.analyzeAll(List.of(a), true));
                } catch (RuntimeException e) {
                    problems.accept(new IngestProblem(a.url() == null ? a.id() : a.url(), "could not be analysed: " + e));
                }
            }
            return analyzed;
        }
    }

    /**
     * The story's page, or nothing when building it fails: that is reported with the story's sources and
     * the other stories go on.
     */
    private Optional<StoryPage> safePage(String storyId, List<AnalyzedArticle> articles, Consumer<IngestProblem> problems) {
        try {
            return Optional.of(page(storyId, articles));
        } catch (RuntimeException e) {
            String sources = articles.stream().map(a -> a.article().url() == null ? a.article().id() : a.article().url())
                    .limit(5).collect(java.util.stream.Collectors.joining(", "));
            problems.accept(new IngestProblem("story " + storyId, "its page could not be written (" + e
                    + "); its articles: " + sources + (articles.size() > 5 ? ", ..." : "")));
            return Optional.empty();
        }
    }

    /**
     * The document's article, or {@code null} after reporting why there is none: extraction failed, or
     * what it found does not read as human text ({@link TextLikeness}), so that random bytes never become
     * an article.
     */
    Article extract(RawDocument doc, Consumer<IngestProblem> problems) {
        try {
            Article a = extractor.extract(doc);
            Optional<String> notText = TextLikeness.refusal(Objects.toString(a.title(), "") + "\n" + a.text());
            if (notText.isPresent()) {
                problems.accept(doc.problem(notText.get()));
                return null;
            }
            return a;
        } catch (ExtractionException e) {
            problems.accept(doc.problem(e.getMessage()));
        } catch (RuntimeException e) {
            problems.accept(doc.problem("could not be read: " + e));
        }
        return null;
    }

    /** A fingerprint of the article text, so that the same text under another address is one article. */
    static String contentHash(Article a) {
        String normal = a.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
