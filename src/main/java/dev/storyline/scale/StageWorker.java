package dev.storyline.scale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * What every worker does around its stage: runs it on a thread of its own, a poll and a batch at a time,
 * and when the brokers or the store fail, closes its clients, waits and starts again from where its group
 * (or the store) says it stopped, until it is closed. A record of a newer version than it reads stops it
 * for good, with the reason logged. The worker's thread alone uses its clients.
 */
abstract class StageWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StageWorker.class);
    private static final long RETRY_MS = 1000;

    private final String role;
    final KafkaClients clients;
    final ConsumerLag lag;
    /** The clients that {@link #open} makes and {@link #release} closes. */
    KafkaConsumer<String, byte[]> consumer;
    KafkaProducer<String, byte[]> producer;
    private volatile boolean running;
    private volatile Throwable stopped;
    private Thread thread;

    StageWorker(String role, KafkaClients clients, ConsumerLag lag) {
        this.role = role;
        this.clients = clients;
        this.lag = lag;
    }

    /** Opens the clients ({@link #consumer}, and {@link #producer} when the stage writes to a topic) and joins the group. */
    abstract void open();

    /** One poll and what it brought; returns promptly (a poll waits at most a second). */
    abstract void step();

    /** Closes the clients, leaving the group (its partitions go to the others). */
    void release() {
        lag.released(group());
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
            consumer = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    final String role() {
        return role;
    }

    final String group() {
        return clients.topics().group(role);
    }

    /** What the next poll brings (waiting up to a second), the lag of the partitions owned noted. */
    final ConsumerRecords<String, byte[]> poll() {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
        lag.observe(group(), consumer);
        return records;
    }

    /**
     * The record's body; empty after logging a record that cannot be read (it would block its partition
     * for ever otherwise).
     *
     * @throws StageRecords.NewerRecordException for a record of a later version, which stops the worker
     */
    final <T> Optional<T> read(ConsumerRecord<String, byte[]> r, StageRecords.Kind kind, Class<T> type) {
        try {
            return Optional.of(StageRecords.read(kind, r.value(), type));
        } catch (StageRecords.NewerRecordException e) {
            throw e;
        } catch (StageRecords.UnreadableRecordException e) {
            LOG.warn("skipped the unreadable record {}-{}@{}: {} ({})", r.topic(), r.partition(), r.offset(), e.getMessage(),
                    StageRecords.preview(r.value()));
            return Optional.empty();
        }
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
