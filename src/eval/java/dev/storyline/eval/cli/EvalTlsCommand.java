package dev.storyline.eval.cli;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.ArcTimeline;
import dev.storyline.cli.Pipeline;
import dev.storyline.eval.ClusterEvaluation;
import dev.storyline.eval.TimelineSummaryRun;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.story.StoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code storyline eval tls DIR}: timeline summarisation on Timeline17 in the standard setting. */
@Command(name = "tls", mixinStandardHelpOptions = true,
        description = "Storyline timelines on Timeline17 (standard setting: window, T dates, k sentences, keywords): Date-F1 beside the date-frequency baseline.")
final class EvalTlsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "e.g. ../shared/data/timeline17 (<topic>.jsonl, timelines.json, keywords.json)")
    Path dir;

    @Option(names = "--output", paramLabel = "DIR", description = "write <topic>.json timelines here (for ../shared/tools/tls_score.py)")
    Path output;

    @Option(names = "--topics", split = ",", description = "topics to run (default: every topic of timelines.json)")
    List<String> topics;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep each topic's analysed articles here and reuse them on the next run (for tuning)")
    Path cache;

    @Option(names = "--published-weight", description = "weight of an article published on a day against one dating it (default ${DEFAULT-VALUE})")
    double publishedWeight = ArcTimeline.Settings.defaults().publishedWeight();

    @Option(names = "--link-threshold", description = "storyline link threshold (default ${DEFAULT-VALUE})")
    double linkThreshold = ArcLinker.Settings.defaults().threshold();

    @Override
    public Integer call() throws Exception {
        Path gold = dir.resolve("timelines.json");
        Path keywordsFile = dir.resolve("keywords.json");
        if (!Files.isRegularFile(gold) || !Files.isRegularFile(keywordsFile)) {
            System.err.println("storyline eval tls: " + dir + " has no timelines.json and keywords.json"
                    + " (Timeline17 lives in ../shared/data/timeline17)");
            return 2;
        }
        Map<String, List<TimelineSummaryRun.GoldTimeline>> golds = TimelineSummaryRun.readGold(gold);
        Map<String, List<String>> keywords = TimelineSummaryRun.readKeywords(keywordsFile);
        ArcTimeline.Settings defaults = ArcTimeline.Settings.defaults();
        TimelineSummaryRun run = new TimelineSummaryRun(new ArcTimeline.Settings(defaults.dates(), defaults.sentencesPerDate(),
                publishedWeight, defaults.leadSentences(), defaults.repeatSimilarity()),
                new ArcLinker.Settings(linkThreshold, ArcLinker.Settings.defaults().horizonDays()));
        ClusterEvaluation loader = new ClusterEvaluation(new ArticleExtractor(), Pipeline.analyzer());
        List<TimelineSummaryRun.DateScore> storyline = new ArrayList<>();
        List<TimelineSummaryRun.DateScore> pooled = new ArrayList<>();
        List<TimelineSummaryRun.DateScore> baseline = new ArrayList<>();
        long start = System.nanoTime();
        int articles = 0;
        for (String topic : golds.keySet()) {
            if (topics != null && !topics.contains(topic)) {
                continue;
            }
            Path jsonl = dir.resolve(topic + ".jsonl");
            if (!Files.isRegularFile(jsonl)) {
                System.err.println("storyline eval tls: no " + jsonl + "; topic skipped");
                continue;
            }
            long t = System.nanoTime();
            List<AnalyzedArticle> analyzed = cached(topic);
            if (analyzed == null) {
                analyzed = loader.analyze(jsonl, ClusterEvaluation.read(jsonl), p -> System.err.println("storyline: " + p), true);
                keep(topic, analyzed);
            }
            articles += analyzed.size();
            System.out.printf(Locale.ROOT, "%s: %d articles analysed in %.1f s%n", topic, analyzed.size(), (System.nanoTime() - t) / 1e9);
            Map<String, List<ArcTimeline.Day>> written = new LinkedHashMap<>();
            for (TimelineSummaryRun.GoldTimeline g : golds.get(topic)) {
                TimelineSummaryRun.Timelines tl = run.timelines(analyzed, g, keywords.getOrDefault(topic, List.of(topic)));
                var goldDates = g.entries().keySet();
                var s = TimelineSummaryRun.DateScore.of(TimelineSummaryRun.dates(tl.storyline()), new java.util.HashSet<>(goldDates));
                var p = TimelineSummaryRun.DateScore.of(TimelineSummaryRun.dates(tl.pooled()), new java.util.HashSet<>(goldDates));
                var b = TimelineSummaryRun.DateScore.of(TimelineSummaryRun.dates(tl.baseline()), new java.util.HashSet<>(goldDates));
                storyline.add(s);
                pooled.add(p);
                baseline.add(b);
                written.put(g.file(), tl.storyline());
                System.out.printf(Locale.ROOT, "  %-40s T=%d k=%d window %d articles, %d stories, %d storylines, chosen %d articles;"
                                + " Date-F1 storyline %.3f, all articles %.3f, date frequency %.3f%n",
                        g.file(), g.entries().size(), g.k(), tl.windowArticles(), tl.stories(), tl.storylines(), tl.chosenArticles(),
                        f1(s), f1(p), f1(b));
            }
            if (output != null) {
                TimelineSummaryRun.write(output, topic, written);
            }
        }
        System.out.printf(Locale.ROOT, "%d timelines, %d articles, %.1f s%n", storyline.size(), articles, (System.nanoTime() - start) / 1e9);
        TimelineSummaryRun.report(System.out, "storyline (chosen by keywords)", storyline);
        TimelineSummaryRun.report(System.out, "every article of the window", pooled);
        TimelineSummaryRun.report(System.out, "date frequency baseline", baseline);
        if (output != null) {
            System.out.println("timelines written to " + output + "; ROUGE: python3 ../shared/tools/tls_score.py "
                    + gold + " " + output);
        }
        return 0;
    }

    /** The topic's analysed articles from the cache, or null when there is none. */
    private List<AnalyzedArticle> cached(String topic) throws java.io.IOException {
        if (cache == null || !Files.isRegularFile(cache.resolve(topic + ".analysed.jsonl"))) {
            return null;
        }
        List<AnalyzedArticle> out = new ArrayList<>();
        for (String line : Files.readAllLines(cache.resolve(topic + ".analysed.jsonl"))) {
            out.add(StoryJson.MAPPER.readValue(line, AnalyzedArticle.class));
        }
        if (out.stream().flatMap(a -> a.sentences().stream()).anyMatch(s -> s.vector() == null)) {
            throw new IllegalStateException("the cache " + cache + " holds articles without sentence vectors; delete it");
        }
        return out;
    }

    private void keep(String topic, List<AnalyzedArticle> analyzed) throws java.io.IOException {
        if (cache == null) {
            return;
        }
        Files.createDirectories(cache);
        List<String> lines = new ArrayList<>();
        for (AnalyzedArticle a : analyzed) {
            lines.add(StoryJson.MAPPER.writeValueAsString(a));
        }
        Files.write(cache.resolve(topic + ".analysed.jsonl"), lines);
    }

    private static double f1(TimelineSummaryRun.DateScore s) {
        return s.precision() + s.recall() == 0 ? 0 : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
    }
}
