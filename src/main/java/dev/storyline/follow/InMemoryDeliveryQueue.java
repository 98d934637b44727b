package dev.storyline.follow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The {@link DeliveryQueue} of one process: a bounded blocking queue. Its contents die with the process, which is why validators wait for the pipeline. */
public final class InMemoryDeliveryQueue implements DeliveryQueue {

    private final LinkedBlockingQueue<FeedDelivery> queue;

    public InMemoryDeliveryQueue(int capacity) {
        this.queue = new LinkedBlockingQueue<>(capacity);
    }

    @Override
    public void put(FeedDelivery delivery) throws InterruptedException {
        queue.put(delivery);
    }

    @Override
    public List<FeedDelivery> take(int max, Duration wait) throws InterruptedException {
        FeedDelivery first = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<FeedDelivery> out = new ArrayList<>();
        out.add(first);
        queue.drainTo(out, max - 1);
        return out;
    }

    @Override
    public int depth() {
        return queue.size();
    }
}
