package dev.storyline.scale;

import dev.storyline.StageSteps;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.follow.FeedDelivery;
import dev.storyline.follow.ItemKeys;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.IngestProblem;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The analysis worker: takes fetched feeds off their topic (some partitions of it, shared with the other
 * analysis workers of the group), turns their items into articles and analyses them, and in one Kafka
 * transaction puts the analysed articles on their topic and commits what it consumed; a worker that dies
 * before the commit has published nothing, and the partition's next owner does the batch again. Only then
 * are the items recorded as taken in and the feeds' validators stored. One thread uses it.
 */
final class AnalysisWorker extends StageWorker {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisWorker.class);
    /** Fetched feeds per transaction: enough items for batched model calls, little redone after a crash. */
    static final int BATCH = 8;

    private final StageSteps steps;
    private final Subscriptions subscriptions;
    private final Clock clock;

    AnalysisWorker(KafkaClients clients, StageSteps steps, Subscriptions subscriptions, ConsumerLag lag, Clock clock) {
        super("analyse", clients, lag);
        this.steps = steps;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    void open() {
        consumer = clients.consumer(role(), BATCH);
        consumer.subscribe(List.of(clients.topics().fetched()));
        // A fresh id per process: the group's metadata, sent with the offsets, fences a worker that lost its partitions.
        producer = clients.producer(group() + "-" + UUID.randomUUID());
        producer.initTransactions();
    }

    @Override
    void step() {
        ConsumerRecords<String, byte[]> records = poll();
        if (records.isEmpty()) {
            return;
        }
        List<FeedDelivery> deliveries = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> consumed = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            consumed.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            read(r, StageRecords.Kind.DELIVERY, FeedDelivery.class).ifPresent(deliveries::add);
        }
        Consumer<IngestProblem> problems = p -> LOG.info("{}", p);
        List<Article> articles = new ArrayList<>();
        Map<String, Instant> fetchedAt = new HashMap<>();
        for (FeedDelivery d : deliveries) {
            steps.documents(d.feed(), d.feedUrl(), doc -> steps.extract(doc, problems).ifPresent(a -> {
                articles.add(a);
                fetchedAt.putIfAbsent(a.id(), d.fetchedAt());
            }), problems);
        }
        List<AnalyzedArticle> analysed = steps.analyse(articles, problems);
        producer.beginTransaction();
        try {
            for (AnalyzedArticle a : analysed) {
                String hash = StageSteps.contentHash(a.article());
                producer.send(new ProducerRecord<>(clients.topics().analysed(), hash, StageRecords.write(
                        StageRecords.Kind.ANALYSED, new AnalysedArticle(a, hash, fetchedAt.get(a.id())))));
            }
            producer.sendOffsetsToTransaction(consumed, consumer.groupMetadata());
            producer.commitTransaction();
        } catch (RuntimeException e) {
            try {
                producer.abortTransaction();
            } catch (RuntimeException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
        lag.handled(role(), analysed.size());
        recordTakenIn(deliveries);
    }

    /** Marks the items seen and stores the feeds' validators: a failure here only makes the feeds bring the items again. */
    private void recordTakenIn(List<FeedDelivery> deliveries) {
        if (subscriptions == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            subscriptions.inTransaction(() -> deliveries.forEach(d -> subscriptions.recordProcessed(d.subscriptionId(),
                    d.feed().items().stream().map(ItemKeys::of).toList(), d.etag(), d.lastModified(), now)));
        } catch (RuntimeException e) {
            LOG.warn("the taken-in items of {} feeds were not recorded; they come again: {}", deliveries.size(), e.toString());
        }
    }
}
