package dev.storyline.follow;

/**
 * Which of the followed feeds this process polls, when several processes share one feed list (the Kafka
 * mode gives each fetch worker the hosts of its partitions: docs/SCALING.md). Without one, a follower
 * polls every feed. Implementations are asked from the follower's threads and must be safe to share.
 */
@FunctionalInterface
public interface FeedShard {

    /** Whether this process polls the feed now. */
    boolean owns(Subscription feed);
}
