package dev.storyline.ingest.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps requests to one host apart by at least a given gap, while requests to different hosts proceed
 * independently. Each caller reserves the next free slot for its host before sleeping, so concurrent
 * callers for the same host queue up rather than all waking at once. Safe to share across threads.
 */
final class HostPacing {

    private final ConcurrentHashMap<String, Long> nextFreeSlot = new ConcurrentHashMap<>();

    /** Waits until a request to {@code host} may be sent, and reserves that moment. */
    void await(String host, Duration gap) throws InterruptedException {
        long now = System.nanoTime();
        long gapNanos = gap.toNanos();
        long[] slot = new long[1];
        nextFreeSlot.compute(host, (h, next) -> {
            // nanoTime values are compared by difference, as the clock may wrap.
            slot[0] = next == null || next - now < 0 ? now : next;
            return slot[0] + gapNanos;
        });
        long wait = slot[0] - now;
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
