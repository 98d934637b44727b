package dev.storyline.cli;

import picocli.CommandLine.Option;

/** The load the web benches ({@code bench serve}, {@code bench web}) put on the server: store size, seconds a route, connections, tool. */
final class LoadOptions {

    @Option(names = "--stories", description = "stories in the store; default ${DEFAULT-VALUE}")
    int stories = 10_000;

    @Option(names = "--seconds", description = "load per route; default ${DEFAULT-VALUE}")
    int seconds = 10;

    @Option(names = "--connections", description = "concurrent connections; default ${DEFAULT-VALUE}")
    int connections = 16;

    @Option(names = "--java-loop", description = "use the Java load loop even when wrk is installed")
    boolean javaLoop;
}
