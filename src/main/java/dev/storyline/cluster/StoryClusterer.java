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
                           double mergeThreshold, int candidates, int indexTermsPerArticle, Duration window) {
        public static Settings defaults() {
            return new Settings(0.35, 0.4, 0.25, 0.38, 0.60, 30, 25, Duration.ofDays(21));
        }

        public Settings withThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, t, mergeThreshold, candidates,
                    indexTermsPerArticle, window);
        }

        public Settings withMergeThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, t, candidates,
                    indexTermsPerArticle, window);
        }
    }

    /** Two stories found to be one event: {@code from} was folded into {@code into}, which keeps its id. */
    public record Merge(String from, String into) {
    }

    private static final int MAX_STORY_TERMS = 400;
    /** Articles per story compared one by one; older ones still count through the centroid terms. */
    private static final int MAX_MEMBERS = 64;

    private final Settings settings;
    private final Map<String, StoryMemory> stories = new LinkedHashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, String> articleStory = new HashMap<>();
    private final List<Merge> merges = new ArrayList<>();
    private int articles;
    private long created;

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
            best = new StoryMemory(storyId(f.id()), f.vector().length, created++);
            stories.put(best.id, best);
        }
        best.add(f);
        index(best, f);
        articleStory.put(f.id(), best.id);
        return maybeMerge(best).id;
    }

    /** The merges made since the last call, oldest first; the caller moves the stored articles. */
    public List<Merge> drainMerges() {
        List<Merge> out = List.copyOf(merges);
        merges.clear();
        return out;
    }

    /** The story an article belongs to now (after merges), or {@code null} for an unknown article. */
    public String storyOf(String articleId) {
        return articleStory.get(articleId);
    }

    /**
     * Folds a story into another that reports the same event, judged on everything both know (all
     * their articles' terms and names): fragments of one event that no single article could join find
     * each other once they have grown. The older story keeps its id.
     */
    private StoryMemory maybeMerge(StoryMemory s) {
        if (settings.mergeThreshold() >= 1 || s.size < 2) {
            return s;
        }
        ArticleFeatures view = s.asFeatures();
        for (StoryMemory other : candidates(view)) {
            if (other == s || other.size < 2) {
                continue;
            }
            double score = Math.min(score(view, other), score(other.asFeatures(), s));
            if (score >= settings.mergeThreshold()) {
                StoryMemory older = other.created < s.created ? other : s;
                StoryMemory younger = older == s ? other : s;
                fold(younger, older);
                return older;
            }
        }
        return s;
    }

    private void fold(StoryMemory from, StoryMemory into) {
        into.absorb(from);
        for (String key : from.keys) {
            Set<String> ids = postings.get(key);
            if (ids != null) {
                ids.remove(from.id);
                ids.add(into.id);
            }
        }
        into.keys.addAll(from.keys);
        from.articleIds.forEach(a -> articleStory.put(a, into.id));
        stories.remove(from.id);
        merges.add(new Merge(from.id, into.id));
    }

    /** Restores an assignment made earlier (from the store) without deciding again. */
    public void restore(ArticleFeatures f, String storyId) {
        if (articleStory.containsKey(f.id())) {
            return;
        }
        countDocumentFrequencies(f);
        StoryMemory s = stories.computeIfAbsent(storyId, id -> new StoryMemory(id, f.vector().length, created++));
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
            s.keys.add(key);
        }
    }

    double score(ArticleFeatures f, StoryMemory s) {
        double embedding = nearestMembers(f.vector(), s);
        double terms = termCosine(f.terms(), s.terms);
        double names = nameCoverage(f.entities(), s.names);
        double score = settings.embeddingWeight() * embedding + settings.termWeight() * terms
                + settings.entityWeight() * names;
        return score * timePenalty(f, s);
    }

    /**
     * Mean similarity to the story's two closest articles: a centroid blurs a story that a few
     * articles of another event have joined, while its own reports stay close to each other.
     */
    private static double nearestMembers(float[] v, StoryMemory s) {
        double first = -1;
        double second = -1;
        for (float[] m : s.members) {
            double sim = Vectors.dot(v, m);
            if (sim > first) {
                second = first;
                first = sim;
            } else if (sim > second) {
                second = sim;
            }
        }
        return second < 0 ? first : (first + second) / 2;
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
        /** Vectors of the most recent articles, for nearest-member similarity. */
        final java.util.ArrayDeque<float[]> members = new java.util.ArrayDeque<>();
        final Map<String, Double> terms = new HashMap<>();
        final Map<String, Integer> names = new HashMap<>();
        final Map<Integer, Integer> years = new HashMap<>();
        /** Index keys under which this story is posted, so that a merge moves only these. */
        final Set<String> keys = new HashSet<>();
        final List<String> articleIds = new ArrayList<>();
        final long created;
        Instant latest;
        int size;

        StoryMemory(String id, int dimensions, long created) {
            this.id = id;
            this.vectorSum = new float[dimensions];
            this.created = created;
        }

        /** The story seen as one long article, to compare it with another story. */
        ArticleFeatures asFeatures() {
            Map<String, Double> t = new HashMap<>();
            terms.forEach((w, c) -> t.put(w, 1 + Math.log(Math.max(1, c))));
            return new ArticleFeatures(id, Vectors.normalize(vectorSum), t, names, years.keySet(), latest, null);
        }

        void absorb(StoryMemory other) {
            size += other.size;
            Vectors.add(vectorSum, other.vectorSum);
            other.members.forEach(m -> {
                members.addLast(m);
                if (members.size() > MAX_MEMBERS) {
                    members.removeFirst();
                }
            });
            other.terms.forEach((t, w) -> terms.merge(t, w, Double::sum));
            other.names.forEach((n, c) -> names.merge(n, c, Integer::sum));
            other.years.forEach((y, c) -> years.merge(y, c, Integer::sum));
            articleIds.addAll(other.articleIds);
            if (other.latest != null && (latest == null || other.latest.isAfter(latest))) {
                latest = other.latest;
            }
            if (terms.size() > MAX_STORY_TERMS * 2) {
                trimTerms();
            }
        }

        void add(ArticleFeatures f) {
            size++;
            articleIds.add(f.id());
            Vectors.add(vectorSum, f.vector());
            members.addLast(f.vector());
            if (members.size() > MAX_MEMBERS) {
                members.removeFirst();
            }
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
