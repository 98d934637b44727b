package dev.storyline.scale;

import dev.storyline.store.StoryStore;

/**
 * The offsets of the analysed-articles topic that the cluster leader has filed into the store (table
 * {@code stream_offset}). Advanced in the transaction that saves the articles, from the offset the leader
 * read: a leader that was deposed while it worked finds the row moved on and its transaction rolls back,
 * so two leaders never file the same records. Safe to share across threads (the store is).
 */
final class StreamOffsets {

    /** Thrown inside the filing transaction when another leader advanced the partition meanwhile. */
    static final class DeposedLeaderException extends RuntimeException {
        DeposedLeaderException(String topic, int partition, long expected) {
            super("partition " + topic + "-" + partition + " moved on from offset " + expected + ": another cluster leader took over");
        }
    }

    private final StoryStore store;

    StreamOffsets(StoryStore store) {
        this.store = store;
    }

    /** The next offset to file for the partition, 0 for one never filed. */
    long next(String topic, int partition) {
        return store.withHandle(true, h -> {
            h.createUpdate("INSERT INTO stream_offset (topic, partition_no, next_offset) VALUES (:topic, :partition, 0)"
                    + " ON CONFLICT (topic, partition_no) DO NOTHING").bind("topic", topic).bind("partition", partition).execute();
            return h.createQuery("SELECT next_offset FROM stream_offset WHERE topic = :topic AND partition_no = :partition")
                    .bind("topic", topic).bind("partition", partition).mapTo(Long.class).one();
        });
    }

    /**
     * Moves the partition from {@code from} to {@code to}; call first in the transaction that files the
     * records in between (it takes the write lock).
     *
     * @throws DeposedLeaderException when the stored offset is not {@code from}
     */
    void advance(String topic, int partition, long from, long to) {
        int updated = store.withHandle(true, h -> h.createUpdate("UPDATE stream_offset SET next_offset = :to"
                        + " WHERE topic = :topic AND partition_no = :partition AND next_offset = :from")
                .bind("to", to).bind("topic", topic).bind("partition", partition).bind("from", from).execute());
        if (updated != 1) {
            throw new DeposedLeaderException(topic, partition, from);
        }
    }
}
