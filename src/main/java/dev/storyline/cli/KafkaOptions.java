package dev.storyline.cli;

import dev.storyline.scale.KafkaClients;
import dev.storyline.scale.ScaleOut;
import dev.storyline.scale.Topics;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.Set;

/**
 * The options of the Kafka mode of {@code run}: where the brokers are, which stages this process runs, and
 * the topics' names and partitions (in {@code storyline.toml} too: {@code partitions = 48},
 * {@code fetched-partitions = 48}).
 */
final class KafkaOptions {

    @Option(names = "--kafka", paramLabel = "BROKERS",
            description = "split the service into workers over Kafka at HOST:PORT[,HOST:PORT...] (docs/SCALING.md);"
                    + " the store should then be PostgreSQL (--database)")
    String brokers;

    @Option(names = "--role", paramLabel = "ROLE", description = "with --kafka: fetch, analyse, cluster, pages or all (default), or several, comma-separated")
    String role = "all";

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "with --kafka: put before every topic and group name,"
            + " default ${DEFAULT-VALUE}")
    String topicPrefix = Topics.DEFAULT_PREFIX;

    @Option(names = "--partitions", paramLabel = "N", description = "with --kafka: partitions of each topic keyed by"
            + " feed host or story (the most workers of a role that can share the work), default ${DEFAULT-VALUE};"
            + " an existing topic must have at least as many")
    int partitions = Topics.DEFAULT_PARTITIONS;

    @Option(names = "--feed-partitions", paramLabel = "N", description = "with --kafka: partitions of the feed list"
            + " (the most fetch workers), default --partitions")
    Integer feedPartitions;

    @Option(names = "--fetched-partitions", paramLabel = "N", description = "with --kafka: partitions of the fetched"
            + " feeds (the most analysis workers), default --partitions")
    Integer fetchedPartitions;

    @Option(names = "--story-change-partitions", paramLabel = "N", description = "with --kafka: partitions of the story"
            + " changes (the most pages workers), default --partitions")
    Integer storyChangePartitions;

    /** Partitions beyond this are a typo rather than a plan: a thousand workers of one role. */
    static final int MAX_PARTITIONS = 1000;

    boolean enabled() {
        return brokers != null && !brokers.isBlank();
    }

    /** @throws IllegalArgumentException naming the option whose count is out of range */
    KafkaClients clients() {
        return new KafkaClients(brokers.strip(), topics());
    }

    /** The topics as the options name them. @throws IllegalArgumentException naming the option whose count is out of range */
    Topics topics() {
        return new Topics(topicPrefix, count("--feed-partitions", feedPartitions), count("--fetched-partitions", fetchedPartitions),
                count("--story-change-partitions", storyChangePartitions));
    }

    private int count(String option, Integer given) {
        String name = given == null ? "--partitions" : option;
        int n = given == null ? partitions : given;
        if (n < 1 || n > MAX_PARTITIONS) {
            throw new IllegalArgumentException(name + " must be between 1 and " + MAX_PARTITIONS + ", not " + n);
        }
        return n;
    }

    /** The stages of the roles named (comma-separated, e.g. {@code analyse,cluster}). */
    Set<ScaleOut.Role> stages() {
        Set<ScaleOut.Role> stages = EnumSet.noneOf(ScaleOut.Role.class);
        for (String name : role.split(",")) {
            stages.addAll(ScaleOut.Role.of(name).stages());
        }
        return stages;
    }
}
