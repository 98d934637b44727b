package dev.storyline.eval.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code storyline eval ...}: measures a stage against the labelled data in ../shared/data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure a stage against labelled data.",
        subcommands = {EvalClusterCommand.class, EvalExtractCommand.class, EvalTimeCommand.class, EvalTimelineCommand.class, EvalStoryCommand.class,
                EvalDatesCommand.class, EvalTlsCommand.class, EvalPagesCommand.class, EvalCategoriesCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
