package dev.storyline.scale;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the workers of one process have consumed and how far behind they are, for {@code /metrics}
 * (Prometheus text format): per group and partition owned, the records between the worker's position and
 * the partition's end; per role, the records handled. The worker threads write, the web server reads;
 * safe to share across threads.
 */
public final class ConsumerLag {

    private record Owned(String group, String topic, int partition) implements Comparable<Owned> {
        @Override
        public int compareTo(Owned o) {
            int c = group.compareTo(o.group);
            c = c != 0 ? c : topic.compareTo(o.topic);
            return c != 0 ? c : Integer.compare(partition, o.partition);
        }
    }

    private final ConcurrentMap<Owned, Long> lag = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> records = new ConcurrentHashMap<>();

    /** Reads the lag of every partition {@code consumer} owns now; call from the consumer's own thread. */
    void observe(String group, Consumer<?, ?> consumer) {
        lag.keySet().removeIf(o -> o.group.equals(group) && !consumer.assignment().contains(new TopicPartition(o.topic, o.partition)));
        for (TopicPartition tp : consumer.assignment()) {
            consumer.currentLag(tp).ifPresent(n -> lag.put(new Owned(group, tp.topic(), tp.partition()), n));
        }
    }

    /** Forgets the partitions of a group whose consumer closed. */
    void released(String group) {
        lag.keySet().removeIf(o -> o.group.equals(group));
    }

    void handled(String role, int n) {
        records.computeIfAbsent(role, r -> new LongAdder()).add(n);
    }

    /** Records handled by the role's workers in this process. */
    public long handled(String role) {
        LongAdder n = records.get(role);
        return n == null ? 0 : n.sum();
    }

    /** The total lag of one group over the partitions this process owns; -1 when it owns none. */
    public long lagOf(String group) {
        return lag.entrySet().stream().filter(e -> e.getKey().group.equals(group)).mapToLong(Map.Entry::getValue)
                .reduce(Long::sum).orElse(-1);
    }

    /** The figures in the Prometheus text format. */
    public String prometheus() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP storyline_kafka_lag Records not yet consumed, per consumer group and partition owned by this process.\n")
                .append("# TYPE storyline_kafka_lag gauge\n");
        new TreeMap<>(lag).forEach((o, n) -> out.append(String.format(Locale.ROOT,
                "storyline_kafka_lag{group=\"%s\",topic=\"%s\",partition=\"%d\"} %d%n", o.group, o.topic, o.partition, n)));
        out.append("# HELP storyline_kafka_records_total Records handled by this process's workers, per role.\n")
                .append("# TYPE storyline_kafka_records_total counter\n");
        new TreeMap<>(records).forEach((role, n) -> out.append(String.format(Locale.ROOT,
                "storyline_kafka_records_total{role=\"%s\"} %d%n", role, n.sum())));
        return out.toString();
    }
}
