package dev.storyline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database under a story store: an embedded SQLite file or a PostgreSQL server, opened once, its
 * connections pooled (HikariCP), its schema brought up to date (Flyway, {@code db/migration}), and the
 * scope in which the row classes run their SQL.
 *
 * <p>Scoping is Jdbi's own: a call made while the calling thread is inside {@link #inTransaction} runs on
 * that transaction's handle, so that everything a transaction does commits together; any other call takes a
 * pooled connection for its own length. Writers queue: on SQLite on the database lock (busy timeout 30 s),
 * taken when a transaction begins; on PostgreSQL on one advisory lock, taken at a transaction's first write
 * ({@link #write}), so that work before it (analysis) runs in parallel while writes are applied one
 * transaction at a time. That order keeps version numbers, alias chains and article moves whole, and it
 * rules out deadlocks. Safe to share across threads.
 */
final class Database implements AutoCloseable {

    /** The database engines a store runs on; the SQL is the same, these are the few differences. */
    enum Engine {
        SQLITE("BLOB"), POSTGRESQL("BYTEA");

        final String binaryType;

        Engine(String binaryType) {
            this.binaryType = binaryType;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 30_000;

    /**
     * Connections open at most: the ingest writer, the web server's concurrent page reads, and a scan that
     * streams the article table while another call runs. A caller beyond that waits for one.
     */
    private static final int MAX_CONNECTIONS = 10;

    /** Connections kept open while idle, so that a lone call pays no login (PostgreSQL) or file open. */
    private static final int IDLE_CONNECTIONS = 2;

    /**
     * The PostgreSQL advisory lock that writers take: an arbitrary constant ("StoryLin" in ASCII) shared by
     * every Storyline process on the database.
     */
    private static final long WRITE_LOCK = 0x53746f72794c696eL;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String location;
    private final Engine engine;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    /** Handles whose open transaction holds the PostgreSQL write lock (until it commits or rolls back). */
    private final Set<Handle> writeLocked = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private volatile boolean closed;

    private Database(String location, Engine engine, HikariDataSource pool) {
        this.location = location;
        this.engine = engine;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /**
     * Opens the SQLite database in {@code file} (created when missing) in WAL mode and migrates it.
     *
     * @throws StoreUnavailableException when it cannot be opened or migrated
     */
    static Database openSqlite(Path file) {
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
        HikariConfig pooling = pooling(dataSource, "sqlite");
        // A SQLite connection is a file handle: it does not go stale, and closing the last one to a WAL
        // database checkpoints and removes the WAL, which would make the next write pay a full sync.
        pooling.setMaxLifetime(0);
        pooling.setIdleTimeout(0);
        pooling.setMinimumIdle(IDLE_CONNECTIONS);
        return migrated(file.toString(), Engine.SQLITE, pooling);
    }

    /**
     * Connects to the PostgreSQL database at {@code jdbcUrl} and migrates it; see
     * {@link StoryStore#connect} for the arguments.
     *
     * @throws IllegalArgumentException  when the URL is not a PostgreSQL JDBC URL
     * @throws StoreUnavailableException when the server cannot be reached, refuses the login, or the schema
     *                                   cannot be migrated
     */
    static Database connectPostgres(String jdbcUrl, String user, String password) {
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
        // Tried before the pool starts so that an unreachable server or a refused login reads as such
        // (the pool would wrap and log the driver's message).
        try (Connection probe = dataSource.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot connect to the store " + shown + who + ": " + reason(e), e);
        }
        HikariConfig pooling = pooling(dataSource, "postgresql");
        // Each statement must see what writers committed before it, in particular once a transaction holds
        // the write lock, whatever default the server was given.
        pooling.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pooling.setMinimumIdle(IDLE_CONNECTIONS);
        return migrated(shown, Engine.POSTGRESQL, pooling);
    }

    private static HikariConfig pooling(DataSource dataSource, String engine) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("storyline-" + engine + "-" + POOLS.incrementAndGet());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        return config;
    }

    private static Database migrated(String location, Engine engine, HikariConfig pooling) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(pooling);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open the store " + location + ": " + e.getMessage(), e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("binary_type", engine.binaryType))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreUnavailableException("cannot open or migrate the store " + location + ": " + e.getMessage(), e);
        }
        return new Database(location, engine, pool);
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

    /** Where the database is, for messages: the SQLite file, or the JDBC URL without its parameters. */
    String location() {
        return location;
    }

    Engine engine() {
        return engine;
    }

    /** Runs reads on the thread's transaction when there is one, else on a pooled connection. */
    <R> R read(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return jdbi.withHandle(work);
    }

    /**
     * Runs {@code work} as one transaction, or as part of the thread's open one: it commits when the
     * outermost transaction returns, and nothing of it does when that one throws.
     */
    <R> R inTransaction(HandleCallback<R, RuntimeException> work) {
        ensureOpen();
        return jdbi.inTransaction(work);
    }

    /**
     * Runs a write. On PostgreSQL it first takes the write lock for the rest of the transaction, and a write
     * outside any transaction gets one of its own: a lone statement that locked rows without the write lock
     * could deadlock with a transaction that holds it.
     */
    <R> R write(HandleCallback<R, RuntimeException> work) {
        if (engine == Engine.SQLITE) {
            return read(work);
        }
        return inTransaction(h -> {
            if (writeLocked.add(h)) {
                Runnable released = () -> writeLocked.remove(h);
                h.afterCommit(released);
                h.afterRollback(released);
                h.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", WRITE_LOCK)
                        .mapTo(Integer.class).one();
            }
            return work.withHandle(h);
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store " + location + " is closed");
        }
    }

    /**
     * Closes the pool (on SQLite after folding the WAL back into the database file); the database cannot be
     * used afterwards.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (engine == Engine.SQLITE) {
            try {
                jdbi.useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
            } catch (RuntimeException e) {
                // The WAL is folded in by the next open anyway; nothing is lost.
                LOG.debug("checkpoint on close of {} failed: {}", location, e.toString());
            }
        }
        closed = true;
        pool.close();
    }
}
