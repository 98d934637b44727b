package dev.storyline.eval.cli;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.ArcTimeline;
import dev.storyline.cli.Pipeline;
import dev.storyline.eval.ClusterEvaluation;
import dev.storyline.eval.TimelineRouge;
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
        description = "Storyline timelines on Timeline17 (standard setting: window, T dates, k sentences, keywords): Date-F1, AR-1 and AR-2 beside the date-frequency baseline.")
final class EvalTlsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "e.g. ../shared/data/timeline17 (<topic>.jsonl, timelines.json, keywords.json)")
    Path dir;

    @Option(names = "--output", paramLabel = "DIR", description = "write <topic>.json timelines here (for ../shared/tools/tls_score.py)")
    Path output;

    @Option(names = "--topics", split = ",", description = "topics to run (default: every topic of timelines.json)")
    List<String> topics;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep each topic's analysed articles here and reuse them on the next run (for tuning)")
    Path cache;

    @Option(names = "--rouge-data", paramLabel = "DIR", description = "ROUGE-1.5.5's stop words and WordNet exceptions (default: DIR/../rouge155); AR-1/AR-2 are left out when absent")
    Path rougeData;

    @Option(names = "--published-weight", description = "weight of an article published on a day against one dating it (default ${DEFAULT-VALUE})")
    double publishedWeight = ArcTimeline.Settings.defaults().publishedWeight();

    @Option(names = "--later-weight", split = ",", description = "what a reference from a later article adds (default ${DEFAULT-VALUE}); a list runs each")
    List<Double> laterWeights = List.of(ArcTimeline.Settings.defaults().laterWeight());

    @Option(names = "--spread", split = ",", description = "share of a day's score lost per chosen neighbouring day (default ${DEFAULT-VALUE}); a list runs each")
    List<Double> spreads = List.of(ArcTimeline.Settings.defaults().spread());

    @Option(names = "--publisher-weight", split = ",", description = "what each further publisher telling a day adds (default ${DEFAULT-VALUE}); a list runs each")
    List<Double> publisherWeights = List.of(ArcTimeline.Settings.defaults().publisherWeight());

    @Option(names = "--link-threshold", split = ",", description = "storyline link threshold (default ${DEFAULT-VALUE}); a list runs each")
    List<Double> linkThresholds = List.of(ArcLinker.Settings.defaults().threshold());

    @Option(names = "--subject-floor", description = "least similarity of two stories' subjects that may link (default ${DEFAULT-VALUE})")
    double subjectFloor = ArcLinker.Settings.defaults().subjectFloor();

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
        TimelineSummaryRun run = new TimelineSummaryRun(linkThresholds.stream()
                .map(t -> new ArcLinker.Settings(t, ArcLinker.Settings.defaults().horizonDays(), subjectFloor)).toList());
        // every combination of the listed link thresholds and day-scoring settings, the first one written with --output
        List<ArcTimeline.Settings> variants = new ArrayList<>();
        List<Integer> linkOf = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int l = 0; l < linkThresholds.size(); l++) {
            for (double later : laterWeights) {
                for (double spread : spreads) {
                    for (double publisher : publisherWeights) {
                        variants.add(ArcTimeline.Settings.defaults().withDayScoring(publishedWeight, later, spread)
                                .withPublisherWeight(publisher));
                        linkOf.add(l);
                        labels.add(String.format(Locale.ROOT,
                                "link threshold %.2f, published weight %.2f, later weight %.2f, spread %.2f, publisher weight %.2f",
                                linkThresholds.get(l), publishedWeight, later, spread, publisher));
                    }
                }
            }
        }
        Path rougeDir = rougeData != null ? rougeData : dir.toAbsolutePath().normalize().resolveSibling("rouge155");
        TimelineRouge rouge = null;
        if (Files.isRegularFile(rougeDir.resolve("smart_common_words.txt"))) {
            rouge = TimelineRouge.load(rougeDir);
        } else {
            System.err.println("storyline eval tls: no ROUGE data in " + rougeDir + " (--rouge-data); Date-F1 only");
        }
        ClusterEvaluation loader = new ClusterEvaluation(new ArticleExtractor(), Pipeline.analyzer());
        List<List<TimelineSummaryRun.Measures>> storyline = new ArrayList<>();
        List<List<TimelineSummaryRun.Measures>> pooled = new ArrayList<>();
        variants.forEach(v -> {
            storyline.add(new ArrayList<>());
            pooled.add(new ArrayList<>());
        });
        List<TimelineSummaryRun.Measures> baseline = new ArrayList<>();
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
                List<String> words = keywords.getOrDefault(topic, List.of(topic));
                List<TimelineSummaryRun.Streamed> streams = run.stream(analyzed, g, words);
                for (int v = 0; v < variants.size(); v++) {
                    TimelineSummaryRun.Streamed streamed = streams.get(linkOf.get(v));
                    TimelineSummaryRun.Timelines tl = TimelineSummaryRun.timelines(streamed, g, words, variants.get(v));
                    var s = TimelineSummaryRun.Measures.of(tl.storyline(), g, rouge);
                    var p = TimelineSummaryRun.Measures.of(tl.pooled(), g, rouge);
                    storyline.get(v).add(s);
                    pooled.get(v).add(p);
                    if (v > 0) {
                        continue;
                    }
                    var b = TimelineSummaryRun.Measures.of(tl.baseline(), g, rouge);
                    baseline.add(b);
                    written.put(g.file(), tl.storyline());
                    System.out.printf(Locale.ROOT, "  %-40s T=%d k=%d window %d articles, %d stories, %d storylines, chosen %d articles;"
                                    + " Date-F1 storyline %.3f, all articles %.3f, date frequency %.3f%s%n",
                            g.file(), g.entries().size(), g.k(), streamed.window().size(), streamed.stories(), streamed.storylines(),
                            streamed.chosen().size(), s.date().f1(), p.date().f1(), b.date().f1(),
                            s.ar1() == null ? "" : String.format(Locale.ROOT, "; AR-1 F storyline %.3f, date frequency %.3f",
                                    s.ar1().f1(), b.ar1().f1()));
                }
            }
            if (output != null) {
                TimelineSummaryRun.write(output, topic, written);
            }
        }
        System.out.printf(Locale.ROOT, "%d timelines, %d articles, %.1f s%n", baseline.size(), articles, (System.nanoTime() - start) / 1e9);
        for (int v = 0; v < variants.size(); v++) {
            if (variants.size() > 1) {
                System.out.println(labels.get(v) + (v == 0 ? " (written):" : ":"));
            }
            TimelineSummaryRun.report(System.out, "storyline (chosen by keywords)", storyline.get(v));
            TimelineSummaryRun.report(System.out, "every article of the window", pooled.get(v));
        }
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

}
