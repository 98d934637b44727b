package dev.storyline.follow;

import java.time.Duration;
import java.util.List;

/**
 * What connects fetching to the pipeline: the pollers put {@link FeedDelivery}s in, the pipeline takes
 * them out in batches. One interface so that the in-memory queue of a single process can later be a
 * topic of a message broker between processes without either side changing. Implementations are safe to
 * use from many threads.
 */
public interface DeliveryQueue {

    /** Hands a delivery on, waiting while the queue is full (a slow pipeline holds the pollers back). */
    void put(FeedDelivery delivery) throws InterruptedException;

    /** Up to {@code max} deliveries, waiting up to {@code wait} for the first; empty when none came. */
    List<FeedDelivery> take(int max, Duration wait) throws InterruptedException;

    /** Deliveries waiting. */
    int depth();
}
