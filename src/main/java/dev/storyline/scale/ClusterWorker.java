package dev.storyline.scale;

import dev.storyline.StageSteps;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.store.StoryStore;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cluster worker: the leader of the one partition of analysed articles (the other cluster workers of
 * the group stand by; Kafka hands the partition to one of them when the leader goes). It files each batch
 * into the store in one transaction with the partition's offset ({@link StreamOffsets}), leaving out what
 * the store has already, so that every article is assigned to a story once; then it tells the pages
 * workers which stories changed. Its clusterer is restored from the store when it becomes leader. One
 * thread uses it.
 */
final class ClusterWorker extends StageWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWorker.class);
    /** Analysed articles filed per store transaction. */
    static final int BATCH = 64;

    private final StageSteps steps;
    private final StoryStore store;
    private final StreamOffsets offsets;
    /** The next offset to file of each partition led, as the store holds it. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

    ClusterWorker(KafkaClients clients, StageSteps steps, StoryStore store, ConsumerLag lag) {
        super("cluster", clients, lag);
        this.steps = steps;
        this.store = store;
        this.offsets = new StreamOffsets(store);
    }

    @Override
    void open() {
        producer = clients.producer(null);
        consumer = clients.consumer(role(), BATCH);
        consumer.subscribe(List.of(clients.topics().analysed()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                partitions.forEach(positions::remove);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                for (TopicPartition tp : partitions) {
                    long next = offsets.next(tp.topic(), tp.partition());
                    consumer.seek(tp, next);
                    positions.put(tp, next);
                    LOG.info("leading {} from offset {}", tp, next);
                }
            }
        });
    }

    @Override
    void step() {
        ConsumerRecords<String, byte[]> records = poll();
        for (TopicPartition tp : records.partitions()) {
            Long from = positions.get(tp);
            if (from != null) {
                file(tp, from, records.records(tp));
            }
        }
    }

    private void file(TopicPartition tp, long from, List<ConsumerRecord<String, byte[]>> records) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        Map<String, Instant> fetchedAt = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            read(r, StageRecords.Kind.ANALYSED, AnalysedArticle.class).ifPresent(a -> {
                articles.add(a.analysis());
                fetchedAt.putIfAbsent(a.analysis().id(), a.fetchedAt());
            });
        }
        long to = records.getLast().offset() + 1;
        StageSteps.Filed filed = steps.file(articles, store, () -> offsets.advance(tp.topic(), tp.partition(), from, to));
        positions.put(tp, to);
        lag.handled(role(), filed.storyOfArticle().size());
        Map<String, List<Instant>> changes = new LinkedHashMap<>();
        filed.stories().forEach(s -> changes.put(s, new ArrayList<>()));
        filed.storyOfArticle().forEach((article, story) -> {
            Instant t = fetchedAt.get(article);
            if (t != null) {
                changes.computeIfAbsent(story, s -> new ArrayList<>()).add(t);
            }
        });
        try {
            changes.forEach((story, times) -> producer.send(new ProducerRecord<>(clients.topics().storyChanges(), story,
                    StageRecords.write(StageRecords.Kind.STORY, new StoryChange(story, times)))));
            producer.flush();
        } catch (KafkaException e) {
            // The pages stay marked due in the store; the pages workers' sweep writes them.
            LOG.warn("the changes of {} stories were not sent; their pages are written by the next sweep: {}", changes.size(), e.toString());
        }
        try {
            consumer.commitSync(Map.of(tp, new OffsetAndMetadata(to)));
        } catch (KafkaException e) {
            // Kafka's copy of the offset only feeds the lag figure: the store's is the one that counts.
            LOG.debug("committing {} to Kafka failed: {}", tp, e.toString());
        }
    }

    @Override
    void release() {
        positions.clear();
        super.release();
    }
}
