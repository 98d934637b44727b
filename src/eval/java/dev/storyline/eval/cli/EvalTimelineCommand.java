package dev.storyline.eval.cli;

import dev.storyline.eval.TimelineDating;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code storyline eval timeline DIR}: how often the tagger dates the sentence of a SemEval-2015 timeline
 * event to the event's gold day or month.
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Date accuracy of SemEval-2015 task 4 gold events from the temporal tagger.")
public final class EvalTimelineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the semeval2015-timeline data folder")
    Path dir;

    @Option(names = "--details", description = "list every event the tagger dates wrongly or not at all")
    boolean details;

    @Override
    public Integer call() throws Exception {
        return new TimelineDating().run(dir, details, System.out, System.err);
    }
}
