package dev.storyline.search;

import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Full-text search over the stored stories: one Lucene document per story (headline, sections and
 * timeline, its sources' titles, its articles' text, its publishers), ranked by BM25, kept on disk in a
 * folder beside the store ({@link #FOLDER} in the data folder).
 *
 * <p>The index is derived data. It is rebuilt from the store when missing, written by another index
 * format, or stale: the store's article count differs from the one recorded at the index's last commit
 * (an ingest by another process, a crash before the commit). While open it follows the store: every
 * page saved or story deleted through this process's {@link StoryStore} updates its document at once
 * ({@link StoryStore.PageListener}), and at most every {@link #CHECK_EVERY_NANOS} a search checks the
 * article count and, when another process changed the store, rebuilds in the background while the old
 * index keeps answering. Only one process may hold an index open: a second gets
 * {@link IndexInUseException}.
 *
 * <p>Thread-safety: searches and updates may run concurrently from any thread.
 */
public final class StorySearch implements AutoCloseable {

    /** The index folder inside the data folder. */
    public static final String FOLDER = "search-index";
    /** Bumped when the documents change shape, so that an older index is rebuilt, not misread. */
    static final String FORMAT = "1";
    static final long CHECK_EVERY_NANOS = 5_000_000_000L;
    /**
     * The most results one query ranks, and the count up to which its total is exact: past it Lucene may
     * skip blocks of documents that cannot reach the top, which a query every story matches needs.
     */
    public static final int MAX_DEPTH = 1_000;
    /** The most parsed pages kept; past it the cache starts again (a bound, not an eviction policy). */
    static final int PARSED_PAGES = 5_000;
    private static final String FORMAT_KEY = "storyline.format";
    private static final String ARTICLES_KEY = "storyline.articles";
    private static final Logger LOG = LoggerFactory.getLogger(StorySearch.class);

    /**
     * One page of results: the matching stories' count (exact up to {@link #MAX_DEPTH}, else a lower
     * bound, as {@code exact} says) and this page's stories, best first.
     */
    public record Results(long total, boolean exact, List<StoryPage> stories) {
        public Results {
            stories = List.copyOf(stories);
        }
    }

    /** Thrown by {@link #open} when another process holds the index open. */
    public static final class IndexInUseException extends IllegalStateException {
        IndexInUseException(Path folder, Throwable cause) {
            super("the search index " + folder + " is in use by another Storyline process", cause);
        }
    }

    private final StoryStore store;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchQuery queries = new SearchQuery();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Pages of recent results, parsed once per indexed document rather than on every search that finds them. */
    private final Map<ParsedKey, StoryPage> pageCache = new ConcurrentHashMap<>();
    private final StoryStore.PageListener listener;
    private volatile int indexedArticles;
    /** Whether documents changed since the searcher was last reopened. */
    private volatile boolean changed;
    private volatile long lastCheckNanos = System.nanoTime();

    private StorySearch(StoryStore store, Directory directory) throws IOException {
        this.store = store;
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(SearchDocuments.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        this.listener = new StoryStore.PageListener() {
            @Override
            public void saved(StoryPage page) {
                update(page);
            }

            @Override
            public void deleted(String storyId) {
                remove(storyId);
            }
        };
    }

    /**
     * Opens the index in {@code dataDir}/{@value #FOLDER}, building it from {@code store} first when it is
     * missing or stale, and keeps it up to date with the pages {@code store} saves from now on.
     *
     * @throws IndexInUseException  when another process holds the index
     * @throws UncheckedIOException when the folder cannot be read or written
     */
    public static StorySearch open(Path dataDir, StoryStore store) {
        Path folder = dataDir.resolve(FOLDER);
        StorySearch search;
        try {
            search = new StorySearch(store, FSDirectory.open(folder));
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException(folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index " + folder, e);
        }
        // listening before the catch-up, so that no page saved meanwhile is missed
        store.addPageListener(search.listener);
        try {
            search.catchUpAtOpen();
        } catch (RuntimeException e) {
            search.close();
            throw e;
        }
        return search;
    }

    /** Whether the index in {@code dataDir} exists and was built from the store as it is (so opening it builds nothing). */
    public static boolean isCurrent(Path dataDir, StoryStore store) {
        try (Directory d = FSDirectory.open(dataDir.resolve(FOLDER))) {
            if (!DirectoryReader.indexExists(d)) {
                return false;
            }
            return current(SegmentInfos.readLatestCommit(d).getUserData(), store.articleCount());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean current(Map<String, String> recorded, int articles) {
        return FORMAT.equals(recorded.get(FORMAT_KEY)) && Integer.toString(articles).equals(recorded.get(ARTICLES_KEY));
    }

    private void catchUpAtOpen() {
        Map<String, String> recorded = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(e -> recorded.put(e.getKey(), e.getValue()));
        int articles = store.articleCount();
        if (current(recorded, articles)) {
            indexedArticles = articles;
        } else {
            rebuild();
        }
    }

    /** Reads every stored page and its articles into a fresh index; returns how many stories it holds. */
    public int rebuild() {
        try {
            int articles = store.articleCount();
            writer.deleteAll();
            int n = 0;
            for (StoryPage page : store.stories()) {
                writer.updateDocument(new Term(SearchDocuments.ID, page.id()),
                        SearchDocuments.of(page, store.articlesOfStory(page.id())));
                n++;
            }
            pageCache.clear();
            commit(articles);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
    }

    /** Replaces the story's document with one for this page (its articles read from the store). */
    public void update(StoryPage page) {
        try {
            writer.updateDocument(new Term(SearchDocuments.ID, page.id()),
                    SearchDocuments.of(page, store.articlesOfStory(page.id())));
            indexedArticles = store.articleCount();
            // seen by the next search, not reopened per page: an ingest saves pages by the thousand
            changed = true;
        } catch (IOException | RuntimeException e) {
            // A page must never fail to save because its search document did not: the index is rebuilt at the next open.
            LOG.warn("search index not updated for story {}: {}", page.id(), e.toString());
            indexedArticles = -1;
        }
    }

    /** Removes the story's document. */
    public void remove(String storyId) {
        try {
            writer.deleteDocuments(new Term(SearchDocuments.ID, storyId));
            changed = true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index not updated for deleted story {}: {}", storyId, e.toString());
            indexedArticles = -1;
        }
    }

    /**
     * The stories matching {@code text} (words, {@code "phrases"}, {@code publisher:name} or
     * {@code publisher:"two words"}, and Lucene's query syntax), best first, from {@code offset}.
     *
     * @param publisher a publisher to filter on besides any in the text, or {@code null}
     * @return no stories when the query holds neither a word nor a publisher, or when {@code offset} is
     *         {@link #MAX_DEPTH} or more
     */
    public Results search(String text, String publisher, int offset, int limit) {
        maybeCatchUp();
        refreshIfChanged();
        SearchQuery.Parsed parsed = queries.parse(text, publisher).orElse(null);
        if (parsed == null) {
            return new Results(0, true, List.of());
        }
        // deeper pages are not served: no reader pages that far, and the collector's queue would grow with the offset
        int wanted = (int) Math.max(1, Math.min((long) offset + limit, MAX_DEPTH));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(parsed.allWords(), new TopScoreDocCollectorManager(wanted, MAX_DEPTH));
                if (top.totalHits.value() == 0 && parsed.anyWord() != null) {
                    // no story has every word: rank those with some of them rather than show nothing
                    top = searcher.search(parsed.anyWord(), new TopScoreDocCollectorManager(wanted, MAX_DEPTH));
                }
                List<StoryPage> pages = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
                for (int i = offset; i < docs.length; i++) {
                    pages.add(page(searcher, leaves, docs[i].doc));
                }
                return new Results(top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, pages);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /**
     * The page of a hit, parsed once per indexed document: a changed story is a new document (in a new
     * segment), so a cached page is never older than the index.
     */
    private StoryPage page(IndexSearcher searcher, List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
        if (segment == null) {
            return StoryJson.readPage(searcher.storedFields().document(doc).get(SearchDocuments.PAGE));
        }
        ParsedKey key = new ParsedKey(segment.getKey(), doc - leaf.docBase);
        StoryPage cached = pageCache.get(key);
        if (cached != null) {
            return cached;
        }
        StoryPage page = StoryJson.readPage(searcher.storedFields().document(doc).get(SearchDocuments.PAGE));
        if (pageCache.size() >= PARSED_PAGES) {
            pageCache.clear();
        }
        pageCache.put(key, page);
        return page;
    }

    /** A document of one segment. */
    private record ParsedKey(IndexReader.CacheKey segment, int doc) {
    }

    /** The number of stories in the index as last refreshed. */
    public int size() {
        refreshIfChanged();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshIfChanged() {
        if (changed) {
            changed = false;
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reopen the search index", e);
            }
        }
    }

    /** Starts a background rebuild when another process changed the store's articles since the index saw them. */
    private void maybeCatchUp() {
        long now = System.nanoTime();
        if (now - lastCheckNanos < CHECK_EVERY_NANOS || !rebuilding.compareAndSet(false, true)) {
            return;
        }
        lastCheckNanos = now;
        Thread.ofVirtual().name("search-index-check").start(() -> {
            try {
                if (store.articleCount() != indexedArticles) {
                    LOG.info("search index: the store changed outside this process; rebuilding");
                    rebuild();
                }
            } catch (RuntimeException | Error e) {
                LOG.warn("search index not rebuilt: {}", e.toString());
            } finally {
                rebuilding.set(false);
            }
        });
    }

    private void commit(int articles) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, ARTICLES_KEY, Integer.toString(articles)).entrySet());
        writer.commit();
        indexedArticles = articles;
        searchers.maybeRefresh();
    }

    /** Commits what the updates added (with the store's article count), stops following the store and closes the index. */
    @Override
    public void close() {
        store.removePageListener(listener);
        try {
            if (writer.isOpen()) {
                if (indexedArticles >= 0) {
                    commit(indexedArticles);
                }
                searchers.close();
                writer.close();
            }
            directory.close();
        } catch (IOException | AlreadyClosedException e) {
            LOG.warn("search index not closed cleanly (it is rebuilt at the next open): {}", e.toString());
        }
    }

    /** Whether the index holds a committed build (for tests and the bench). */
    static boolean exists(Path dataDir) throws IOException {
        try (Directory d = FSDirectory.open(dataDir.resolve(FOLDER))) {
            return DirectoryReader.indexExists(d);
        }
    }
}
