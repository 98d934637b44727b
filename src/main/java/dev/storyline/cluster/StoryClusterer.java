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
 * <p>Online choices can go wrong while a story is young: an early article that fits two events draws
 * reports of both. So a growing story is re-examined article by article (average link on a pair score
 * where names weigh most) and split when its articles form groups far apart ({@link #drainSplits()});
 * and two stories whose recent articles are alike are merged ({@link #drainMerges()}). Ids are stable:
 * a story's id comes from its first article, a merge keeps the older id, a split leaves the id with the
 * part holding the first article, and no id is ever given to two stories.
 *
 * <p>Not thread-safe: one clusterer owns the memory of open stories; callers serialise access.
 */
public final class StoryClusterer {

    /**
     * Tunable weights and thresholds; {@link #defaults()} were tuned on ECB+ topics 1 to 20.
     * {@code threshold} is the least article-to-story score to join; {@code mergeThreshold} the least
     * story-to-story score, both ways, to merge (1 turns merging off); {@code splitThreshold} the average
     * link under which a story's groups of articles are split apart (0 turns splitting off).
     */
    public record Settings(double embeddingWeight, double termWeight, double entityWeight, double threshold,
                           double mergeThreshold, double splitThreshold, int candidates, int indexTermsPerArticle,
                           Duration window) {
        public static Settings defaults() {
            return new Settings(0.35, 0.4, 0.25, 0.26, 0.60, 0.40, 30, 25, Duration.ofDays(21));
        }

        public Settings withThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, t, mergeThreshold, splitThreshold,
                    candidates, indexTermsPerArticle, window);
        }

        public Settings withMergeThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, t, splitThreshold, candidates,
                    indexTermsPerArticle, window);
        }

        public Settings withSplitThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, mergeThreshold, t, candidates,
                    indexTermsPerArticle, window);
        }
    }

    /** A change to stories already handed out, which the caller applies to what it stored. */
    public sealed interface Change permits Merge, Split {
    }

    /** Two stories found to be one event: {@code from} was folded into {@code into}, which keeps its id. */
    public record Merge(String from, String into) implements Change {
    }

    /**
     * One story found to hold two events: {@code articleIds} left story {@code from} for the new story
     * {@code into}; {@code from} keeps its id and its other articles.
     */
    public record Split(String from, String into, List<String> articleIds) implements Change {
        public Split {
            articleIds = List.copyOf(articleIds);
        }
    }

    private static final int MAX_STORY_TERMS = 400;
    /** Articles per story compared one by one; older ones still count through the centroid terms. */
    private static final int MAX_MEMBERS = 64;
    private static final int MAX_RECENT = 16;
    /** Fewest articles a split-off group must have: one odd article is an outlier, not a second event. */
    private static final int MIN_SPLIT_PART = 4;
    /**
     * Average pair score between two stories' recent articles from which they are one event: fragments
     * that a split or an early wrong turn left apart find each other. Tuned on ECB+ topics 1 to 20.
     */
    private static final double PAIR_MERGE = 0.37;
    /** Only the strongest candidate story is compared article by article, to keep the cost flat. */
    private static final int PAIR_MERGE_CANDIDATES = 1;
    private static final int LINK_SAMPLE = 8;
    private static final double PAIR_EMBEDDING = 0.207;
    private static final double PAIR_TERMS = 0.189;
    private static final double PAIR_NAMES = 0.605;
    private static final double PAIR_SHARED_YEAR = 0.16;
    private static final double PAIR_OTHER_YEAR = 0.067;

    private final Settings settings;
    private final Map<String, StoryMemory> stories = new LinkedHashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, String> articleStory = new HashMap<>();
    /** Merges and splits in the order they were made: applying them in this order gives the same stories. */
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
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
        Weighed w = weigh(f);
        List<String> keys = indexKeys(f);
        for (StoryMemory s : candidates(keys)) {
            double score = score(w, s);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best == null || bestScore < settings.threshold()) {
            best = newStory(f.id(), f.vector().length);
        }
        best.add(f);
        index(best, keys);
        articleStory.put(f.id(), best.id);
        StoryMemory s = maybeMerge(best);
        maybeSplit(s);
        return articleStory.get(f.id());
    }

    private StoryMemory newStory(String firstArticleId, int dimensions) {
        String id = storyId(firstArticleId);
        // An article that once started a story merged away since would give that story's id again.
        for (int n = 1; usedIds.contains(id); n++) {
            id = storyId(firstArticleId + "#" + n);
        }
        usedIds.add(id);
        StoryMemory s = new StoryMemory(id, dimensions, created++);
        stories.put(id, s);
        return s;
    }

    /**
     * The splits made since the last call, oldest first, leaving the merges to {@link #drainMerges()}; the
     * caller moves the listed stored articles. Use {@link #drainChanges()} when both may happen.
     */
    public List<Split> drainSplits() {
        return drain(Split.class);
    }

    /**
     * The merges and splits made since the last call, in the order they were made; applying them in
     * this order to a store brings it to the clusterer's stories.
     */
    public List<Change> drainChanges() {
        List<Change> out = List.copyOf(changes);
        changes.clear();
        return out;
    }

    private <T extends Change> List<T> drain(Class<T> kind) {
        List<T> out = new ArrayList<>();
        changes.removeIf(c -> {
            if (kind.isInstance(c)) {
                out.add(kind.cast(c));
                return true;
            }
            return false;
        });
        return out;
    }

    /**
     * Re-examines a growing story's articles among themselves: when they fall into groups that are far
     * apart (average link below the split threshold), the story reports two events, grown together
     * through early articles that fitted both. The group holding the story's first article keeps the id.
     * Checked at sizes that grow geometrically-ish, so the cost per article stays small.
     */
    private void maybeSplit(StoryMemory s) {
        if (settings.splitThreshold() <= 0 || !s.complete || !splitCheckpoint(s.size)) {
            return;
        }
        List<ArticleFeatures> m = List.copyOf(s.kept);
        int n = m.size();
        // Rows are kept between checks: each pair is scored once while the story keeps growing.
        for (int i = s.pairRows.size(); i < n; i++) {
            double[] row = new double[i];
            for (int j = 0; j < i; j++) {
                row[j] = pairScore(m.get(i), m.get(j));
            }
            s.pairRows.add(row);
        }
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                sim[i][j] = sim[j][i] = s.pairRows.get(i)[j];
            }
        }
        List<List<Integer>> groups = averageLink(sim, settings.splitThreshold());
        if (groups.size() < 2) {
            return;
        }
        // Singletons are outliers of one group rather than events of their own: they go where they fit best.
        List<List<Integer>> parts = new ArrayList<>(groups.stream().filter(g -> g.size() >= MIN_SPLIT_PART).toList());
        if (parts.size() < 2) {
            return;
        }
        for (List<Integer> g : groups) {
            if (g.size() < MIN_SPLIT_PART) {
                for (int i : g) {
                    List<Integer> home = parts.get(0);
                    double bestLink = -1;
                    for (List<Integer> p : parts) {
                        double link = p.stream().mapToDouble(j -> sim[i][j]).average().orElse(0);
                        if (link > bestLink) {
                            bestLink = link;
                            home = p;
                        }
                    }
                    home.add(i);
                }
            }
        }
        // The part holding the story's first article keeps the id; parts are in member order.
        parts.forEach(p -> p.sort(Integer::compare));
        parts.sort(Comparator.comparingInt(p -> p.get(0)));
        for (String key : s.keys) {
            Set<String> ids = postings.get(key);
            if (ids != null) {
                ids.remove(s.id);
            }
        }
        s.reset();
        for (int i : parts.get(0)) {
            s.add(m.get(i));
            index(s, m.get(i));
        }
        for (List<Integer> p : parts.subList(1, parts.size())) {
            StoryMemory fresh = newStory(m.get(p.get(0)).id(), s.vectorSum.length);
            List<String> moved = new ArrayList<>();
            for (int i : p) {
                ArticleFeatures f = m.get(i);
                fresh.add(f);
                index(fresh, f);
                articleStory.put(f.id(), fresh.id);
                moved.add(f.id());
            }
            changes.add(new Split(s.id, fresh.id, moved));
        }
    }

    private static boolean splitCheckpoint(int size) {
        return size >= 4 && (size <= 16 || size % 4 == 0);
    }

    /** Average-link agglomeration of a story's members, stopping when no two groups are this close. */
    private static List<List<Integer>> averageLink(double[][] sim, double threshold) {
        int n = sim.length;
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) {
            link[i] = sim[i].clone();
        }
        boolean[] gone = new boolean[n];
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (gone[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (!gone[j] && link[i][j] >= best) {
                        best = link[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            int a = groups.get(bi).size();
            int b = groups.get(bj).size();
            for (int k = 0; k < n; k++) {
                if (!gone[k] && k != bi && k != bj) {
                    link[bi][k] = link[k][bi] = (link[bi][k] * a + link[bj][k] * b) / (a + b);
                }
            }
            groups.get(bi).addAll(groups.get(bj));
            gone[bj] = true;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                out.add(groups.get(i));
            }
        }
        return out;
    }

    /**
     * How alike two articles are, for re-examining a story. Between two reports of one story the names
     * tell events apart best, so they weigh most; a shared year counts for, a conflicting one against.
     * The weights are a logistic fit on same-topic article pairs of ECB+ topics 1 to 20, scaled so the
     * three similarities sum to one.
     */
    double pairScore(ArticleFeatures a, ArticleFeatures b) {
        double[] x = pairSignals(a, b);
        double year = 0;
        if (!a.years().isEmpty() && !b.years().isEmpty()) {
            year = a.years().stream().anyMatch(b.years()::contains) ? PAIR_SHARED_YEAR : -PAIR_OTHER_YEAR;
        }
        return PAIR_EMBEDDING * x[0] + PAIR_TERMS * x[1] + PAIR_NAMES * x[2] + year;
    }

    /** Embedding similarity, TF-IDF cosine and name cosine of two articles. */
    double[] pairSignals(ArticleFeatures a, ArticleFeatures b) {
        return new double[] {Vectors.dot(a.vector(), b.vector()), termCosine(a.terms(), b.terms()),
                nameCosine(a.entities(), b.entities())};
    }

    private double nameCosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double w = idf("@" + e.getKey()) * (1 + Math.log(e.getValue()));
            na += w * w;
            Integer c = b.get(e.getKey());
            if (c != null) {
                dot += w * idf("@" + e.getKey()) * (1 + Math.log(c));
            }
        }
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            double w = idf("@" + e.getKey()) * (1 + Math.log(e.getValue()));
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * The merges made since the last call, oldest first, leaving the splits to {@link #drainSplits()};
     * the caller moves the stored articles. Use {@link #drainChanges()} when both may happen.
     */
    public List<Merge> drainMerges() {
        return drain(Merge.class);
    }

    /** The story an article belongs to now (after merges and splits), or {@code null} for an unknown article. */
    public String storyOf(String articleId) {
        return articleStory.get(articleId);
    }

    /**
     * Folds a story into another that reports the same event, judged on everything both know (all
     * their articles' terms and names): fragments of one event that no single article could join find
     * each other once they have grown. The older story keeps its id.
     */
    private StoryMemory maybeMerge(StoryMemory s) {
        // Checked on every article while the story is small, then as it grows by a few, like a split.
        if (settings.mergeThreshold() >= 1 || s.size < 2 || (s.size > 16 && s.size % 4 != 0)) {
            return s;
        }
        ArticleFeatures view = s.asFeatures();
        Weighed weighed = weigh(view);
        int examined = 0;
        for (StoryMemory other : candidates(view)) {
            if (other == s || other.size < 2) {
                continue;
            }
            examined++;
            // Both ways must agree; the second view is built only when the first already does.
            boolean same = score(weighed, other) >= settings.mergeThreshold()
                    && score(other.asFeatures(), s) >= settings.mergeThreshold();
            if (!same && examined <= PAIR_MERGE_CANDIDATES) {
                same = memberLink(s, other) >= PAIR_MERGE;
            }
            if (same) {
                StoryMemory older = other.created < s.created ? other : s;
                StoryMemory younger = older == s ? other : s;
                fold(younger, older);
                return older;
            }
        }
        return s;
    }

    /**
     * Average pair score between the two stories' most recent articles (a few of each, so that the check
     * costs the same for any story size).
     */
    private double memberLink(StoryMemory a, StoryMemory b) {
        List<ArticleFeatures> x = a.recent(LINK_SAMPLE);
        List<ArticleFeatures> y = b.recent(LINK_SAMPLE);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (ArticleFeatures f : x) {
            for (ArticleFeatures g : y) {
                sum += pairScore(f, g);
            }
        }
        return sum / (x.size() * y.size());
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
        changes.add(new Merge(from.id, into.id));
    }

    /** Restores an assignment made earlier (from the store) without deciding again. */
    public void restore(ArticleFeatures f, String storyId) {
        if (articleStory.containsKey(f.id())) {
            return;
        }
        countDocumentFrequencies(f);
        usedIds.add(storyId);
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
        return candidates(indexKeys(f));
    }

    private List<StoryMemory> candidates(List<String> keys) {
        Map<String, Double> votes = new HashMap<>();
        for (String key : keys) {
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
        List<Map.Entry<String, Double>> keys = new ArrayList<>(f.entities().size() + f.terms().size());
        f.entities().keySet().forEach(e -> keys.add(Map.entry("@" + e, weightInArticle(f, "@" + e) * idf("@" + e))));
        f.terms().forEach((t, w) -> keys.add(Map.entry(t, w * idf(t))));
        keys.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return keys.subList(0, Math.min(keys.size(), settings.indexTermsPerArticle())).stream()
                .map(Map.Entry::getKey).toList();
    }

    private static double weightInArticle(ArticleFeatures f, String key) {
        if (key.startsWith("@")) {
            return 1 + Math.log(f.entities().getOrDefault(key.substring(1), 1));
        }
        return f.terms().getOrDefault(key, 0.0);
    }

    private void index(StoryMemory s, ArticleFeatures f) {
        index(s, indexKeys(f));
    }

    private void index(StoryMemory s, List<String> keys) {
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(s.id);
            s.keys.add(key);
        }
    }

    double score(ArticleFeatures f, StoryMemory s) {
        return score(weigh(f), s);
    }

    /** An article's term and name weights under the current idf, computed once for all its candidates. */
    private record Weighed(ArticleFeatures f, Map<String, Double> terms, double termNorm, Map<String, Double> names,
                           double nameTotal) {
    }

    private Weighed weigh(ArticleFeatures f) {
        Map<String, Double> t = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : f.terms().entrySet()) {
            double w = e.getValue() * idf(e.getKey());
            t.put(e.getKey(), w);
            norm += w * w;
        }
        Map<String, Double> n = new HashMap<>();
        double total = 0;
        for (Map.Entry<String, Integer> e : f.entities().entrySet()) {
            double w = idf("@" + e.getKey()) * (1 + Math.log(e.getValue()));
            n.put(e.getKey(), w);
            total += w;
        }
        return new Weighed(f, t, Math.sqrt(norm), n, total);
    }

    private double score(Weighed w, StoryMemory s) {
        double embedding = nearestMembers(w.f().vector(), s);
        double terms = termCosine(w, s);
        double names = nameCoverage(w, s.names);
        double score = settings.embeddingWeight() * embedding + settings.termWeight() * terms
                + settings.entityWeight() * names;
        return score * timePenalty(w.f(), s);
    }

    private double termCosine(Weighed w, StoryMemory s) {
        double dot = 0;
        for (Map.Entry<String, Double> e : w.terms().entrySet()) {
            Double ws = s.terms.get(e.getKey());
            if (ws != null) {
                dot += e.getValue() * ws * idf(e.getKey());
            }
        }
        double ns = storyTermNorm(s);
        return w.termNorm() == 0 || ns == 0 ? 0 : dot / (w.termNorm() * ns);
    }

    /**
     * The norm of a story's weighted terms, kept until the story changes or the collection has grown
     * by a tenth (idf drifts slowly), so that scoring a candidate costs the article's terms, not the story's.
     */
    private double storyTermNorm(StoryMemory s) {
        if (s.termNormAt < 0 || articles > s.termNormAt * 1.1 + 10) {
            double ns = 0;
            for (Map.Entry<String, Double> e : s.terms.entrySet()) {
                double w = e.getValue() * idf(e.getKey());
                ns += w * w;
            }
            s.termNorm = Math.sqrt(ns);
            s.termNormAt = articles;
        }
        return s.termNorm;
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
    private static double nameCoverage(Weighed w, Map<String, Integer> story) {
        double shared = 0;
        for (Map.Entry<String, Double> e : w.names().entrySet()) {
            if (story.containsKey(e.getKey())) {
                shared += e.getValue();
            }
        }
        return w.nameTotal() == 0 ? 0 : shared / w.nameTotal();
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
        /** Every article's features while the story is small enough to re-examine; see {@link #complete}. */
        final List<ArticleFeatures> kept = new ArrayList<>();
        /** False once the story has outgrown {@link #kept}: a large story is no longer split. */
        boolean complete = true;
        /** The most recent articles' features, at most {@link #MAX_RECENT}, for comparing stories by their members. */
        final java.util.ArrayDeque<ArticleFeatures> recentFeatures = new java.util.ArrayDeque<>();

        List<ArticleFeatures> recent(int n) {
            List<ArticleFeatures> out = new ArrayList<>(Math.min(n, recentFeatures.size()));
            var it = recentFeatures.descendingIterator();
            while (it.hasNext() && out.size() < n) {
                out.add(it.next());
            }
            return out;
        }

        /** Pair scores of {@link #kept} articles, row i against 0..i-1, filled as the story is re-examined. */
        final List<double[]> pairRows = new ArrayList<>();
        double termNorm;
        /** Collection size when {@link #termNorm} was computed; negative when the terms changed since. */
        int termNormAt = -1;
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

        void reset() {
            size = 0;
            recentFeatures.clear();
            pairRows.clear();
            termNormAt = -1;
            java.util.Arrays.fill(vectorSum, 0f);
            members.clear();
            terms.clear();
            names.clear();
            years.clear();
            keys.clear();
            articleIds.clear();
            kept.clear();
            latest = null;
        }

        void absorb(StoryMemory other) {
            other.recentFeatures.forEach(f -> {
                recentFeatures.addLast(f);
                if (recentFeatures.size() > MAX_RECENT) {
                    recentFeatures.removeFirst();
                }
            });
            pairRows.clear();
            termNormAt = -1;
            complete = complete && other.complete && kept.size() + other.kept.size() <= MAX_MEMBERS;
            if (complete) {
                kept.addAll(other.kept);
            } else {
                kept.clear();
            }
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
            termNormAt = -1;
            recentFeatures.addLast(f);
            if (recentFeatures.size() > MAX_RECENT) {
                recentFeatures.removeFirst();
            }
            if (complete && kept.size() < MAX_MEMBERS) {
                kept.add(f);
            } else {
                complete = false;
                kept.clear();
            }
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
