package dev.storyline.eval.cli;

import dev.storyline.eval.ExtractionBenchmark;
import dev.storyline.eval.ExtractionScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline eval extract DIR}: scores article extraction on the article-extraction benchmark
 * folder and prints precision, recall and F1 for all pages, the development half and the held-out half,
 * with pages per second on one thread; {@code --baseline} adds readability4j and boilerpipe.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score article extraction on the article-extraction benchmark (ground-truth.json + html/).")
public final class EvalExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the benchmark folder, e.g. ../shared/data/article-extraction")
    Path dir;

    @Option(names = "--output", paramLabel = "PRED.json", description = "write {sha: {\"articleBody\": ...}} here")
    Path output;

    @Option(names = "--baseline", description = "also score readability4j and boilerpipe, and print the ratios")
    boolean baseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionBenchmark bench;
        try {
            bench = ExtractionBenchmark.load(dir);
        } catch (IOException e) {
            err.println("eval extract: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<ExtractionBenchmark.Result> results = new ArrayList<>();
        ExtractionBenchmark.Result ours = bench.runStoryline();
        results.add(ours);
        List<String> problems = bench.problems();
        if (output != null) {
            try {
                ExtractionBenchmark.writePredictions(ours.predictions(), output);
            } catch (IOException e) {
                err.println("eval extract: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        if (baseline) {
            results.add(bench.runReadability4j());
            results.add(bench.runBoilerpipe());
        }
        out.printf(Locale.ROOT, "%d pages; development half = first %d by sorted sha, held-out half = last %d%n",
                bench.size(), bench.size() / 2, bench.size() - bench.size() / 2);
        out.printf(Locale.ROOT, "%-14s %-8s %6s %6s %6s%n", "extractor", "pages", "P", "R", "F1");
        for (ExtractionBenchmark.Result r : results) {
            row(out, r.name(), "all", r.all());
            row(out, r.name(), "dev", r.dev());
            row(out, r.name(), "held-out", r.heldOut());
            out.printf(Locale.ROOT, "%-14s %-8s %.1f pages/s of one thread's CPU time (%.1f pages/s wall-clock)%n",
                    r.name(), "speed", r.pagesPerSecond(), r.wallPagesPerSecond());
        }
        for (ExtractionBenchmark.Result r : results.subList(1, results.size())) {
            out.printf(Locale.ROOT, "storyline / %s: F1 all %.3f, held-out %.3f, speed %.2f%n", r.name(),
                    ours.all().f1() / r.all().f1(), ours.heldOut().f1() / r.heldOut().f1(),
                    ours.pagesPerSecond() / r.pagesPerSecond());
        }
        if (!problems.isEmpty()) {
            out.println(problems.size() + " pages gave no text:");
            problems.forEach(p -> out.println("  " + p));
        }
        if (output != null) {
            out.println("predictions written to " + output);
        }
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String name, String part, ExtractionScore.Summary s) {
        out.printf(Locale.ROOT, "%-14s %-8s %6.3f %6.3f %6.3f   (%d pages)%n", name, part, s.precision(), s.recall(),
                s.f1(), s.pages());
    }
}
