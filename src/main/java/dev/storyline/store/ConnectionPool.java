package dev.storyline.store;

import org.jdbi.v3.core.ConnectionFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps a few database connections open between calls. Opening a SQLite connection costs about a
 * millisecond, and closing the last connection to a WAL database checkpoints and removes the WAL file, which
 * made every single-statement write pay a full sync; a PostgreSQL connection costs a login and a server
 * process. A connection kept open avoids all of these. Each connection is used by one handle at a time. A
 * connection left idle longer than a set time is checked before reuse and replaced when it died meanwhile (a
 * server restart, a network drop, an idle timeout on the server side). Safe to share across threads.
 */
final class ConnectionPool implements ConnectionFactory {

    /** Seconds a validity check may take before the connection is given up. */
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    /** A connection at rest and since when (System.nanoTime). */
    private record Idle(Connection connection, long since) {
    }

    private final DataSource dataSource;
    private final int maxIdle;
    private final long checkAfterNanos;
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param maxIdle    connections kept open between calls
     * @param checkAfter idle time after which a connection is checked before reuse
     */
    ConnectionPool(DataSource dataSource, int maxIdle, Duration checkAfter) {
        this.dataSource = dataSource;
        this.maxIdle = maxIdle;
        this.checkAfterNanos = checkAfter.toNanos();
    }

    @Override
    public Connection openConnection() throws SQLException {
        Idle rest;
        while ((rest = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            Connection c = rest.connection();
            if (c.isClosed()) {
                continue;
            }
            if (System.nanoTime() - rest.since() < checkAfterNanos || c.isValid(CHECK_TIMEOUT_SECONDS)) {
                return c;
            }
            try {
                c.close();
            } catch (SQLException e) {
                // It is dead already; a failure to close it changes nothing.
            }
        }
        return dataSource.getConnection();
    }

    @Override
    public void closeConnection(Connection c) throws SQLException {
        if (c.isClosed()) {
            return;
        }
        if (!c.getAutoCommit()) {
            // A handle left mid-transaction (it should not): never hand its half-done work to the next user.
            c.rollback();
            c.setAutoCommit(true);
        }
        if (!closed && idleCount.incrementAndGet() <= maxIdle) {
            idle.offerFirst(new Idle(c, System.nanoTime()));
            if (closed) {
                closeIdle(); // close() ran in between: do not leave this one behind
            }
        } else {
            idleCount.decrementAndGet();
            c.close();
        }
    }

    /** Closes the idle connections and every one given back later. */
    void close() {
        closed = true;
        closeIdle();
    }

    private void closeIdle() {
        List<SQLException> failures = new ArrayList<>();
        Idle rest;
        while ((rest = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            try {
                rest.connection().close();
            } catch (SQLException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException e = new IllegalStateException("could not close " + failures.size() + " connections");
            failures.forEach(e::addSuppressed);
            throw e;
        }
    }
}
