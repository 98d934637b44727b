package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.cluster.FeatureExtractor;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.extract.Article;
import dev.storyline.story.StoryJson;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Streams every article of a labelled JSONL file through analysis and story assignment, in file order or
 * shuffled, and scores the stories against the gold {@code event} labels with B-cubed. The label is read
 * only here, never handed to the pipeline.
 */
public final class ClusterEvaluation {

    /** One labelled article: what the pipeline sees, and the gold story it belongs to. */
    public record Labelled(Article article, String event, int topic) {
    }

    private final ArticleAnalyzer analyzer;

    public ClusterEvaluation(ArticleAnalyzer analyzer) {
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
            Article a = new Article(id, url.isEmpty() ? id : url, n.path("title").asText(""),
                    n.path("text").asText(""), null, null, null, "en", Map.of());
            out.add(new Labelled(a, n.path("event").asText(null), n.path("topic").asInt(0)));
        }
        return out;
    }

    /** Analyses once; the same analyses can then be clustered in several orders and settings. */
    public List<AnalyzedArticle> analyze(List<Labelled> records) {
        List<AnalyzedArticle> out = new ArrayList<>();
        int batch = 64;
        for (int i = 0; i < records.size(); i += batch) {
            List<Article> part = records.subList(i, Math.min(records.size(), i + batch)).stream()
                    .map(Labelled::article).toList();
            out.addAll(analyzer.analyzeAll(part, false));
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
        Map<String, String> out = new LinkedHashMap<>();
        for (AnalyzedArticle a : order) {
            out.put(a.id(), clusterer.assign(features.features(a)));
        }
        return out;
    }

    /** Scores predictions restricted to the records whose topic lies in [from, to]. */
    public static BCubed.Score score(List<Labelled> records, Map<String, String> predicted, int from, int to) {
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> pred = new LinkedHashMap<>();
        for (Labelled r : records) {
            if (r.event() != null && r.topic() >= from && r.topic() <= to) {
                gold.put(r.article().id(), r.event());
                pred.put(r.article().id(), predicted.get(r.article().id()));
            }
        }
        return BCubed.score(gold, pred);
    }

    public static void writeTsv(Map<String, String> predicted, Path output) throws IOException {
        StringBuilder sb = new StringBuilder();
        predicted.forEach((id, story) -> sb.append(id).append('\t').append(story).append('\n'));
        Files.writeString(output, sb.toString(), StandardCharsets.UTF_8);
    }

    public static void report(PrintStream out, String label, BCubed.Score s) {
        out.printf("%-28s %s%n", label, s);
    }
}
