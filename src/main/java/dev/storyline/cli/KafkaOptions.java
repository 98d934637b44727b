package dev.storyline.cli;

import dev.storyline.scale.KafkaClients;
import dev.storyline.scale.ScaleOut;
import dev.storyline.scale.Topics;
import picocli.CommandLine.Option;

import java.util.EnumSet;
import java.util.Set;

/** The options of the Kafka mode of {@code run}: where the brokers are, and which stages this process runs. */
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

    boolean enabled() {
        return brokers != null && !brokers.isBlank();
    }

    KafkaClients clients() {
        return new KafkaClients(brokers.strip(), new Topics(topicPrefix, Topics.DEFAULT_PARTITIONS));
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
