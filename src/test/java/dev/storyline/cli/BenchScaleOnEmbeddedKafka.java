package dev.storyline.cli;

import dev.storyline.scale.KafkaTestBroker;
import dev.storyline.store.PostgresTestServer;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code storyline bench scale} against a Kafka broker and a PostgreSQL server started here (both test
 * dependencies, not shipped), for measuring on a machine with neither installed. Arguments are passed on to
 * the command. See docs/BENCHMARKS.md for the command line.
 */
final class BenchScaleOnEmbeddedKafka {
    private BenchScaleOnEmbeddedKafka() {
    }

    public static void main(String[] args) throws Exception {
        int code;
        try (KafkaTestBroker broker = KafkaTestBroker.start(); PostgresTestServer server = PostgresTestServer.start()) {
            List<String> command = new ArrayList<>(List.of("bench", "scale", "--kafka", broker.bootstrap(), "--database",
                    server.urlWithoutLogin() + "?user=postgres"));
            command.addAll(List.of(args));
            code = Main.run(command.toArray(String[]::new));
        }
        System.exit(code);
    }
}
