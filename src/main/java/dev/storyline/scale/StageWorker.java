package dev.storyline.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every worker does around its stage: runs it on a thread of its own, a poll and a batch at a time,
 * and when the brokers or the store fail, closes its clients, waits and starts again from where its group
 * (or the store) says it stopped, until it is closed. A record of a newer version than it reads stops it
 * for good, with the reason logged. Subclasses hold the clients; one thread uses them.
 */
abstract class StageWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StageWorker.class);
    private static final long RETRY_MS = 1000;

    private final String role;
    private volatile boolean running;
    private volatile Throwable stopped;
    private Thread thread;

    StageWorker(String role) {
        this.role = role;
    }

    /** Opens the clients and joins the group. */
    abstract void open();

    /** One poll and what it brought; returns promptly (a poll waits at most a second). */
    abstract void step();

    /** Closes the clients, leaving the group (its partitions go to the others). */
    abstract void release();

    final String role() {
        return role;
    }

    /** Starts the worker's thread. */
    final synchronized StageWorker start() {
        if (!running) {
            running = true;
            thread = Thread.ofPlatform().name("storyline-" + role).daemon().start(this::loop);
        }
        return this;
    }

    /** Whether the worker is running (not closed, not stopped by a record it cannot read). */
    final boolean isRunning() {
        return running && stopped == null && thread != null && thread.isAlive();
    }

    private void loop() {
        while (running) {
            try {
                open();
                while (running) {
                    step();
                }
            } catch (StageRecords.NewerRecordException e) {
                LOG.error("the {} worker stops: {}", role, e.getMessage());
                stopped = e;
                running = false;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("the {} worker failed and starts again from its last commit: {}", role, e.toString());
                }
            } finally {
                try {
                    release();
                } catch (RuntimeException e) {
                    LOG.debug("closing the {} worker's clients failed: {}", role, e.toString());
                }
            }
            if (running) {
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Stops after the batch in hand (up to a minute) and leaves the group. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(60_000);
        }
    }
}
