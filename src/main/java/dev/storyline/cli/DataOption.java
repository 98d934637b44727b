package dev.storyline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR}: where the embedded store keeps its files. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "data folder, default ${DEFAULT-VALUE}")
    Path dir = Path.of("storyline-data");
}
