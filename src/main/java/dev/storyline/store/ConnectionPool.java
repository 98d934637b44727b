package dev.storyline.store;

import org.jdbi.v3.core.ConnectionFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps a few database connections open between calls. Opening a SQLite connection costs about a
 * millisecond, and closing the last connection to a WAL database checkpoints and removes the WAL file, which
 * made every single-statement write pay a full sync; a PostgreSQL connection costs a login and a server
 * process. A connection kept open avoids all of these. Each connection is used by one handle at a time; one
 * the driver has marked closed (a PostgreSQL server restart) is dropped instead of reused. Safe to share
 * across threads.
 */
final class ConnectionPool implements ConnectionFactory {

    private final DataSource dataSource;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    ConnectionPool(DataSource dataSource, int maxIdle) {
        this.dataSource = dataSource;
        this.maxIdle = maxIdle;
    }

    @Override
    public Connection openConnection() throws SQLException {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            if (!c.isClosed()) {
                return c;
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
            idle.offerFirst(c);
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
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            try {
                c.close();
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
