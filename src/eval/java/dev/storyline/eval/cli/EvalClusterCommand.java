package dev.storyline.eval.cli;

import dev.storyline.cli.Pipeline;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.eval.BCubed;
import dev.storyline.eval.ClusterEvaluation;
import dev.storyline.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval cluster FILE.jsonl}: B-cubed of story assignment against gold event labels. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Cluster every article of a JSONL file as one stream and score it against its gold 'event' labels.")
final class EvalClusterCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "e.g. ../shared/data/ecbplus/ecbplus.jsonl")
    Path file;

    @Option(names = "--output", paramLabel = "PRED.tsv", description = "write id<TAB>storyId lines here")
    Path output;

    @Option(names = "--shuffles", description = "also score this many shuffled orders (fixed seeds), default ${DEFAULT-VALUE}")
    int shuffles = 3;

    @Option(names = "--threshold", description = "override the join threshold (for tuning)")
    Double threshold;

    @Option(names = "--merge-threshold", description = "override the story merge threshold (for tuning; 1 turns merging off)")
    Double mergeThreshold;

    @Option(names = "--split-threshold", description = "override the ratio of the link between a story's two main groups to the looser group's cohesion under which they are split (for tuning; 0 turns splitting off)")
    Double splitThreshold;

    @Option(names = "--sweep", description = "score join thresholds from 0.20 to 0.60 on the tuning topics (file order) and exit")
    boolean sweep;

    @Option(names = "--tune-topics", description = "topics to tune on, e.g. 1-20; the rest is reported as held out")
    String tuneTopics = "1-20";

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("storyline eval cluster: no such file: " + file
                    + " (the ECB+ set lives in ../shared/data/ecbplus/ecbplus.jsonl)");
            return 2;
        }
        List<ClusterEvaluation.Labelled> records = ClusterEvaluation.read(file);
        ClusterEvaluation evaluation = new ClusterEvaluation(new ArticleExtractor(), Pipeline.analyzer());
        long t0 = System.nanoTime();
        List<AnalyzedArticle> analyzed = evaluation.analyze(file, records, p -> System.err.println("storyline: " + p));
        long t1 = System.nanoTime();
        StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
        StoryClusterer.Settings s = threshold == null ? d : d.withThreshold(threshold);
        if (mergeThreshold != null) {
            s = s.withMergeThreshold(mergeThreshold);
        }
        if (splitThreshold != null) {
            s = s.withSplitThreshold(splitThreshold);
        }
        String[] range = tuneTopics.split("-");
        int lo = Integer.parseInt(range[0]);
        int hi = Integer.parseInt(range[1]);
        if (sweep) {
            for (double t = 0.20; t <= 0.601; t += 0.025) {
                StoryClusterer.Settings st = s.withThreshold(t);
                Map<String, String> p = ClusterEvaluation.cluster(analyzed, st, 0);
                ClusterEvaluation.report(System.out, String.format("threshold %.3f, topics %s", t, tuneTopics),
                        ClusterEvaluation.score(records, p, lo, hi));
            }
            return 0;
        }
        Map<String, String> predicted = ClusterEvaluation.cluster(analyzed, s, 0);
        long t2 = System.nanoTime();
        if (output != null) {
            ClusterEvaluation.writeTsv(records, predicted, output);
        }
        boolean labelled = records.stream().anyMatch(r -> r.event() != null);
        System.out.printf("%d records, %d articles read, %d stories; reading and analysis %.1f s, assignment %.2f s (%.0f articles/s)%n",
                records.size(), analyzed.size(), predicted.values().stream().distinct().count(), (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, analyzed.size() / ((t2 - t1) / 1e9));
        if (!labelled) {
            System.out.println("no gold 'event' labels in " + file + ": nothing to score");
            return 0;
        }
        ClusterEvaluation.report(System.out, "file order, all", ClusterEvaluation.score(records, predicted, 0, Integer.MAX_VALUE));
        ClusterEvaluation.report(System.out, "file order, topics " + tuneTopics, ClusterEvaluation.score(records, predicted, lo, hi));
        BCubed.Score heldOut = ClusterEvaluation.score(records, predicted, hi + 1, Integer.MAX_VALUE);
        ClusterEvaluation.report(System.out, "file order, held out", heldOut);
        DoubleSummaryStatistics heldF1 = new DoubleSummaryStatistics();
        DoubleSummaryStatistics allF1 = new DoubleSummaryStatistics();
        heldF1.accept(heldOut.f1());
        allF1.accept(ClusterEvaluation.score(records, predicted, 0, Integer.MAX_VALUE).f1());
        for (int i = 1; i <= shuffles; i++) {
            Map<String, String> p = ClusterEvaluation.cluster(analyzed, s, 1000L + i);
            BCubed.Score all = ClusterEvaluation.score(records, p, 0, Integer.MAX_VALUE);
            BCubed.Score held = ClusterEvaluation.score(records, p, hi + 1, Integer.MAX_VALUE);
            ClusterEvaluation.report(System.out, "shuffle " + i + ", topics " + tuneTopics,
                    ClusterEvaluation.score(records, p, lo, hi));
            ClusterEvaluation.report(System.out, "shuffle " + i + ", all", all);
            ClusterEvaluation.report(System.out, "shuffle " + i + ", held out", held);
            heldF1.accept(held.f1());
            allF1.accept(all.f1());
        }
        System.out.printf("over %d orders: held-out F1 %.3f to %.3f (mean %.3f), all %.3f to %.3f (mean %.3f)%n",
                heldF1.getCount(), heldF1.getMin(), heldF1.getMax(), heldF1.getAverage(), allF1.getMin(),
                allF1.getMax(), allF1.getAverage());
        return 0;
    }
}
