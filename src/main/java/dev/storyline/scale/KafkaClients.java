package dev.storyline.scale;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Kafka clients of the workers, configured alike: string keys, record bytes as values, offsets
 * committed by the workers themselves, consumers that read only committed transactions. Immutable.
 *
 * @param brokers the bootstrap servers, {@code HOST:PORT[,HOST:PORT...]}
 * @param topics  the topics and consumer groups
 */
public record KafkaClients(String brokers, Topics topics) {

    /** How long a worker may go silent before its partitions go to another (a dead cluster leader's standby takes over then). */
    static final int SESSION_TIMEOUT_MS = 10_000;

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
    }

    /** A consumer of the role's group; {@code maxRecords} bounds a poll (a batch of work). */
    KafkaConsumer<String, byte[]> consumer(String role, int maxRecords) {
        return consumer(role, maxRecords, Map.of());
    }

    /** A consumer of the role's group, with some settings of the role's own. */
    KafkaConsumer<String, byte[]> consumer(String role, int maxRecords, Map<String, Object> settings) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, topics.group(role));
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, topics.group(role) + "-" + UUID.randomUUID().toString().substring(0, 8));
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxRecords);
        c.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        c.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, SESSION_TIMEOUT_MS / 4);
        // Analysing a batch with a language model is slow; past this the worker counts as stuck.
        c.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 300_000);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        c.putAll(settings);
        return new KafkaConsumer<>(c);
    }

    /**
     * An idempotent producer that waits for every in-sync replica; transactional when {@code transactionalId}
     * is not {@code null} (the analysis workers' read-process-write).
     */
    KafkaProducer<String, byte[]> producer(String transactionalId) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000);
        }
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(p);
    }
}
