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
 * reports of both, and two reports of one event can start two stories. So a growing story is
 * re-examined article by article ({@link #divide}: its two main groups are split apart when they hold
 * together far less than each holds on its own), and a story and the related stories next to it are
 * pooled and divided afresh, which merges one event's fragments and gives the articles of two sibling
 * events (two quakes in one region, two arrests of one team's players) back to their own stories. What
 * a division finds depends on the articles, not on the order they came in. Ids are stable: a story's id
 * comes from its first article, it stays with the part holding most of the story's articles, a merge
 * keeps the older id, and no id is ever given to two stories. {@link #drainChanges()} reports the moves.
 *
 * <p>Not thread-safe: one clusterer owns the memory of open stories; callers serialise access.
 */
public final class StoryClusterer {

    /**
     * Tunable weights and thresholds; {@link #defaults()} were tuned on ECB+ topics 1 to 20.
     * {@code threshold} is the least article-to-story score to join; {@code mergeThreshold} the least
     * story-to-story score, both ways, to pool two stories (1 turns merging off); {@code splitThreshold}
     * the ratio of the link between a story's two main groups of articles to the looser group's own
     * cohesion under which the groups are two events (0 turns splitting off).
     */
    public record Settings(double embeddingWeight, double termWeight, double entityWeight, double threshold,
                           double mergeThreshold, double splitThreshold, int candidates, int indexTermsPerArticle,
                           Duration window) {
        public static Settings defaults() {
            return new Settings(0.35, 0.4, 0.25, 0.26, 0.60, 0.76, 30, 25, Duration.ofDays(21));
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
     * Articles found to report another event than the rest of their story: {@code articleIds} left story
     * {@code from} for story {@code into}, a new one or one that reports their event already; {@code from}
     * keeps its id and its other articles (a {@link Merge} follows when none are left).
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
     * Average pair score between two stories' recent articles from which they are related enough to be
     * pooled and divided afresh: fragments of one event, or sibling events that may have swapped articles.
     * Tuned on ECB+ topics 1 to 20.
     */
    private static final double PAIR_MERGE = 0.30;
    /** Only the strongest candidate stories are compared article by article, to keep the cost flat. */
    private static final int PAIR_MERGE_CANDIDATES = 3;
    /** A story of one article is left to the join: alone it says too little to pool on. */
    private static final int MIN_MERGE_SIZE = 2;
    private static final int LINK_SAMPLE = 8;
    /**
     * Link between two groups under which they are two events however loosely each holds together: the
     * ratio alone keeps a loose event (reports of one firing that each tell a different part) together
     * with its sibling. Tuned on ECB+ topics 1 to 20.
     */
    private static final double SPLIT_LINK = 0.525;
    /**
     * How much lower the ratio must be to split a story that absorbed another: without it a story whose
     * halves sit at the ratio's edge splits, merges and splits again as it grows, and its readers see it
     * come apart and back. Any value from 0.02 to 0.10 gave the same result on ECB+ topics 1 to 20.
     */
    private static final double SPLIT_HYSTERESIS = 0.05;
    /** Least whole-story score from which two stories are compared member by member; tuned on ECB+ topics 1 to 20. */
    private static final double POOL_GATE = 0.25;
    /** Weights of {@link #pairSignals}, in its order, and the bias: see {@link #pairScore}. */
    private static final double[] PAIR_WEIGHTS = {3.40, 3.18, 5.12, 1.25, 2.83, 0.77, 0.57};
    private static final double PAIR_BIAS = -3.45;

    private final Settings settings;
    private final Map<String, StoryMemory> stories = new LinkedHashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    /** In how many articles each term appears, and each name: the collection's idf. */
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> nameFrequency = new HashMap<>();
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
        maybeMerge(best);
        maybeSplit(stories.get(articleStory.get(f.id())));
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
     * Re-examines a growing story's articles among themselves ({@link #divide}): a story whose articles
     * fall into events that hold together far less than each on its own was grown together through early
     * articles that fitted both. Checked on every article up to 16, then every fourth, so that the cost
     * per article stays small; the part holding most of the story's articles keeps its id.
     */
    private void maybeSplit(StoryMemory s) {
        if (splitCheckpoint(s.size)) {
            split(s);
        }
    }

    /** Splits a story whose articles fall into events that hold together far less than each on its own. */
    private void split(StoryMemory s) {
        if (settings.splitThreshold() <= 0 || !s.complete || s.kept.size() < 2 * MIN_SPLIT_PART) {
            return;
        }
        List<ArticleFeatures> m = List.copyOf(s.kept);
        List<List<ArticleFeatures>> parts = divide(m, s.merged ? settings.splitThreshold() - SPLIT_HYSTERESIS
                : settings.splitThreshold());
        if (parts.size() > 1) {
            repartition(List.of(s), parts);
        }
    }

    /**
     * The events a group of articles reports: split in two where average link finds its two main groups
     * ({@link #bipartition}), when the link between them is under {@code splitThreshold} times the
     * cohesion of the looser one or under {@link #SPLIT_LINK}; then each part likewise. The answer
     * depends on the articles, not on the order they came in. Words and names are weighed within the
     * whole group, so that what all its articles share (the topic) counts less than what tells its events
     * apart.
     */
    List<List<ArticleFeatures>> divide(List<ArticleFeatures> group) {
        return divide(group, settings.splitThreshold());
    }

    private List<List<ArticleFeatures>> divide(List<ArticleFeatures> group, double ratio) {
        if (group.size() < 2 * MIN_SPLIT_PART) {
            return List.of(group);
        }
        List<GroupWeights> w = groupWeights(group);
        int n = group.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                sim[i][j] = sim[j][i] = pairScore(w.get(i), w.get(j));
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        List<List<ArticleFeatures>> out = new ArrayList<>();
        for (List<Integer> part : divide(sim, all, ratio)) {
            out.add(part.stream().map(group::get).toList());
        }
        return out;
    }

    private List<List<Integer>> divide(double[][] sim, List<Integer> members, double ratio) {
        if (members.size() < 2 * MIN_SPLIT_PART) {
            return List.of(members);
        }
        int n = members.size();
        double[][] sub = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sub[i][j] = sim[members.get(i)][members.get(j)];
            }
        }
        List<List<Integer>> parts = bipartition(sub, MIN_SPLIT_PART);
        if (parts.size() < 2 || parts.get(0).size() < MIN_SPLIT_PART || parts.get(1).size() < MIN_SPLIT_PART) {
            return List.of(members);
        }
        double cohesion = Math.min(cohesion(sub, parts.get(0)), cohesion(sub, parts.get(1)));
        double crossLink = link(sub, parts.get(0), parts.get(1));
        if (crossLink >= ratio * cohesion && crossLink >= SPLIT_LINK) {
            return List.of(members);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> part : parts) {
            part.sort(Integer::compare);
            out.addAll(divide(sim, part.stream().map(members::get).toList(), ratio));
        }
        return out;
    }

    /**
     * Gives the articles of some stories new homes: one story per part. A story keeps its id in the part
     * that holds most of its articles; when several stories end up in one part, the oldest id stays and
     * the others are merged into it; a part that no story calls home starts a new story. The moves are
     * recorded as splits (articles that went to another story than their own or its heir) followed by
     * merges (ids that are gone, with the rest of their articles). Returns whether anything moved.
     */
    private boolean repartition(List<StoryMemory> olds, List<List<ArticleFeatures>> parts) {
        Map<String, Integer> partOf = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            for (ArticleFeatures f : parts.get(p)) {
                partOf.put(f.id(), p);
            }
        }
        StoryMemory[] holder = new StoryMemory[parts.size()];
        Map<StoryMemory, Integer> home = new LinkedHashMap<>();
        for (StoryMemory old : olds) {
            int[] count = new int[parts.size()];
            int first = -1;
            for (ArticleFeatures f : old.kept) {
                int p = partOf.get(f.id());
                count[p]++;
                if (first < 0) {
                    first = p;
                }
            }
            int h = first;
            for (int p = 0; p < count.length; p++) {
                if (count[p] > count[h]) {
                    h = p;
                }
            }
            home.put(old, h);
            if (holder[h] == null || old.created < holder[h].created) {
                holder[h] = old;
            }
        }
        Map<String, String> before = new HashMap<>();
        for (StoryMemory old : olds) {
            for (ArticleFeatures f : old.kept) {
                before.put(f.id(), old.id);
            }
            unindex(old);
        }
        for (int p = 0; p < parts.size(); p++) {
            List<ArticleFeatures> part = parts.get(p);
            StoryMemory story = holder[p];
            if (story == null) {
                story = newStory(part.get(0).id(), part.get(0).vector().length);
            }
            holder[p] = story;
            if (part.stream().map(f -> before.get(f.id())).distinct().count() > 1) {
                story.merged = true;
            }
            story.reset();
            for (ArticleFeatures f : part) {
                story.add(f);
                index(story, f);
                articleStory.put(f.id(), story.id);
            }
        }
        // A story that is gone moves its articles with its merge, except those that went to another part.
        Map<String, String> mergedInto = new HashMap<>();
        home.forEach((old, h) -> {
            if (holder[h] != old) {
                mergedInto.put(old.id, holder[h].id);
            }
        });
        Map<String, Map<String, List<String>>> moves = new LinkedHashMap<>();
        for (List<ArticleFeatures> part : parts) {
            for (ArticleFeatures f : part) {
                String from = before.get(f.id());
                String into = articleStory.get(f.id());
                if (!from.equals(into) && !into.equals(mergedInto.get(from))) {
                    moves.computeIfAbsent(from, k -> new LinkedHashMap<>())
                            .computeIfAbsent(into, k -> new ArrayList<>()).add(f.id());
                }
            }
        }
        moves.forEach((from, byInto) -> byInto.forEach((into, ids) -> changes.add(new Split(from, into, ids))));
        mergedInto.forEach((from, into) -> {
            stories.remove(from);
            changes.add(new Merge(from, into));
        });
        return !moves.isEmpty() || !mergedInto.isEmpty();
    }

    private void unindex(StoryMemory s) {
        for (String key : s.keys) {
            Set<String> ids = postings.get(key);
            if (ids != null) {
                ids.remove(s.id);
            }
        }
    }

    private static boolean splitCheckpoint(int size) {
        return size >= 4 && (size <= 16 || size % 4 == 0);
    }

    /**
     * The story's articles in the two groups that average link finds when it is not allowed to join two
     * groups of {@code minPart} or more while they are the only such groups: the two events a story
     * would be made of, outliers going to the group they are closest to. One group when the story is too
     * small to hold two such groups.
     */
    private static List<List<Integer>> bipartition(double[][] sim, int minPart) {
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
        for (int alive = n; alive > 2; alive--) {
            int big = 0;
            for (int i = 0; i < n; i++) {
                if (!gone[i] && groups.get(i).size() >= minPart) {
                    big++;
                }
            }
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (gone[i]) {
                    continue;
                }
                boolean iBig = groups.get(i).size() >= minPart;
                for (int j = i + 1; j < n; j++) {
                    if (gone[j] || link[i][j] <= best || iBig && big <= 2 && groups.get(j).size() >= minPart) {
                        continue;
                    }
                    best = link[i][j];
                    bi = i;
                    bj = j;
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

    /** Average pair score between two groups of articles. */
    private static double link(double[][] sim, List<Integer> a, List<Integer> b) {
        double sum = 0;
        for (int i : a) {
            for (int j : b) {
                sum += sim[i][j];
            }
        }
        return sum / (a.size() * (double) b.size());
    }

    /** Average pair score within a group: how tightly its articles hold together. */
    private static double cohesion(double[][] sim, List<Integer> g) {
        double sum = 0;
        int pairs = 0;
        for (int x = 0; x < g.size(); x++) {
            for (int y = x + 1; y < g.size(); y++) {
                sum += sim[g.get(x)][g.get(y)];
                pairs++;
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }

    /**
     * The probability that two articles of a group report the same event, for re-examining a story.
     * Between two reports of one topic the names tell events apart best; then the words, the embedding,
     * whether the names of one lead appear in the other at all, and whether their years, months and lead
     * figures (ages, tolls, magnitudes) agree. Words and names are weighed by how rare they are in the
     * collection and also within the group: what every article of the group says (the topic: "Chargers",
     * "DUI") cannot tell its events apart, what half of them say can. A logistic fit on same-topic
     * article pairs of ECB+ topics 1 to 20, each topic taken as the group.
     */
    double pairScore(GroupWeights a, GroupWeights b) {
        double[] x = pairSignals(a, b);
        double z = PAIR_BIAS;
        for (int i = 0; i < x.length; i++) {
            z += PAIR_WEIGHTS[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Embedding similarity, TF-IDF cosine, name cosine, year agreement, lead-name coverage, lead-figure
     * agreement and month agreement of two articles (agreements are 1, -1, or 0 when either says nothing).
     */
    double[] pairSignals(GroupWeights a, GroupWeights b) {
        ArticleFeatures f = a.article();
        ArticleFeatures g = b.article();
        return new double[] {Vectors.dot(f.vector(), g.vector()), GroupWeights.cosine(a.terms(), a.termNorm(),
                b.terms(), b.termNorm()), GroupWeights.cosine(a.names(), a.nameNorm(), b.names(), b.nameNorm()),
                agreement(f.years(), g.years()),
                Math.min(leadCoverage(f.leadNames(), g.entities()), leadCoverage(g.leadNames(), f.entities())),
                agreement(f.leadNumbers(), g.leadNumbers()), agreement(f.months(), g.months())};
    }

    /** The articles' words and names weighed within the group they make, for {@link #pairScore}. */
    List<GroupWeights> groupWeights(List<ArticleFeatures> group) {
        // Each distinct word's weight is worked out once per group: the collection's tables are large
        // and the group's articles share most of their words.
        Map<String, double[]> termWeight = new HashMap<>();
        Map<String, double[]> nameWeight = new HashMap<>();
        for (ArticleFeatures f : group) {
            f.terms().keySet().forEach(t -> termWeight.computeIfAbsent(t, k -> new double[1])[0]++);
            f.entities().keySet().forEach(n -> nameWeight.computeIfAbsent(n, k -> new double[1])[0]++);
        }
        double n = group.size() + 1.0;
        termWeight.forEach((t, w) -> w[0] = termIdf(t) * (Math.log(n / (w[0] + 1.0)) + 1));
        nameWeight.forEach((name, w) -> w[0] = nameIdf(name) * (Math.log(n / (w[0] + 1.0)) + 1));
        List<GroupWeights> out = new ArrayList<>(group.size());
        for (ArticleFeatures f : group) {
            Map<String, Double> t = HashMap.newHashMap(f.terms().size());
            double tn = 0;
            for (Map.Entry<String, Double> e : f.terms().entrySet()) {
                double w = e.getValue() * termWeight.get(e.getKey())[0];
                t.put(e.getKey(), w);
                tn += w * w;
            }
            Map<String, Double> nm = HashMap.newHashMap(f.entities().size());
            double nn = 0;
            for (Map.Entry<String, Integer> e : f.entities().entrySet()) {
                double w = (1 + Math.log(e.getValue())) * nameWeight.get(e.getKey())[0];
                nm.put(e.getKey(), w);
                nn += w * w;
            }
            out.add(new GroupWeights(f, t, Math.sqrt(tn), nm, Math.sqrt(nn)));
        }
        return out;
    }

    /** One article's term and name weights within a group of articles; see {@link #groupWeights}. */
    record GroupWeights(ArticleFeatures article, Map<String, Double> terms, double termNorm,
                        Map<String, Double> names, double nameNorm) {
        static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
            if (na == 0 || nb == 0) {
                return 0;
            }
            Map<String, Double> small = a.size() <= b.size() ? a : b;
            Map<String, Double> large = small == a ? b : a;
            double dot = 0;
            for (Map.Entry<String, Double> e : small.entrySet()) {
                Double w = large.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                }
            }
            return dot / (na * nb);
        }
    }

    /** 1 when two sets share a value, -1 when both have values and share none, 0 when either is empty. */
    private static <T> double agreement(Set<T> a, Set<T> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        for (T x : a) {
            if (b.contains(x)) {
                return 1;
            }
        }
        return -1;
    }

    /** Share of a lead's name weight that the other article mentions anywhere; one half without lead names. */
    private double leadCoverage(Set<String> lead, Map<String, Integer> other) {
        if (lead.isEmpty()) {
            return 0.5;
        }
        double total = 0;
        double shared = 0;
        for (String n : lead) {
            double w = nameIdf(n);
            total += w;
            if (other.containsKey(n)) {
                shared += w;
            }
        }
        return shared / total;
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
    private void maybeMerge(StoryMemory s) {
        // Checked on every article while the story is small, then as it grows by a few, like a split.
        if (settings.mergeThreshold() >= 1 || s.size < 2 || (s.size > 16 && s.size % 4 != 0)) {
            return;
        }
        ArticleFeatures view = s.asFeatures();
        Weighed weighed = weigh(view);
        int examined = 0;
        for (StoryMemory other : candidates(view)) {
            if (other == s || other.size < MIN_MERGE_SIZE) {
                continue;
            }
            examined++;
            // Both ways must agree; the second view is built only when the first already does.
            double forward = score(weighed, other);
            boolean same = forward >= settings.mergeThreshold()
                    && score(other.asFeatures(), s) >= settings.mergeThreshold();
            // Comparing members is the costly check: only for stories that are alike as wholes.
            boolean related = same || examined <= PAIR_MERGE_CANDIDATES && forward >= POOL_GATE
                    && memberLink(s, other) >= PAIR_MERGE;
            if (!related) {
                continue;
            }
            StoryMemory older = other.created < s.created ? other : s;
            StoryMemory younger = older == s ? other : s;
            if (s.complete && other.complete && s.kept.size() + other.kept.size() <= MAX_MEMBERS) {
                // Related stories: their articles together are divided afresh, which merges them when they
                // are one event and moves the articles that went to the wrong one when they are two.
                List<ArticleFeatures> pool = new ArrayList<>(older.kept);
                pool.addAll(younger.kept);
                if (repartition(List.of(older, younger), divide(pool))) {
                    return;
                }
            } else if (same) {
                fold(younger, older);
                return;
            }
        }
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
        List<ArticleFeatures> both = new ArrayList<>(x);
        both.addAll(y);
        List<GroupWeights> w = groupWeights(both);
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = x.size(); j < w.size(); j++) {
                sum += pairScore(w.get(i), w.get(j));
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
        f.terms().keySet().forEach(k -> documentFrequency.merge(k, 1, Integer::sum));
        f.entities().keySet().forEach(k -> nameFrequency.merge(k, 1, Integer::sum));
    }

    /** Idf of an index key: a name when it starts with {@code @}, else a term. */
    private double idf(String key) {
        return key.startsWith("@") ? nameIdf(key.substring(1)) : termIdf(key);
    }

    private double termIdf(String term) {
        return Math.log((articles + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    private double nameIdf(String name) {
        return Math.log((articles + 1.0) / (nameFrequency.getOrDefault(name, 0) + 1.0)) + 1.0;
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
        f.entities().forEach((e, c) -> keys.add(Map.entry("@" + e, (1 + Math.log(c)) * nameIdf(e))));
        f.terms().forEach((t, w) -> keys.add(Map.entry(t, w * termIdf(t))));
        keys.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return keys.subList(0, Math.min(keys.size(), settings.indexTermsPerArticle())).stream()
                .map(Map.Entry::getKey).toList();
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
        Map<String, Double> t = HashMap.newHashMap(f.terms().size());
        double norm = 0;
        for (Map.Entry<String, Double> e : f.terms().entrySet()) {
            double w = e.getValue() * termIdf(e.getKey());
            t.put(e.getKey(), w);
            norm += w * w;
        }
        Map<String, Double> n = HashMap.newHashMap(f.entities().size());
        double total = 0;
        for (Map.Entry<String, Integer> e : f.entities().entrySet()) {
            double w = nameIdf(e.getKey()) * (1 + Math.log(e.getValue()));
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
                dot += e.getValue() * ws * termIdf(e.getKey());
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
                double w = e.getValue() * termIdf(e.getKey());
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
        /** True once the story has absorbed another: it is split again only on clearer evidence. */
        boolean merged;
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
