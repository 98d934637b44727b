package dev.storyline.cli;

import dev.storyline.store.PostgresTestServer;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code storyline bench store} against an embedded PostgreSQL server, for measuring on a machine with
 * no server installed (the embedded server's binaries are a test dependency, not shipped in the jar).
 * Arguments are passed on to the command. See docs/BENCHMARKS.md for the command line.
 */
final class BenchStoreOnEmbeddedPostgres {
    private BenchStoreOnEmbeddedPostgres() {
    }

    public static void main(String[] args) {
        int code;
        try (PostgresTestServer server = PostgresTestServer.start()) {
            List<String> command = new ArrayList<>(List.of("bench", "store", "--database",
                    server.urlWithoutLogin() + "?user=postgres"));
            command.addAll(List.of(args));
            code = Main.run(command.toArray(String[]::new));
        }
        System.exit(code);
    }
}
