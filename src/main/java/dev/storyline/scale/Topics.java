package dev.storyline.scale;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The topics of the workers, named under one prefix (so that several deployments, or a bench run, share
 * a cluster): the feed list keyed by feed host (compacted; its partitions are what the fetch workers
 * share), fetched feeds keyed by feed host, analysed articles on one partition (the clusterer has one
 * leader), story changes keyed by story id. Immutable.
 *
 * @param prefix                put before each name, e.g. {@code storyline.}
 * @param feedPartitions        partitions of the feed list: the most fetch workers that can share the feeds
 * @param fetchedPartitions     partitions of the fetched feeds: the most analysis workers that can share the work
 * @param storyChangePartitions partitions of the story changes: the most pages workers that can share the work
 */
public record Topics(String prefix, int feedPartitions, int fetchedPartitions, int storyChangePartitions) {

    public static final String DEFAULT_PREFIX = "storyline.";
    public static final int DEFAULT_PARTITIONS = 12;

    public Topics {
        for (int n : List.of(feedPartitions, fetchedPartitions, storyChangePartitions)) {
            if (n < 1) {
                throw new IllegalArgumentException("a topic needs at least one partition, not " + n);
            }
        }
    }

    /** The same number of partitions for each topic keyed by host or story. */
    public Topics(String prefix, int partitions) {
        this(prefix, partitions, partitions, partitions);
    }

    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX, DEFAULT_PARTITIONS);
    }

    public String feeds() {
        return prefix + "feeds";
    }

    public String fetched() {
        return prefix + "fetched";
    }

    public String analysed() {
        return prefix + "analysed";
    }

    public String storyChanges() {
        return prefix + "story-changes";
    }

    /** The consumer group of a role's workers. */
    public String group(String role) {
        return prefix + role;
    }

    /**
     * Creates the topics that are missing (replicated on up to three brokers), so that the first worker
     * of a deployment needs no setup, and checks those that exist: a keyed topic with fewer partitions than
     * asked would cap the workers below what the operator planned, and an analysed-articles topic with more
     * than one would give the clusterer several leaders; either is an error that says what to do.
     *
     * @throws IllegalStateException when the brokers fail or an existing topic does not fit
     */
    public void create(Admin admin) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put(feeds(), feedPartitions);
        wanted.put(fetched(), fetchedPartitions);
        wanted.put(analysed(), 1);
        wanted.put(storyChanges(), storyChangePartitions);
        try {
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            short replicas = (short) Math.max(1, Math.min(3, brokers));
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((name, partitions) -> {
                if (!existing.contains(name)) {
                    NewTopic t = new NewTopic(name, partitions, replicas);
                    // The feed list is a table keyed by host: only each host's latest record counts.
                    missing.add(name.equals(feeds()) ? t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : t);
                }
            });
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(missing).values().entrySet()) {
                try {
                    created.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Another worker (or a listing that lagged) created it first: the check below reads what it made.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create the topic " + created.getKey() + " on the brokers: " + e.getCause(), e.getCause());
                    }
                }
            }
            check(described(admin, wanted.keySet()), wanted);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the topics from the brokers: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the brokers did not answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics", e);
        }
    }

    /** The topics as the brokers describe them, waiting (up to 30 s) for topics just created to be known to all of them. */
    private static Map<String, TopicDescription> described(Admin admin, Collection<String> names)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private void check(Map<String, TopicDescription> described, Map<String, Integer> wanted) {
        for (TopicDescription t : described.values()) {
            int has = t.partitions().size();
            int asked = wanted.get(t.name());
            if (t.name().equals(analysed()) && has != 1) {
                throw new IllegalStateException("the topic " + t.name() + " has " + has + " partitions; the clusterer has one"
                        + " leader, so it must have one: delete it (its articles are filed already when the cluster lag is 0)"
                        + " or use another --topic-prefix");
            }
            if (has < asked) {
                throw new IllegalStateException("the topic " + t.name() + " has " + has + " partitions, fewer than the " + asked
                        + " asked (--partitions or --" + option(t.name()) + "): ask for " + has + ", or add partitions with"
                        + " kafka-topics.sh --alter --topic " + t.name() + " --partitions " + asked
                        + " (keys then move between partitions: docs/SCALING.md)");
            }
        }
    }

    private String option(String topic) {
        return topic.equals(feeds()) ? "feed-partitions" : topic.equals(fetched()) ? "fetched-partitions" : "story-change-partitions";
    }
}
