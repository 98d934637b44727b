package dev.storyline.cli;

import picocli.CommandLine;

import java.util.Arrays;

/**
 * Runs the eval subcommands of this branch before they are registered under {@code storyline eval}:
 * {@code EvalMain time DIR [options]} or {@code EvalMain timeline DIR [options]}.
 */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) {
        Object command = switch (args.length == 0 ? "" : args[0]) {
            case "time" -> new EvalTimeCommand();
            case "timeline" -> new EvalTimelineCommand();
            default -> throw new IllegalArgumentException("first argument: time or timeline");
        };
        System.exit(new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
