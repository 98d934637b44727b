package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.story.PageChanges;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Where articles and story pages persist: by default an embedded SQLite database ({@code storyline.db}, WAL
 * journal) in the data folder ({@link #open}), or a PostgreSQL server shared by several Storyline processes
 * ({@link #connect}). Both keep the same schema, by the same Flyway migrations in {@code db/migration}, and
 * run the same SQL. Each article is kept as its analysis in JSON plus its embeddings as one binary value;
 * each story as its page in JSON plus the columns that ranking reads ({@code updated}, {@code article_count},
 * {@code publisher_count}).
 *
 * <p>Thread-safety: safe to share across threads, and several stores (in one process or many) may use the
 * same database at once. Every call runs on a connection of its own (a few are kept open between calls)
 * unless the calling thread is inside {@link #inTransaction}, in which case it joins that transaction.
 * Readers never wait for writers. Writers queue: on SQLite on its database lock (busy timeout 30 s), taken
 * when a transaction begins; on PostgreSQL on one advisory lock, taken at a transaction's first write, so
 * that work before it (analysis) runs in parallel while writes are applied one transaction at a time. That
 * order is what keeps version numbers, alias chains and article moves whole, and it rules out deadlocks.
 */
public final class StoryStore implements AutoCloseable {

    /** The database file inside the data folder. */
    public static final String FILE_NAME = "storyline.db";

    private static final Logger LOG = LoggerFactory.getLogger(StoryStore.class);
    private static final int BUSY_TIMEOUT_MS = 30_000;

    /** Idle connections kept open: enough for the ingest writer and a few concurrent page reads. */
    private static final int IDLE_CONNECTIONS = 4;

    /**
     * Idle time after which a PostgreSQL connection is checked (one round trip) before reuse. A SQLite
     * connection is a file handle that does not die while idle, so it is never checked.
     */
    private static final Duration CHECK_IDLE_SERVER_CONNECTION = Duration.ofSeconds(10);
    private static final Duration NEVER = Duration.ofNanos(Long.MAX_VALUE);

    /**
     * The PostgreSQL advisory lock that writers take: an arbitrary constant ("StoryLin" in ASCII) shared by
     * every Storyline process on the database.
     */
    private static final long WRITE_LOCK = 0x53746f72794c696eL;

    /** Rows fetched per round trip when scanning every article, so that PostgreSQL streams the table. */
    private static final int SCAN_FETCH_ROWS = 256;

    /** The database engines the store runs on; the SQL is the same, these are the few differences. */
    private enum Engine {
        SQLITE("BLOB"), POSTGRESQL("BYTEA");

        final String binaryType;

        Engine(String binaryType) {
            this.binaryType = binaryType;
        }
    }

    /** The transaction open on a thread, and whether it holds the write lock yet. */
    private static final class Transaction {
        final Handle handle;
        boolean writeLocked;

        Transaction(Handle handle) {
            this.handle = handle;
        }
    }

    private final String location;
    private final Engine engine;
    private final ConnectionPool connections;
    private final Jdbi jdbi;
    private final ThreadLocal<Transaction> transaction = new ThreadLocal<>();
    private volatile boolean closed;

    private StoryStore(String location, Engine engine, ConnectionPool connections) {
        this.location = location;
        this.engine = engine;
        this.connections = connections;
        this.jdbi = Jdbi.create(connections);
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
        Path file = dataDir.resolve(FILE_NAME);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL is safe in WAL: a crash never corrupts, it can only forget the last commits on power loss.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A deferred transaction that reads first and writes later can fail with SQLITE_BUSY at once when
        // another writer got in between; taking the write lock at BEGIN makes writers simply queue.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(dataSource, Engine.SQLITE, file.toString());
        return new StoryStore(file.toString(), Engine.SQLITE, new ConnectionPool(dataSource, IDLE_CONNECTIONS, NEVER));
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
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        // Parameters may carry a password: messages and location() show the URL without them.
        String shown = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL " + shown
                    + ": expected jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed database URL " + shown
                    + ": expected jdbc:postgresql://HOST[:PORT]/DATABASE", e);
        }
        if (user != null && !user.isBlank()) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName("storyline");
        String who = dataSource.getUser() == null ? "" : " as " + dataSource.getUser();
        // Tried apart from the migration so that an unreachable server or a refused login reads as such.
        try (Connection probe = dataSource.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot connect to the store " + shown + who + ": " + reason(e), e);
        }
        migrate(dataSource, Engine.POSTGRESQL, shown);
        return new StoryStore(shown, Engine.POSTGRESQL,
                new ConnectionPool(dataSource, IDLE_CONNECTIONS, CHECK_IDLE_SERVER_CONNECTION));
    }

    /** The driver's message, with the underlying cause when the message alone says too little. */
    private static String reason(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        // A refused connection the driver spells out itself; a failed lookup or a timeout it only calls
        // "the connection attempt failed".
        if (root == e || root.getMessage() == null || root instanceof ConnectException || message.contains(root.getMessage())) {
            return message;
        }
        return message + " (" + (root instanceof UnknownHostException ? "unknown host " : "") + root.getMessage() + ")";
    }

    private static void migrate(DataSource dataSource, Engine engine, String location) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("binary_type", engine.binaryType))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open or migrate the store " + location + ": " + e.getMessage(), e);
        }
    }

    /** Where the store is, for messages: the SQLite file, or the JDBC URL without its parameters. */
    public String location() {
        return location;
    }

    // ---- articles ----

    public boolean containsArticle(String id) {
        return withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one() > 0);
    }

    /** Whether an article with this body hash (hex SHA-256 of its text) is stored, whatever its id. */
    public boolean containsContentHash(String sha256) {
        return withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article WHERE content_hash = :hash")
                .bind("hash", sha256).mapTo(Integer.class).one() > 0);
    }

    /** Inserts the article, or replaces the stored one with the same id (its story too). */
    public void saveArticle(AnalyzedArticle a, String storyId, String contentHash) {
        String analysis = json(ArticleVectors.strip(a), "article " + a.id());
        byte[] vectors = ArticleVectors.encode(a);
        write(h -> h.createUpdate("""
                        INSERT INTO article (id, story_id, content_hash, published_ms, analysis, vectors)
                        VALUES (:id, :story, :hash, :published, :analysis, :vectors)
                        ON CONFLICT (id) DO UPDATE SET story_id = excluded.story_id,
                            content_hash = excluded.content_hash, published_ms = excluded.published_ms,
                            analysis = excluded.analysis, vectors = excluded.vectors""")
                .bind("id", a.id())
                .bind("story", storyId)
                .bind("hash", contentHash)
                .bind("published", millis(a.published()))
                .bind("analysis", analysis)
                .bind("vectors", vectors)
                .execute());
    }

    /** The story's articles, oldest first (undated ones last). A damaged row is logged and left out. */
    public List<AnalyzedArticle> articlesOfStory(String storyId) {
        return withHandle(h -> {
            List<AnalyzedArticle> out = new ArrayList<>();
            h.createQuery("""
                            SELECT id, analysis, vectors FROM article WHERE story_id = :story
                            ORDER BY CASE WHEN published_ms IS NULL THEN 1 ELSE 0 END, published_ms, id""")
                    .bind("story", storyId)
                    .map((rs, ctx) -> readArticle(rs))
                    .forEach(a -> a.ifPresent(out::add));
            return out;
        });
    }

    /**
     * Hands every stored article with its story id to {@code f}, one row at a time (the table is never
     * held in memory whole), for rebuilding in-memory indexes at start. A damaged row is logged and
     * skipped.
     */
    public void forEachArticle(BiConsumer<AnalyzedArticle, String> f) {
        Runnable scan = () -> withHandle(h -> {
            h.createQuery("SELECT id, story_id, analysis, vectors FROM article ORDER BY id")
                    .setFetchSize(SCAN_FETCH_ROWS)
                    .map((rs, ctx) -> {
                        String story = rs.getString("story_id");
                        return readArticle(rs).map(a -> Map.entry(a, story));
                    })
                    .useIterator(rows -> rows.forEachRemaining(row -> row.ifPresent(e -> f.accept(e.getKey(), e.getValue()))));
            return null;
        });
        // PostgreSQL streams a result only inside a transaction (otherwise it sends every row at once). On
        // SQLite a transaction would take the write lock for the whole scan, so there it is left out.
        if (engine == Engine.POSTGRESQL && transaction.get() == null) {
            inTransaction(scan);
        } else {
            scan.run();
        }
    }

    /** Re-files every article of {@code fromStory} under {@code toStory} (a merge); returns how many moved. */
    public int moveArticles(String fromStory, String toStory) {
        return write(h -> h.createUpdate("UPDATE article SET story_id = :to WHERE story_id = :from")
                .bind("from", fromStory).bind("to", toStory).execute());
    }

    /** Moves the listed articles to {@code toStory}, as when a story is split in two. */
    public void assignArticles(List<String> articleIds, String toStory) {
        if (articleIds.isEmpty()) {
            return;
        }
        write(h -> {
            var batch = h.prepareBatch("UPDATE article SET story_id = :to WHERE id = :id");
            for (String id : articleIds) {
                batch.bind("to", toStory).bind("id", id).add();
            }
            return batch.execute();
        });
    }

    public int articleCount() {
        return withHandle(h -> h.createQuery("SELECT COUNT(*) FROM article").mapTo(Integer.class).one());
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
        StoryPage[] saved = new StoryPage[1];
        inTransaction(() -> saved[0] = write(h -> {
            Optional<StoryPage> latest = latestVersion(h, page.id());
            if (latest.isPresent() && regroupings.isEmpty() && sameContent(latest.get(), page)) {
                return latest.get();
            }
            Instant now = Instant.now();
            StoryPage versioned = latest
                    .map(prev -> page.asVersion(prev.version() + 1,
                            PageChanges.between(prev, prev.version(), savedAt(h, page.id(), prev.version()), page)
                                    .withRegroupings(regroupings)))
                    .orElse(page.asVersion(1, null));
            String json = json(versioned, "story " + page.id());
            h.createUpdate("""
                            INSERT INTO story_version (story_id, version, saved_ms, page)
                            VALUES (:id, :version, :saved, :page)""")
                    .bind("id", page.id())
                    .bind("version", versioned.version())
                    .bind("saved", now.toEpochMilli())
                    .bind("page", json)
                    .execute();
            h.createUpdate("""
                            INSERT INTO story (id, headline, updated_ms, article_count, publisher_count, page)
                            VALUES (:id, :headline, :updated, :articles, :publishers, :page)
                            ON CONFLICT (id) DO UPDATE SET headline = excluded.headline,
                                updated_ms = excluded.updated_ms, article_count = excluded.article_count,
                                publisher_count = excluded.publisher_count, page = excluded.page""")
                    .bind("id", page.id())
                    // PostgreSQL refuses NUL in text; the JSON columns escape it, this plain one must drop it.
                    .bind("headline", page.headline() == null ? "" : page.headline().replace("\u0000", ""))
                    .bind("updated", millis(page.updated()))
                    .bind("articles", page.articleCount())
                    .bind("publishers", page.publisherCount())
                    .bind("page", json)
                    .execute();
            return versioned;
        }));
        return saved[0];
    }

    /** Every stored version of the story's page, newest first; empty when the story is unknown. */
    public List<StoryPage> versions(String id) {
        return withHandle(h -> {
            List<StoryPage> out = new ArrayList<>();
            h.createQuery("SELECT story_id AS id, version, page FROM story_version WHERE story_id = :id ORDER BY version DESC")
                    .bind("id", id)
                    .map((rs, ctx) -> readVersion(rs))
                    .forEach(p -> p.ifPresent(out::add));
            return out;
        });
    }

    private Optional<StoryPage> latestVersion(Handle h, String id) {
        return h.createQuery("""
                        SELECT story_id AS id, version, page FROM story_version WHERE story_id = :id
                        ORDER BY version DESC LIMIT 1""")
                .bind("id", id)
                .map((rs, ctx) -> readVersion(rs))
                .findFirst()
                .flatMap(Function.identity());
    }

    private static Instant savedAt(Handle h, String id, int version) {
        return h.createQuery("SELECT saved_ms FROM story_version WHERE story_id = :id AND version = :v")
                .bind("id", id).bind("v", version).mapTo(Long.class).findOne().map(Instant::ofEpochMilli).orElse(null);
    }

    /** The stored page with the version number of its row (pages from before versions say 0). */
    private Optional<StoryPage> readVersion(ResultSet rs) throws SQLException {
        int version = rs.getInt("version");
        return readPage(rs).map(p -> p.asVersion(version, p.changes()));
    }

    /** True when the pages say the same, whatever their version numbers and change notes. */
    private static boolean sameContent(StoryPage a, StoryPage b) {
        return a.asVersion(0, null).equals(b.asVersion(0, null));
    }

    public Optional<StoryPage> story(String id) {
        return withHandle(h -> h.createQuery("SELECT id, page FROM story WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> readPage(rs))
                .findFirst()
                .flatMap(Function.identity()));
    }

    /** Every stored page, most recently updated first. A damaged row is logged and left out. */
    public List<StoryPage> stories() {
        return withHandle(h -> {
            List<StoryPage> out = new ArrayList<>();
            h.createQuery("""
                            SELECT id, page FROM story
                            ORDER BY CASE WHEN updated_ms IS NULL THEN 1 ELSE 0 END, updated_ms DESC, id""")
                    .map((rs, ctx) -> readPage(rs))
                    .forEach(p -> p.ifPresent(out::add));
            return out;
        });
    }

    /**
     * Removes the page. Its articles and any aliases pointing at it stay: a merge moves the articles and
     * adds the alias before deleting the old page.
     */
    public void deleteStory(String id) {
        write(h -> h.createUpdate("DELETE FROM story WHERE id = :id").bind("id", id).execute());
    }

    /**
     * Records that story {@code oldId} now lives on as {@code newId}. Aliases are kept flat: those that
     * pointed at {@code oldId} are re-pointed, and an alias to an id that is itself an alias follows it.
     *
     * @throws IllegalArgumentException when both ids are the same
     */
    public void addAlias(String oldId, String newId) {
        if (oldId.equals(newId)) {
            throw new IllegalArgumentException("a story cannot be an alias of itself: " + oldId);
        }
        inTransaction(() -> write(h -> {
            String target = resolveAlias(newId).orElse(newId);
            if (target.equals(oldId)) {
                // newId had been merged into oldId and now goes the other way: newId is live again.
                h.createUpdate("DELETE FROM story_alias WHERE old_id = :id").bind("id", newId).execute();
                target = newId;
            }
            h.createUpdate("UPDATE story_alias SET new_id = :target WHERE new_id = :old")
                    .bind("target", target).bind("old", oldId).execute();
            h.createUpdate("""
                            INSERT INTO story_alias (old_id, new_id) VALUES (:old, :target)
                            ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id""")
                    .bind("old", oldId).bind("target", target).execute();
            return null;
        }));
    }

    /** The id that story {@code id} was merged into, or empty when {@code id} is not an alias. */
    public Optional<String> resolveAlias(String id) {
        return withHandle(h -> h.createQuery("SELECT new_id FROM story_alias WHERE old_id = :id")
                .bind("id", id).mapTo(String.class).findOne());
    }

    /**
     * Runs SQL of another package against its own tables in this database (the feed subscriptions of
     * {@code follow}), on the store's connections: inside the calling thread's {@link #inTransaction} when
     * there is one, and with the write lock taken first when {@code writes}, as every write here does.
     */
    public <R> R withHandle(boolean writes, Function<Handle, R> work) {
        return writes ? write(work) : withHandle(work);
    }

    // ---- transactions ----

    /**
     * Runs {@code work} as one transaction: every store call it makes on this thread commits together, or
     * none does when it throws (the exception is passed on). A call inside another {@code inTransaction}
     * on the same thread joins the outer transaction.
     */
    public void inTransaction(Runnable work) {
        if (transaction.get() != null) {
            work.run();
            return;
        }
        ensureOpen();
        try (Handle h = jdbi.open()) {
            h.begin();
            if (engine == Engine.POSTGRESQL) {
                // Each statement must see what writers committed before it, in particular once this
                // transaction holds the write lock, whatever default the server was given.
                h.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
            transaction.set(new Transaction(h));
            try {
                work.run();
                h.commit();
            } catch (RuntimeException | Error e) {
                try {
                    h.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                transaction.remove();
            }
        }
    }

    /**
     * Closes the connections (on SQLite after folding the WAL back into the database file); the store cannot
     * be used afterwards. Calls still running on other threads finish on their own connections.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (engine == Engine.SQLITE) {
            try {
                jdbi.useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
            } catch (RuntimeException e) {
                // The WAL is folded in by the next open anyway; nothing is lost.
                LOG.debug("checkpoint on close of {} failed: {}", location, e.toString());
            }
        }
        connections.close();
    }

    // ---- internals ----

    private <R> R withHandle(Function<Handle, R> work) {
        Transaction current = transaction.get();
        if (current != null) {
            return work.apply(current.handle);
        }
        ensureOpen();
        return jdbi.withHandle(work::apply);
    }

    /**
     * Runs a write. On PostgreSQL it first takes the write lock for the rest of the transaction, and a write
     * outside any transaction gets one of its own: a lone statement that locked rows without the write lock
     * could deadlock with a transaction that holds it.
     */
    private <R> R write(Function<Handle, R> work) {
        if (engine == Engine.SQLITE) {
            return withHandle(work);
        }
        Transaction current = transaction.get();
        if (current == null) {
            List<R> result = new ArrayList<>(1);
            inTransaction(() -> result.add(write(work)));
            return result.get(0);
        }
        if (!current.writeLocked) {
            current.handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", WRITE_LOCK)
                    .mapTo(Integer.class).one();
            current.writeLocked = true;
        }
        return work.apply(current.handle);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + location + " is closed");
        }
    }

    private Optional<AnalyzedArticle> readArticle(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        try {
            AnalyzedArticle bare = StoryJson.MAPPER.readValue(rs.getString("analysis"), AnalyzedArticle.class);
            return Optional.of(ArticleVectors.decode(bare, rs.getBytes("vectors")));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("stored article {} in {} is unreadable, skipped: {}", id, location, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<StoryPage> readPage(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        try {
            return Optional.of(StoryJson.MAPPER.readValue(rs.getString("page"), StoryPage.class));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("stored story {} in {} is unreadable, skipped: {}", id, location, e.getMessage());
            return Optional.empty();
        }
    }

    private static String json(Object value, String what) {
        try {
            return StoryJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + what + " as JSON: " + e.getMessage(), e);
        }
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }
}
