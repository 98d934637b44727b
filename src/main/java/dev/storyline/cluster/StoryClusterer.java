package dev.storyline.cluster;

import dev.storyline.embed.Vectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story assignment: each arriving article joins the open story that reports the same event, or
 * starts a new one. A story is compared on three signals: the embedding of titles and leads, the
 * TF-IDF of content words, and the names both mention, weighted by how rare they are; a story that
 * mentions other years or lies weeks apart is penalised, since a later event of the same kind is a new
 * story. Candidates come from an inverted index over names and key terms, so the cost per article does
 * not grow with the number of stories.
 *
 * <p>Not thread-safe: one clusterer owns the memory of open stories; callers serialise access.
 */
public final class StoryClusterer {

    /** Tunable weights and thresholds; {@link #defaults()} were tuned on ECB+ topics 1 to 20. */
    public record Settings(double embeddingWeight, double termWeight, double entityWeight, double threshold,
                           int candidates, int indexTermsPerArticle, Duration window) {
        public static Settings defaults() {
            return new Settings(0.35, 0.4, 0.25, 0.38, 30, 25, Duration.ofDays(21));
        }
    }

    private static final int MAX_STORY_TERMS = 400;

    private final Settings settings;
    private final Map<String, StoryMemory> stories = new LinkedHashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, String> articleStory = new HashMap<>();
    private int articles;

    public StoryClusterer() {
        this(Settings.defaults());
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
    }

    /** Assigns an article and returns its story id. An article seen before keeps its story. */
    public String assign(ArticleFeatures f) {
        String known = articleStory.get(f.id());
        if (known != null) {
            return known;
        }
        countDocumentFrequencies(f);
        StoryMemory best = null;
        double bestScore = -1;
        for (StoryMemory s : candidates(f)) {
            double score = score(f, s);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best == null || bestScore < settings.threshold()) {
            best = new StoryMemory(storyId(f.id()), f.vector().length);
            stories.put(best.id, best);
        }
        best.add(f);
        index(best, f);
        articleStory.put(f.id(), best.id);
        return best.id;
    }

    /** Restores an assignment made earlier (from the store) without deciding again. */
    public void restore(ArticleFeatures f, String storyId) {
        if (articleStory.containsKey(f.id())) {
            return;
        }
        countDocumentFrequencies(f);
        StoryMemory s = stories.computeIfAbsent(storyId, id -> new StoryMemory(id, f.vector().length));
        s.add(f);
        index(s, f);
        articleStory.put(f.id(), storyId);
    }

    public int storyCount() {
        return stories.size();
    }

    /** A stable id for the story that an article starts: the same first article gives the same id. */
    public static String storyId(String firstArticleId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void countDocumentFrequencies(ArticleFeatures f) {
        articles++;
        Set<String> keys = new HashSet<>(f.terms().keySet());
        f.entities().keySet().forEach(e -> keys.add("@" + e));
        keys.forEach(k -> documentFrequency.merge(k, 1, Integer::sum));
    }

    private double idf(String key) {
        return Math.log((articles + 1.0) / (documentFrequency.getOrDefault(key, 0) + 1.0)) + 1.0;
    }

    private List<StoryMemory> candidates(ArticleFeatures f) {
        Map<String, Double> votes = new HashMap<>();
        for (String key : indexKeys(f)) {
            Set<String> ids = postings.get(key);
            if (ids == null) {
                continue;
            }
            double w = idf(key);
            for (String id : ids) {
                votes.merge(id, w, Double::sum);
            }
        }
        return votes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(settings.candidates())
                .map(e -> stories.get(e.getKey()))
                .toList();
    }

    /** The article's rarest names and heaviest terms: what a story about the same event must share. */
    private List<String> indexKeys(ArticleFeatures f) {
        List<String> keys = new ArrayList<>();
        f.entities().keySet().forEach(e -> keys.add("@" + e));
        f.terms().forEach((t, w) -> keys.add(t));
        keys.sort(Comparator.comparingDouble((String k) -> -weightInArticle(f, k) * idf(k)));
        return keys.subList(0, Math.min(keys.size(), settings.indexTermsPerArticle()));
    }

    private static double weightInArticle(ArticleFeatures f, String key) {
        if (key.startsWith("@")) {
            return 1 + Math.log(f.entities().getOrDefault(key.substring(1), 1));
        }
        return f.terms().getOrDefault(key, 0.0);
    }

    private void index(StoryMemory s, ArticleFeatures f) {
        for (String key : indexKeys(f)) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(s.id);
        }
    }

