package dev.storyline.scale;

import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.FeedShard;
import dev.storyline.follow.Subscription;
import dev.storyline.follow.Subscriptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The fetch worker: a member of the fetch group on the feed list topic (one entry per feed host, in the
 * partition the host's key falls in), it tells its process's feed follower to poll exactly the hosts
 * listed in the partitions Kafka gives it, so that each host is polled by one process and its politeness
 * delay holds. When a partition goes to another worker it first waits for its polls of that partition's
 * hosts to end; the new owner reads each feed's validators and next due time from the store, which those
 * polls wrote. The worker also keeps its partitions' entries in step with the store's feed list (feeds
 * added, moved or removed there), at start and every {@link #LISTING}. Its thread alone uses its clients;
 * the follower's threads ask {@link #owns}.
 */
final class FetchWorker extends StageWorker implements FeedShard {

    private static final Logger LOG = LoggerFactory.getLogger(FetchWorker.class);
    /** How often the worker compares its partitions' entries with the store's feed list. */
    static final Duration LISTING = Duration.ofSeconds(30);
    /** The longest a worker waits for its polls of hosts it hands on (a fetch has its own timeouts, well under this). */
    private static final Duration HAND_OVER = Duration.ofMinutes(2);

    private final FeedFollower follower;
    private final Subscriptions subscriptions;
    private final Clock clock;
    /** The hosts listed in the partitions owned, with their partition: what the follower polls. */
    private final ConcurrentMap<String, Integer> hosts = new ConcurrentHashMap<>();
    /** The entries read from each partition owned (the worker's thread only, as the rest below). */
    private final Map<Integer, Map<String, FeedHost>> entries = new HashMap<>();
    /** The partitions owned whose entries are still being read, with the offset where reading them ends. */
    private final Map<TopicPartition, Long> loading = new HashMap<>();
    private Instant nextListing = Instant.MIN;

    FetchWorker(KafkaClients clients, FeedFollower follower, ConsumerLag lag, Clock clock) {
        super("fetch", clients, lag);
        this.follower = follower;
        this.subscriptions = follower.subscriptions();
        this.clock = clock;
    }

    /** The partition of the feed list that holds a host's entry, as Kafka's own partitioner puts a keyed record. */
    static int partitionOf(String host, int partitions) {
        return Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public boolean owns(Subscription feed) {
        return hosts.containsKey(FeedHost.of(feed.url()));
    }

    @Override
    void open() {
        producer = clients.producer(null);
        // Cooperative: a worker added or gone moves only the partitions that change hands; the others keep polling.
        consumer = clients.consumer(role(), 500, Map.of(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                CooperativeStickyAssignor.class.getName()));
        consumer.subscribe(List.of(clients.topics().feeds()), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                handOver(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                if (partitions.isEmpty()) {
                    return;
                }
                // The entries are a table: read each partition whole, whatever was read of it before.
                consumer.seekToBeginning(partitions);
                loading.putAll(consumer.endOffsets(partitions));
                partitions.forEach(tp -> entries.put(tp.partition(), new HashMap<>()));
                nextListing = Instant.MIN;
                LOG.info("fetching the hosts of {}", partitions);
            }
        });
    }

    @Override
    void step() {
        for (ConsumerRecord<String, byte[]> r : poll()) {
            Map<String, FeedHost> partition = entries.get(r.partition());
            if (partition == null || r.key() == null) {
                continue;
            }
            if (r.value() == null) {
                partition.remove(r.key());
                hosts.remove(r.key(), r.partition());
            } else {
                read(r, StageRecords.Kind.HOST, FeedHost.class).ifPresent(h -> {
                    partition.put(r.key(), h);
                    hosts.put(r.key(), r.partition());
                });
            }
        }
        loading.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        if (loading.isEmpty() && !entries.isEmpty() && !clock.instant().isBefore(nextListing)) {
            list();
            nextListing = clock.instant().plus(LISTING);
        }
    }

    /**
     * Brings the owned partitions' entries in step with the store: an entry for each host with its feeds,
     * none for a host with no feed left or whose key now falls in another partition (the topic was given
     * more partitions). Only what differs is written; the worker reads it back like any other entry.
     */
    private void list() {
        int partitions = consumer.partitionsFor(clients.topics().feeds()).size();
        Map<String, Map<String, String>> wanted = new TreeMap<>();
        for (Subscription s : subscriptions.all()) {
            wanted.computeIfAbsent(FeedHost.of(s.url()), h -> new TreeMap<>()).put(s.id(), s.url());
        }
        int written = 0;
        for (Map.Entry<String, Map<String, String>> e : wanted.entrySet()) {
            int p = partitionOf(e.getKey(), partitions);
            Map<String, FeedHost> partition = entries.get(p);
            FeedHost entry = new FeedHost(e.getKey(), e.getValue());
            if (partition != null && !entry.equals(partition.get(e.getKey()))) {
                send(p, e.getKey(), StageRecords.write(StageRecords.Kind.HOST, entry));
                written++;
            }
        }
        for (Map.Entry<Integer, Map<String, FeedHost>> partition : entries.entrySet()) {
            for (String host : partition.getValue().keySet()) {
                if (!wanted.containsKey(host) || partitionOf(host, partitions) != partition.getKey()) {
                    send(partition.getKey(), host, null);
                    written++;
                }
            }
        }
        producer.flush();
        if (written > 0) {
            LOG.info("{} hosts of the feed list written", written);
        }
    }

    private void send(int partition, String host, byte[] value) {
        producer.send(new ProducerRecord<>(clients.topics().feeds(), partition, host, value));
    }

    /** Stops polling the hosts of these partitions and waits for their polls under way, before another worker takes them. */
    private void handOver(Collection<TopicPartition> partitions) {
        Set<String> moved = new HashSet<>();
        for (TopicPartition tp : partitions) {
            loading.remove(tp);
            Map<String, FeedHost> gone = entries.remove(tp.partition());
            if (gone != null) {
                gone.keySet().forEach(host -> {
                    if (hosts.remove(host, tp.partition())) {
                        moved.add(host);
                    }
                });
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        try {
            if (!follower.awaitPolls(f -> moved.contains(FeedHost.of(f.url())), HAND_OVER)) {
                LOG.warn("polls of hosts handed on still ran after {}", HAND_OVER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("handed on {} hosts of {}", moved.size(), partitions);
    }

    @Override
    void release() {
        handOver(entries.keySet().stream().map(p -> new TopicPartition(clients.topics().feeds(), p)).toList());
        super.release();
    }
}
