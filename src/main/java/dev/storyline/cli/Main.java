package dev.storyline.cli;

import dev.storyline.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Entry point of the {@code storyline} command: the subcommands of the product. The evaluation commands
 * ({@code eval ...}, {@code bench cluster}) are added when their classes are on the class path, as in
 * {@code storyline-eval.jar}; the product jar ships neither them nor the baselines they compare against.
 */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1",
        description = "Reads news articles, groups the ones about the same event, and writes cited story pages.",
        subcommands = {DemoCommand.class, DigestCommand.class, IngestCommand.class, ServeCommand.class, FeedsCommand.class,
                RunCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    /** The class in the evaluation jar that adds its commands to a command line. */
    static final String EVALUATION_COMMANDS = "dev.storyline.eval.cli.EvalCommands";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine()
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

    /** The product's commands, with the evaluation commands when they are on the class path. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        try {
            Class.forName(EVALUATION_COMMANDS).getMethod("register", CommandLine.class).invoke(null, cli);
        } catch (ClassNotFoundException e) {
            cli.addSubcommand("eval", new EvaluationMissing());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the evaluation commands could not be registered", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the evaluation commands could not be registered", e);
        }
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Stands in for {@code eval} in the product jar, saying where the evaluation commands are. */
    @Command(name = "eval", description = "Measure a stage against labelled data (in storyline-eval.jar).")
    static final class EvaluationMissing implements Callable<Integer> {
        @Unmatched
        List<String> arguments;

        @Override
        public Integer call() {
            System.err.println("storyline eval: the evaluation commands are in target/storyline-eval.jar, not in the product jar;"
                    + " run them as ./storyline eval ..., which builds that jar when needed");
            return 2;
        }
    }
}
