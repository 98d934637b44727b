package dev.storyline.eval.cli;

import picocli.CommandLine;

/**
 * Adds the evaluation commands to the product's command line: {@code eval ...} and {@code bench cluster}.
 * The product's {@code Main} calls {@link #register} by name when this class is on the class path, so that
 * the product jar needs neither these commands nor the baselines they compare against.
 */
public final class EvalCommands {
    private EvalCommands() {
    }

    public static void register(CommandLine root) {
        root.addSubcommand("eval", new EvalCommand());
        root.getSubcommands().get("bench").addSubcommand("cluster", new BenchClusterCommand());
    }
}
