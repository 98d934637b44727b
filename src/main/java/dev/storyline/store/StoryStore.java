package dev.storyline.store;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.StorylinePage;
import dev.storyline.story.StoryPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Where articles and story pages persist: by default an embedded SQLite database ({@code storyline.db}, WAL
 * journal) in the data folder ({@link #open}), or a PostgreSQL server shared by several Storyline processes
 * ({@link #connect}). Both keep the same schema, by the same Flyway migrations in {@code db/migration}, and
 * run the same SQL ({@link Database}; the SQL of each kind of row sits in {@link ArticleRows},
 * {@link PageVersions}, {@link StoryAliases}, {@link DuePages} and {@link StorylineRows}). Each article is kept as its analysis in
 * JSON plus its embeddings as one binary value; each story as its page in JSON, every version of it kept;
 * and each story whose page must be written again as a mark made with the change ({@link #markPageDue}).
 *
 * <p>Thread-safety: safe to share across threads, and several stores (in one process or many) may use the
 * same database at once. Every call runs on a pooled connection of its own unless the calling thread is
 * inside {@link #inTransaction}, in which case it joins that transaction. Readers never wait for writers.
 * Writers queue, one transaction at a time (see {@link Database}), which keeps version numbers, alias
 * chains and article moves whole and rules out deadlocks.
 */
public final class StoryStore implements AutoCloseable {

    /** The database file inside the data folder. */
    public static final String FILE_NAME = "storyline.db";

    private final Database db;
    private final ArticleRows articles;
    private final PageVersions pages;
    private final StoryAliases aliases;
    private final DuePages due;
    private final StorylineRows storylines;

    /**
     * A story whose page must be written again: marked {@code marks} times since its page was last written,
     * with how its reports changed hands meanwhile (for the change notes of its next version).
     */
    public record DuePage(String storyId, int marks, List<StoryPage.Regrouping> regroupings) {
        public DuePage {
            regroupings = List.copyOf(regroupings);
        }
    }

    /**
     * Told of every page this store saves and every story it deletes, on the thread that made the change
     * and inside its transaction when there is one (so what it reads through the store is what is being
     * written). The search index keeps up by it. A listener must not throw.
     */
    public interface PageListener {
        void saved(StoryPage page);

        void deleted(String storyId);
    }

    private final List<PageListener> listeners = new CopyOnWriteArrayList<>();

    /** What a retention pass removed: the stories by id, and how many articles and page versions went with them. */
    public record Removed(List<String> storyIds, int articles, int pageVersions) {
        public Removed {
            storyIds = List.copyOf(storyIds);
        }

        public int stories() {
            return storyIds.size();
        }
    }

    private StoryStore(Database db) {
        this.db = db;
        this.articles = new ArticleRows(db);
        this.pages = new PageVersions(db);
        this.aliases = new StoryAliases(db);
        this.due = new DuePages(db);
        this.storylines = new StorylineRows(db);
    }

    /**
     * Opens the store in {@code dataDir}, creating the folder and the database when missing and bringing
     * the schema up to date.
     *
     * @throws UncheckedIOException      when the folder cannot be created
     * @throws StoreUnavailableException when the database cannot be opened or migrated
     */
    public static StoryStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + dataDir, e);
        }
        return new StoryStore(Database.openSqlite(dataDir.resolve(FILE_NAME)));
    }

    /**
     * Connects to the PostgreSQL database at {@code jdbcUrl} ({@code jdbc:postgresql://HOST[:PORT]/DATABASE},
     * driver parameters such as {@code currentSchema} or {@code sslmode} allowed), creating the tables or
     * bringing them up to date. The database itself must exist.
     *
     * @param user     the role to log in as, or null to take it from the URL (or the driver's default)
     * @param password its password, or null for none or the one in the URL
     * @throws IllegalArgumentException  when the URL is not a PostgreSQL JDBC URL
     * @throws StoreUnavailableException when the server cannot be reached, refuses the login, or the schema
     *                                   cannot be migrated
     */
    public static StoryStore connect(String jdbcUrl, String user, String password) {
        return new StoryStore(Database.connectPostgres(jdbcUrl, user, password));
    }

    /** Where the store is, for messages: the SQLite file, or the JDBC URL without its parameters. */
    public String location() {
        return db.location();
    }

    // ---- articles ----

    public boolean containsArticle(String id) {
        return articles.contains(id);
    }

    /** Whether an article with this body hash (hex SHA-256 of its text) is stored, whatever its id. */
    public boolean containsContentHash(String sha256) {
        return articles.containsContentHash(sha256);
    }

    /** Inserts the article, or replaces the stored one with the same id (its story too). */
    public void saveArticle(AnalyzedArticle a, String storyId, String contentHash) {
        articles.save(a, storyId, contentHash);
    }

    /** The story's articles, oldest first (undated ones last). A damaged row is logged and left out. */
    public List<AnalyzedArticle> articlesOfStory(String storyId) {
        return articles.ofStory(storyId);
    }

    /**
     * Hands every stored article with its story id to {@code f}, one row at a time (the table is never
     * held in memory whole), for rebuilding in-memory indexes at start. A damaged row is logged and
     * skipped.
     */
    public void forEachArticle(BiConsumer<AnalyzedArticle, String> f) {
        articles.forEach(f);
    }

    /** Re-files every article of {@code fromStory} under {@code toStory} (a merge); returns how many moved. */
    public int moveArticles(String fromStory, String toStory) {
        return articles.moveStory(fromStory, toStory);
    }

    /** Moves the listed articles to {@code toStory}, as when a story is split in two. */
    public void assignArticles(List<String> articleIds, String toStory) {
        articles.move(articleIds, toStory);
    }

    public int articleCount() {
        return articles.count();
    }

    // ---- stories ----

    /**
     * Stores the page as its story's newest version, keeping every earlier one, and records on it what
     * changed since the previous version ({@link StoryPage#changes()}). A page that says exactly what the
     * newest stored version says adds no version. Returns the page as stored (version number and changes
     * set).
     */
    public StoryPage saveStory(StoryPage page) {
        return saveStory(page, List.of());
    }

    /**
     * Stores the page as {@link #saveStory(StoryPage)} does, recording also how the story's reports changed
     * hands since its previous version (merges, reports moved to or from another story). A first version
     * records none: it has nothing to compare with.
     */
    public StoryPage saveStory(StoryPage page, List<StoryPage.Regrouping> regroupings) {
        StoryPage saved = pages.save(page, regroupings);
        listeners.forEach(l -> l.saved(saved));
        return saved;
    }

    /** Tells {@code listener} of every page saved and story deleted from now on. */
    public void addPageListener(PageListener listener) {
        listeners.add(listener);
    }

    public void removePageListener(PageListener listener) {
        listeners.remove(listener);
    }

    /** Every stored version of the story's page, newest first; empty when the story is unknown. */
    public List<StoryPage> versions(String id) {
        return pages.versions(id);
    }

    public Optional<StoryPage> story(String id) {
        return pages.story(id);
    }

    /** Every stored page, most recently updated first. A damaged row is logged and left out. */
    public List<StoryPage> stories() {
        return pages.stories();
    }

    /**
     * Removes the page. Its articles and any aliases pointing at it stay: a merge moves the articles and
     * adds the alias before deleting the old page.
     */
    public void deleteStory(String id) {
        pages.delete(id);
        listeners.forEach(l -> l.deleted(id));
    }

    /**
     * Records that story {@code oldId} now lives on as {@code newId}. Aliases are kept flat: those that
     * pointed at {@code oldId} are re-pointed, and an alias to an id that is itself an alias follows it.
     *
     * @throws IllegalArgumentException when both ids are the same
     */
    public void addAlias(String oldId, String newId) {
        aliases.add(oldId, newId);
    }

    /** The id that story {@code id} was merged into, or empty when {@code id} is not an alias. */
    public Optional<String> resolveAlias(String id) {
        return aliases.resolve(id);
    }

    /**
     * Removes every story whose articles were all published before {@code cutoff}, with those articles and
     * every version of its page; a story with a newer or undated article, or a page due, stays whole.
     */
    public Removed removeStoriesPublishedBefore(Instant cutoff) {
        Removed removed = new Retention(db).removeQuietBefore(cutoff);
        // after the commit, so that the search index never drops a story the store still holds
        removed.storyIds().forEach(id -> listeners.forEach(l -> l.deleted(id)));
        return removed;
    }

    // ---- pages due ----

    /**
     * Marks the story's page as due to be written again, keeping how its reports changed hands. Made in the
     * transaction that changes the story, the mark outlives a run stopped before the page is written.
     */
    public void markPageDue(String storyId) {
        due.mark(storyId);
    }

    /** Marks the story's page as due, as {@link #markPageDue(String)}, with these regroupings in place of the kept ones. */
    public void markPageDue(String storyId, List<StoryPage.Regrouping> regroupings) {
        due.mark(storyId, regroupings);
    }

    /** The story's mark, or empty when its page is not due. */
    public Optional<DuePage> duePage(String storyId) {
        return due.of(storyId);
    }

    /** The stories whose pages are due, in id order. */
    public List<String> duePages() {
        return due.all();
    }

    /** Removes the story's mark whatever it says, as when the story was merged away. */
    public void clearDuePage(String storyId) {
        due.clear(storyId);
    }

    /**
     * Records that the page the mark {@code written} asked for has been saved: the mark goes, unless the
     * story was marked again since it was read, in which case it stays (without the regroupings the saved
     * page recorded) for the newer articles.
     */
    public void pageWritten(DuePage written) {
        due.written(written);
    }

    /**
     * Runs SQL of another package against its own tables in this database (the feed subscriptions of
     * {@code follow}), on the store's connections: inside the calling thread's {@link #inTransaction} when
     * there is one, and with the write lock taken first when {@code writes}, as every write here does.
     */
    public <R> R withHandle(boolean writes, Function<Handle, R> work) {
        return writes ? db.write(work::apply) : db.read(work::apply);
    }

    // ---- storylines ----

    /** Records that the story, linked by this profile, is in storyline {@code storylineId}. */
    public void linkStory(ArcLinker.StoryProfile profile, String storylineId) {
        storylines.link(profile, storylineId);
    }

    /** Forgets the story's storyline, as when it was merged away or lost its articles. */
    public void unlinkStory(String storyId) {
        storylines.unlink(storyId);
    }

    /** The storyline the story is in, or empty when it has not been linked. */
    public Optional<String> storylineOf(String storyId) {
        return storylines.storylineOf(storyId);
    }

    /** How many stories are linked to a storyline. */
    public int linkedStoryCount() {
        return storylines.linkCount();
    }

    /** Hands every linked story's profile with its storyline id to {@code f}, to restore a linker. */
    public void forEachStorylineLink(BiConsumer<ArcLinker.StoryProfile, String> f) {
        storylines.forEachLink(f);
    }

    /** Linked stories that have since been merged into another (their ids are aliases now). */
    public List<String> linkedStoriesMergedAway() {
        return storylines.mergedAway();
    }

    /** Stories with articles that are in no storyline yet, as in a store filled before storylines were kept. */
    public List<String> unlinkedStories() {
        return storylines.unlinked();
    }

    /** Stores the storyline's page, replacing the one before. */
    public void saveStoryline(StorylinePage page) {
        storylines.save(page);
    }

    public Optional<StorylinePage> storyline(String id) {
        return storylines.page(id);
    }

    /** Removes the storyline's page (its last story left it). */
    public void deleteStoryline(String id) {
        storylines.delete(id);
    }

    // ---- transactions ----

    /**
     * Runs {@code work} as one transaction: every store call it makes on this thread commits together, or
     * none does when it throws (the exception is passed on). A call inside another {@code inTransaction}
     * on the same thread joins the outer transaction.
     */
    public void inTransaction(Runnable work) {
        db.inTransaction(h -> {
            work.run();
            return null;
        });
    }

    /**
     * Closes the connections (on SQLite after folding the WAL back into the database file); the store cannot
     * be used afterwards.
     */
    @Override
    public void close() {
        db.close();
    }
}
