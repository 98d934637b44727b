package dev.storyline.scale;

import dev.storyline.follow.DeliveryQueue;
import dev.storyline.follow.FeedDelivery;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The {@link DeliveryQueue} of a fetch worker: each fetched feed goes to the fetched-feeds topic, keyed by
 * its host (one site's feeds stay in order on one partition), and {@link #put} returns once the brokers
 * have it. Nothing is taken out here: the analysis workers consume the topic, and they record the items
 * as taken in, so a fetch worker that dies loses nothing that was not acknowledged. Safe to share across
 * threads (the producer is).
 */
public final class KafkaDeliveryQueue implements DeliveryQueue, AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final ConsumerLag lag;

    public KafkaDeliveryQueue(KafkaClients clients, ConsumerLag lag) {
        this.producer = clients.producer(null);
        this.topic = clients.topics().fetched();
        this.lag = lag;
    }

    @Override
    public void put(FeedDelivery delivery) throws InterruptedException {
        try {
            producer.send(new ProducerRecord<>(topic, FeedHost.of(delivery.feedUrl()), StageRecords.write(StageRecords.Kind.DELIVERY, delivery))).get();
            lag.handled("fetch", 1);
        } catch (ExecutionException e) {
            // The poller logs it; the feed's validators were not stored, so its next fetch brings the items again.
            throw new IllegalStateException("the brokers did not take the fetched feed " + delivery.feedUrl() + ": " + e.getCause(), e.getCause());
        }
    }

    /** The analysis workers take the deliveries: this side never has any. */
    @Override
    public List<FeedDelivery> take(int max, Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        return List.of();
    }

    @Override
    public int depth() {
        return 0;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
