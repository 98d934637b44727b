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

    @Option(names = "--output", paramLabel = "PRED.tsv", description = "write id<TAB>storyId lines here (with --sample, each sparse stream to PRED.tsv.N-OFFSET as well)")
    Path output;

    @Option(names = "--shuffles", description = "also score this many shuffled orders (fixed seeds), default ${DEFAULT-VALUE}")
    int shuffles = 3;

    @Option(names = "--threshold", description = "override the join threshold (for tuning)")
    Double threshold;

    @Option(names = "--merge-threshold", description = "override the story merge threshold (for tuning; 1 turns merging off)")
    Double mergeThreshold;

    @Option(names = "--split-threshold", description = "override the ratio of the link between a story's two main groups to the looser group's cohesion under which they are split (for tuning; 0 turns splitting off)")
    Double splitThreshold;

    @Option(names = "--conflict-penalty", description = "override the factor on the join score of a story whose reports conflict with the article on the event's year or magnitude (for tuning; 1 turns it off)")
    Double conflictPenalty;

    @Option(names = "--place-penalty", description = "override the factor on the join score of a story whose reports place the event elsewhere (for tuning; 1 turns it off)")
    Double placePenalty;

    @Option(names = "--small-split-link", description = "override the pair link under which a story of 3 to 7 reports is cut in two (for tuning; 0 turns it off)")
    Double smallSplitLink;

    @Option(names = "--small-split-links", split = ",", description = "with --sweep: the small-story split links to score, e.g. 0,0.2,0.3")
    List<Double> smallSplitLinks;

    @Option(names = "--sweep", description = "score join thresholds from 0.20 to 0.60 (or --thresholds) on the tuning topics (file order) and exit; with --place-penalties or --conflict-penalties, every combination, dense over the orders of --shuffles")
    boolean sweep;

    @Option(names = "--thresholds", split = ",", description = "with --sweep: the join thresholds to score, e.g. 0.26,0.30")
    List<Double> thresholds;

    @Option(names = "--place-penalties", split = ",", description = "with --sweep: the place-conflict factors to score, e.g. 1,0.5")
    List<Double> placePenalties;

    @Option(names = "--conflict-penalties", split = ",", description = "with --sweep: the year/magnitude conflict factors to score, e.g. 1,0.7")
    List<Double> conflictPenalties;

    @Option(names = "--conflicts", description = "count the same-topic pairs of the tuning topics whose reports conflict on place, year or magnitude, same event against sibling events, and exit")
    boolean conflicts;

    @Option(names = "--sample", paramLabel = "N", description = "also run the N sparse streams (every Nth record at each offset, file order), as a real stream gives most events few reports")
    Integer sample;

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
        if (conflictPenalty != null) {
            s = s.withConflictPenalty(conflictPenalty);
        }
        if (placePenalty != null) {
            s = s.withPlacePenalty(placePenalty);
        }
        if (smallSplitLink != null) {
            s = s.withSmallSplitLink(smallSplitLink);
        }
        String[] range = tuneTopics.split("-");
        int lo = Integer.parseInt(range[0]);
        int hi = Integer.parseInt(range[1]);
        if (sample != null && sample < 2) {
            System.err.println("storyline eval cluster: --sample needs 2 or more streams");
            return 2;
        }
        if (conflicts) {
            ClusterEvaluation.conflictCounts(records, analyzed, lo, hi).forEach(System.out::println);
            return 0;
        }
        if (sweep && placePenalties == null && conflictPenalties == null && smallSplitLinks == null) {
            List<Double> ts = thresholds != null ? thresholds
                    : java.util.stream.IntStream.rangeClosed(0, 16).mapToObj(i -> 0.20 + 0.025 * i).toList();
            for (double t : ts) {
                StoryClusterer.Settings st = s.withThreshold(t);
                String label = String.format("threshold %.3f", t);
                Map<String, String> p = ClusterEvaluation.cluster(analyzed, st, 0);
                ClusterEvaluation.report(System.out, label + ", topics " + tuneTopics,
                        ClusterEvaluation.score(records, p, lo, hi));
                if (sample != null) {
                    List<ClusterEvaluation.SparseScore> sparse = ClusterEvaluation.sparse(records, analyzed, st, sample, lo, hi);
                    ClusterEvaluation.report(System.out, String.format("%s, 1/%d, topics %s", label, sample, tuneTopics),
                            ClusterEvaluation.mean(sparse.stream().map(ClusterEvaluation.SparseScore::tuning).toList()));
                }
            }
            return 0;
        }
        if (sweep) {
            sweepGrid(records, analyzed, s, lo, hi);
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
        if (sample != null) {
            reportSparse(records, analyzed, s, lo, hi);
        }
        return 0;
    }

    /** Every combination of the listed thresholds and factors, on the tuning topics only. */
    private void sweepGrid(List<ClusterEvaluation.Labelled> records, List<AnalyzedArticle> analyzed,
                           StoryClusterer.Settings s, int lo, int hi) {
        List<StoryClusterer.Settings> grid = new java.util.ArrayList<>();
        for (double t : thresholds != null ? thresholds : List.of(s.threshold())) {
            for (double pp : placePenalties != null ? placePenalties : List.of(s.placePenalty())) {
                for (double cp : conflictPenalties != null ? conflictPenalties : List.of(s.conflictPenalty())) {
                    for (double sl : smallSplitLinks != null ? smallSplitLinks : List.of(s.smallSplitLink())) {
                        grid.add(s.withThreshold(t).withPlacePenalty(pp).withConflictPenalty(cp).withSmallSplitLink(sl));
                    }
                }
            }
        }
        for (StoryClusterer.Settings st : grid) {
            List<BCubed.Score> dense = new java.util.ArrayList<>();
            for (int i = 0; i <= shuffles; i++) {
                dense.add(ClusterEvaluation.score(records, ClusterEvaluation.cluster(analyzed, st, i == 0 ? 0 : 1000L + i), lo, hi));
            }
            String label = String.format("t %.3f place %.2f conflict %.2f small %.2f", st.threshold(), st.placePenalty(),
                    st.conflictPenalty(), st.smallSplitLink());
            ClusterEvaluation.report(System.out, label + ", dense " + dense.size() + " orders, topics " + tuneTopics,
                    ClusterEvaluation.mean(dense));
            if (sample != null) {
                List<ClusterEvaluation.SparseScore> sparse = ClusterEvaluation.sparse(records, analyzed, st, sample, lo, hi);
                ClusterEvaluation.report(System.out, String.format("%s, 1/%d, topics %s", label, sample, tuneTopics),
                        ClusterEvaluation.mean(sparse.stream().map(ClusterEvaluation.SparseScore::tuning).toList()));
            }
        }
    }

    private void reportSparse(List<ClusterEvaluation.Labelled> records, List<AnalyzedArticle> analyzed,
                              StoryClusterer.Settings s, int lo, int hi) throws java.io.IOException {
        List<ClusterEvaluation.SparseScore> sparse = ClusterEvaluation.sparse(records, analyzed, s, sample, lo, hi);
        for (ClusterEvaluation.SparseScore sc : sparse) {
            String stream = String.format("1/%d offset %d", sample, sc.offset());
            ClusterEvaluation.report(System.out, stream + ", topics " + tuneTopics, sc.tuning());
            ClusterEvaluation.report(System.out, stream + ", held out", sc.heldOut());
            if (output != null) {
                ClusterEvaluation.writeTsv(sc.stream(), sc.predicted(),
                        output.resolveSibling(output.getFileName() + "." + sample + "-" + sc.offset()));
            }
        }
        List<BCubed.Score> held = sparse.stream().map(ClusterEvaluation.SparseScore::heldOut).toList();
        ClusterEvaluation.report(System.out, String.format("1/%d mean, topics %s", sample, tuneTopics),
                ClusterEvaluation.mean(sparse.stream().map(ClusterEvaluation.SparseScore::tuning).toList()));
        ClusterEvaluation.report(System.out, String.format("1/%d mean, held out", sample), ClusterEvaluation.mean(held));
        System.out.printf("1/%d held out: F1 %.4f to %.4f over %d offsets%n", sample,
                held.stream().mapToDouble(BCubed.Score::f1).min().orElse(0),
                held.stream().mapToDouble(BCubed.Score::f1).max().orElse(0), held.size());
    }
}
