package dev.storyline.cli;

import dev.storyline.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code storyline} command: the subcommands of the product. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1",
        description = "Reads news articles, groups the ones about the same event, and writes cited story pages.",
        subcommands = {DemoCommand.class, DigestCommand.class, IngestCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    // An unreachable or refusing database is the user's setting to fix, not a bug to trace.
                    if (e instanceof StoreUnavailableException) {
                        command.getErr().println("storyline: " + e.getMessage());
                        return 1;
                    }
                    throw e;
                })
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
