package dev.storyline.scale;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The three topics between the stages, named under one prefix (so that several deployments, or a bench
 * run, share a cluster): fetched feeds keyed by feed host, analysed articles on one partition (the
 * clusterer has one leader), story changes keyed by story id. Immutable.
 *
 * @param prefix     put before each name, e.g. {@code storyline.}
 * @param partitions partitions of the fetched-feeds and story-changes topics: the most analysis and
 *                   pages workers that can share the work
 */
public record Topics(String prefix, int partitions) {

    public static final String DEFAULT_PREFIX = "storyline.";
    public static final int DEFAULT_PARTITIONS = 12;

    public Topics {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition, not " + partitions);
        }
    }

    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX, DEFAULT_PARTITIONS);
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
     * of a deployment needs no setup; existing topics are left as they are.
     */
    public void create(Admin admin) {
        try {
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            short replicas = (short) Math.max(1, Math.min(3, brokers));
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic t : List.of(new NewTopic(fetched(), partitions, replicas), new NewTopic(analysed(), 1, replicas),
                    new NewTopic(storyChanges(), partitions, replicas))) {
                if (!existing.contains(t.name())) {
                    missing.add(t);
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topics on the brokers: " + e.getCause(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("the brokers did not answer within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the topics", e);
        }
    }
}
