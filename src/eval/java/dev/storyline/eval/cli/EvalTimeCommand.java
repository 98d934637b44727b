package dev.storyline.eval.cli;

import dev.storyline.eval.TempEvalRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code storyline eval time DIR}: TempEval-3 scores of the temporal tagger, and its throughput. */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Score the temporal tagger on TempEval-3: strict, relaxed and value P/R/F1 over all TIMEX3 "
                + "types, a breakdown by type, and throughput.")
public final class EvalTimeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the tempeval3 data folder")
    Path dir;

    @Option(names = "--split", defaultValue = "platinum", paramLabel = "platinum|train",
            description = "platinum (Evaluation/te3-platinum, default) or train (Training/TBAQ-cleaned)")
    String split;

    @Option(names = "--output", paramLabel = "DIR", description = "write the system's TimeML files here")
    Path output;

    @Option(names = "--details", description = "list every miss, false alarm and wrong value")
    boolean details;

    @Override
    public Integer call() throws Exception {
        TempEvalRun.Split which = switch (split.toLowerCase()) {
            case "platinum", "te3-platinum", "test" -> TempEvalRun.Split.PLATINUM;
            case "train", "tbaq", "tbaq-cleaned" -> TempEvalRun.Split.TRAIN;
            default -> null;
        };
        if (which == null) {
            System.err.println("unknown split '" + split + "': use platinum or train");
            return 2;
        }
        return new TempEvalRun().run(dir, which, output, details, System.out, System.err);
    }
}
