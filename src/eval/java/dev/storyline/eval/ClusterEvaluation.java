package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.cluster.FeatureExtractor;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.story.StoryJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Streams every article of a labelled JSONL file through analysis and story assignment, in file order or
 * shuffled, and scores the stories against the gold {@code event} labels with B-cubed. The label is read
 * only here, never handed to the pipeline.
 */
public final class ClusterEvaluation {

    /**
     * One labelled record: its id, the source the pipeline will know it by ({@code url}, else {@code id}),
     * and the gold story it belongs to.
     */
    public record Labelled(String id, String source, String event, int topic) {
    }

    private final ArticleExtractor extractor;
    private final ArticleAnalyzer analyzer;

    public ClusterEvaluation(ArticleExtractor extractor, ArticleAnalyzer analyzer) {
        this.extractor = extractor;
        this.analyzer = analyzer;
    }

    public static List<Labelled> read(Path jsonl) throws IOException {
        List<Labelled> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode n = StoryJson.MAPPER.readTree(l);
            String id = n.path("id").asText("");
            String url = n.path("url").asText("");
            if (id.isEmpty()) {
                throw new IOException(jsonl + ":" + line + ": record without id");
            }
            out.add(new Labelled(id, url.isEmpty() ? id : url, n.path("event").asText(null), n.path("topic").asInt(0)));
        }
        return out;
    }

    /**
     * Reads the file through the product's own ingest and extraction, and analyses every article once;
     * the analyses can then be clustered in several orders and settings. Each article takes its record's
     * id, since several records may share a URL. A record that yields no article is reported and left
     * out (scoring puts it alone).
     */
    public List<AnalyzedArticle> analyze(Path jsonl, List<Labelled> records, Consumer<IngestProblem> problems) {
        return analyze(jsonl, records, problems, false);
    }

    /** As {@link #analyze(Path, List, Consumer)}, with every sentence's embedding when {@code sentenceVectors}. */
    public List<AnalyzedArticle> analyze(Path jsonl, List<Labelled> records, Consumer<IngestProblem> problems,
                                         boolean sentenceVectors) {
        List<Article> articles = LabelledCorpus.read(jsonl, records, extractor, problems).stream()
                .map(LabelledCorpus.Extracted::article).toList();
        List<AnalyzedArticle> out = new ArrayList<>();
        int batch = 64;
        for (int i = 0; i < articles.size(); i += batch) {
            out.addAll(analyzer.analyzeAll(articles.subList(i, Math.min(articles.size(), i + batch)), sentenceVectors));
        }
        return out;
    }

    /** Article id to story id, assigning in the given order. */
    public static Map<String, String> cluster(List<AnalyzedArticle> analyzed, StoryClusterer.Settings settings,
                                              long shuffleSeed) {
        List<AnalyzedArticle> order = new ArrayList<>(analyzed);
        if (shuffleSeed != 0) {
            Collections.shuffle(order, new Random(shuffleSeed));
        }
        FeatureExtractor features = new FeatureExtractor();
        StoryClusterer clusterer = new StoryClusterer(settings);
        for (AnalyzedArticle a : order) {
            clusterer.assign(features.features(a));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (AnalyzedArticle a : analyzed) {
            out.put(a.id(), clusterer.storyOf(a.id()));
        }
        return out;
    }

    /**
     * Sparse stream {@code offset} of {@code n}: every {@code n}th record of the file from {@code offset}, in
     * file order. A real stream gives most events one to three reports; ECB+ read whole gives about eleven.
     */
    public static List<Labelled> sample(List<Labelled> records, int n, int offset) {
        List<Labelled> out = new ArrayList<>();
        for (int i = offset; i < records.size(); i += n) {
            out.add(records.get(i));
        }
        return out;
    }

    /** B-cubed of one sparse stream on the tuning topics and on the held-out ones. */
    public record SparseScore(int offset, List<Labelled> stream, Map<String, String> predicted, BCubed.Score tuning,
                              BCubed.Score heldOut) {
    }

    /**
     * Clusters each of the {@code n} sparse streams on its own (see {@link #sample}) and scores it on the
     * tuning topics [{@code from}, {@code to}] and on the topics above them.
     */
    public static List<SparseScore> sparse(List<Labelled> records, List<AnalyzedArticle> analyzed,
                                           StoryClusterer.Settings settings, int n, int from, int to) {
        List<SparseScore> out = new ArrayList<>();
        for (int offset = 0; offset < n; offset++) {
            List<Labelled> stream = sample(records, n, offset);
            Map<String, String> p = cluster(articlesOf(analyzed, stream), settings, 0);
            out.add(new SparseScore(offset, stream, p, score(stream, p, from, to), score(stream, p, to + 1, Integer.MAX_VALUE)));
        }
        return out;
    }

    /**
     * For the same-topic pairs of the topics [{@code from}, {@code to}]: how many of the pairs of one event
     * and of sibling events conflict on place, and on year or magnitude ({@link StoryClusterer#conflict}),
     * as printable lines, with the first pairs of one event that conflict on place.
     */
    public static List<String> conflictCounts(List<Labelled> records, List<AnalyzedArticle> analyzed, int from, int to) {
        FeatureExtractor fx = new FeatureExtractor();
        Map<String, Labelled> label = new HashMap<>();
        records.forEach(r -> label.put(r.id(), r));
        List<dev.storyline.cluster.ArticleFeatures> fs = new ArrayList<>();
        for (AnalyzedArticle a : analyzed) {
            Labelled l = label.get(a.id());
            if (l != null && l.event() != null && l.topic() >= from && l.topic() <= to) {
                fs.add(fx.features(a));
            }
        }
        int[] same = new int[3];
        int[] sibling = new int[3];
        List<String> out = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        int placed = 0;
        for (var f : fs) {
            if (!f.eventPlaces().isEmpty()) {
                placed++;
            }
        }
        for (int i = 0; i < fs.size(); i++) {
            for (int j = 0; j < i; j++) {
                Labelled a = label.get(fs.get(i).id());
                Labelled b = label.get(fs.get(j).id());
                if (a.topic() != b.topic()) {
                    continue;
                }
                int[] c = a.event().equals(b.event()) ? same : sibling;
                c[0]++;
                String kind = StoryClusterer.conflict(fs.get(i), fs.get(j));
                if (kind.contains("place")) {
                    c[1]++;
                    if (c == same && examples.size() < 40) {
                        examples.add("  same event, places apart: " + a.id() + " " + fs.get(i).eventPlaces() + " / " + b.id() + " " + fs.get(j).eventPlaces());
                    }
                }
                if (kind.contains("event")) {
                    c[2]++;
                }
            }
        }
        out.add(String.format("topics %d-%d: %d articles, %d state a place", from, to, fs.size(), placed));
        out.add(String.format("same-event pairs %d: places apart %d, year or magnitude %d", same[0], same[1], same[2]));
        out.add(String.format("sibling-event pairs %d: places apart %d, year or magnitude %d", sibling[0], sibling[1], sibling[2]));
        out.addAll(examples);
        return out;
    }

    /** Mean precision, recall and F1 of several scores (the cluster count is summed). */
    public static BCubed.Score mean(List<BCubed.Score> scores) {
        double p = 0;
        double r = 0;
        double f = 0;
        int c = 0;
        for (BCubed.Score s : scores) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
            c += s.clusters();
        }
        int n = scores.size();
        return new BCubed.Score(p / n, r / n, f / n, c);
    }

    /** The analysed articles of the given records, in the records' order. */
    public static List<AnalyzedArticle> articlesOf(List<AnalyzedArticle> analyzed, List<Labelled> records) {
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        analyzed.forEach(a -> byId.put(a.id(), a));
        return records.stream().map(r -> byId.get(r.id())).filter(Objects::nonNull).toList();
    }

    /** Scores predictions restricted to the records whose topic lies in [from, to]. */
    public static BCubed.Score score(List<Labelled> records, Map<String, String> predicted, int from, int to) {
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> pred = new LinkedHashMap<>();
        for (Labelled r : records) {
            if (r.event() != null && r.topic() >= from && r.topic() <= to) {
                gold.put(r.id(), r.event());
                pred.put(r.id(), predicted.getOrDefault(r.id(), "unread:" + r.id()));
            }
        }
        return BCubed.score(gold, pred);
    }

    /** {@code id<TAB>storyId} for every record, in file order (a record that was not read stands alone). */
    public static void writeTsv(List<Labelled> records, Map<String, String> predicted, Path output) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Labelled r : records) {
            sb.append(r.id()).append('\t').append(predicted.getOrDefault(r.id(), "unread:" + r.id())).append('\n');
        }
        Files.writeString(output, sb.toString(), StandardCharsets.UTF_8);
    }

    public static void report(PrintStream out, String label, BCubed.Score s) {
        out.printf("%-28s %s%n", label, s);
    }
}
