package dev.storyline.cli;

import dev.storyline.arc.StorylinePage;
import dev.storyline.category.Report;
import dev.storyline.category.StoryCategorizer;
import dev.storyline.rank.TopHeadlines;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import dev.storyline.web.StoryCatalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The web server's view of the store: stories in Top Headlines order, merged ids resolved.
 *
 * <p>The ranked front page is kept in memory and rebuilt in the background, so that a request never
 * waits for thousands of pages to be read and ranked (that took the front page under 2,000 requests a
 * second at 90 stories): at most once every {@link #CHECK_EVERY} a request starts a check, which rebuilds
 * when the store's article count changed (every ingest that adds articles) or the list is older than
 * {@link #REBUILD_EVERY} (ranking ages with time). Requests meanwhile get the previous list, so the front
 * page may lag an ingest by about a second. Single story pages are always read from the store.
 */
final class StoredCatalog implements StoryCatalog {

    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    static final Duration REBUILD_EVERY = Duration.ofMinutes(10);

    /** The ranked list, with the article count and time it was built at. */
    private record Snapshot(List<StoryPage> ranked, int articles, long builtNanos) {
    }

    /** Classifies pages stored before categories from their words and links alone. */
    private static final StoryCategorizer PLAIN = new StoryCategorizer(null);

    private final StoryStore store;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Snapshot snapshot;
    private volatile long lastCheckNanos;

    StoredCatalog(StoryStore store) {
        this.store = store;
    }

    @Override
    public List<StoryPage> topStories() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = build();
                }
                return snapshot.ranked();
            }
        }
        long now = System.nanoTime();
        if (now - lastCheckNanos > CHECK_EVERY.toNanos() && checking.compareAndSet(false, true)) {
            lastCheckNanos = now;
            Thread.ofVirtual().name("front-page-refresh").start(() -> refresh(current));
        }
        return current.ranked();
    }

    private void refresh(Snapshot seen) {
        try {
            if (store.articleCount() != seen.articles() || System.nanoTime() - seen.builtNanos() > REBUILD_EVERY.toNanos()) {
                snapshot = build();
            }
        } catch (RuntimeException e) {
            // The store is briefly unavailable (closing, locked): the previous list stays until the next check.
        } finally {
            checking.set(false);
        }
    }

    private Snapshot build() {
        int articles = store.articleCount();
        List<StoryPage> pages = store.stories().stream().map(StoredCatalog::categorized).toList();
        return new Snapshot(List.copyOf(TopHeadlines.rank(pages)), articles, System.nanoTime());
    }

    /**
     * The page with a category: a page stored before categories gets one from what it shows (its
     * sources' links and titles, its headline and sections), without embeddings, until it is next written.
     */
    static StoryPage categorized(StoryPage page) {
        if (page.category() != null) {
            return page;
        }
        List<Report> reports = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        page.sections().forEach(s -> s.sentences().forEach(c -> text.append(c.text()).append(' ')));
        reports.add(new Report(null, page.headline(), text.toString(), List.of(), null));
        page.sources().forEach(s -> reports.add(new Report(s.url(), s.title(), "", List.of(), null)));
        return page.withCategory(PLAIN.categorize(reports).label());
    }

    @Override
    public Optional<StoryPage> story(String id) {
        return store.story(id);
    }

    @Override
    public List<StoryPage> versions(String id) {
        return store.versions(id);
    }

    @Override
    public Optional<String> canonicalId(String id) {
        return store.resolveAlias(id);
    }

    @Override
    public Optional<StorylinePage> storyline(String id) {
        return store.storyline(id);
    }

    @Override
    public Optional<StorylinePage> storylineOf(String storyId) {
        return store.storylineOf(storyId).flatMap(store::storyline);
    }
}