    double score(ArticleFeatures f, StoryMemory s) {
        double embedding = Vectors.dot(f.vector(), Vectors.normalize(s.vectorSum));
        double terms = termCosine(f.terms(), s.terms);
        double names = nameCoverage(f.entities(), s.names);
        double score = settings.embeddingWeight() * embedding + settings.termWeight() * terms
                + settings.entityWeight() * names;
        return score * timePenalty(f, s);
    }

    private double termCosine(Map<String, Double> a, Map<String, Double> story) {
        double dot = 0;
        double na = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double idf = idf(e.getKey());
            double wa = e.getValue() * idf;
            na += wa * wa;
            Double ws = story.get(e.getKey());
            if (ws != null) {
                dot += wa * ws * idf;
            }
        }
        double ns = 0;
        for (Map.Entry<String, Double> e : story.entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            ns += w * w;
        }
        return na == 0 || ns == 0 ? 0 : dot / Math.sqrt(na * ns);
    }

    /** Share of the article's name weight that the story also mentions. */
    private double nameCoverage(Map<String, Integer> names, Map<String, Integer> story) {
        double all = 0;
        double shared = 0;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            double w = idf("@" + e.getKey()) * (1 + Math.log(e.getValue()));
            all += w;
            if (story.containsKey(e.getKey())) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /**
     * Two reports far apart in time, or whose texts are about different years, are more likely two
     * events of the same kind than one.
     */
    private double timePenalty(ArticleFeatures f, StoryMemory s) {
        double p = 1.0;
        if (f.published() != null && s.latest != null) {
            Duration gap = Duration.between(s.latest, f.published()).abs();
            if (gap.compareTo(settings.window()) > 0) {
                p *= 0.75;
            }
        }
        if (!f.years().isEmpty() && !s.years.isEmpty()) {
            boolean shared = f.years().stream().anyMatch(s.years::containsKey);
            if (!shared) {
                p *= 0.85;
            }
        }
        return p;
    }

    /** What the clusterer remembers of one story. */
    static final class StoryMemory {
        final String id;
        final float[] vectorSum;
        final Map<String, Double> terms = new HashMap<>();
        final Map<String, Integer> names = new HashMap<>();
        final Map<Integer, Integer> years = new HashMap<>();
        Instant latest;
        int size;

        StoryMemory(String id, int dimensions) {
            this.id = id;
            this.vectorSum = new float[dimensions];
        }

        void add(ArticleFeatures f) {
            size++;
            Vectors.add(vectorSum, f.vector());
            f.terms().forEach((t, w) -> terms.merge(t, w, Double::sum));
            f.entities().forEach((n, c) -> names.merge(n, c, Integer::sum));
            f.years().forEach(y -> years.merge(y, 1, Integer::sum));
            if (f.published() != null && (latest == null || f.published().isAfter(latest))) {
                latest = f.published();
            }
            if (terms.size() > MAX_STORY_TERMS * 2) {
                trimTerms();
            }
        }

        private void trimTerms() {
            List<Map.Entry<String, Double>> kept = terms.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(MAX_STORY_TERMS).toList();
            Map<String, Double> copy = new HashMap<>();
            kept.forEach(e -> copy.put(e.getKey(), e.getValue()));
            terms.clear();
            terms.putAll(copy);
        }
    }
}
