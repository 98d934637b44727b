package dev.storyline.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
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
 * mentions other years or lies weeks apart, or whose reports place or date the event otherwise or give
 * it another magnitude ({@link EventConflict}), is penalised, since a later event of the same kind is a new
 * story. Candidates come from an inverted index over names and key terms, so the cost per article does
 * not grow with the number of stories.
 *
 * <p>Online choices can go wrong while a story is young: an early article that fits two events draws
 * reports of both, and two reports of one event can start two stories. So a growing story is
 * re-examined article by article ({@link StoryDivision}: its two main groups are split apart when they hold
 * together far less than each holds on its own; a story of three to seven reports, too small for two such
 * groups, is cut where its reports are linked least when that link is weak), and a story and the related stories next to it are
 * pooled and divided afresh, which merges one event's fragments and gives the articles of two sibling
 * events (two quakes in one region, two arrests of one team's players) back to their own stories. What
 * a division finds depends on the articles, not on the order they came in. Ids are stable: a story's id
 * comes from its first article, it stays with the part holding most of the story's articles, a merge
 * keeps the older id, and no id is ever given to two stories. {@link #drainChanges()} reports the moves.
 *
 * <p>The parts: {@link StoryIndex} finds the candidate stories and keeps the collection's idf,
 * {@link JoinScore} scores an article against a story, {@link PairModel} scores two articles of one group,
 * {@link StoryDivision} divides a group into its events; this class decides joins, merges and splits and
 * logs them.
 *
 * <p>Not thread-safe: one clusterer owns the memory of open stories; callers serialise access.
 */
public final class StoryClusterer {

    /**
     * Tunable weights and thresholds; {@link #defaults()} were tuned on ECB+ topics 1 to 20, read whole and
     * as sparse streams of every 8th report (a real stream gives most events one to three reports).
     * {@code threshold} is the least article-to-story score to join; {@code mergeThreshold} the least
     * story-to-story score, both ways, to pool two stories (1 turns merging off); {@code splitThreshold}
     * the ratio of the link between a story's two main groups of articles to the looser group's own
     * cohesion under which the groups are two events (0 turns splitting off); {@code conflictPenalty} the
     * factor on the join score of a story whose reports conflict with the article on the event's year or
     * magnitude ({@link EventConflict}; 1 turns it off); {@code placePenalty} the factor on the join score
     * of a story whose reports place the event elsewhere (1 turns it off); a conflicting story is not
     * pooled either; {@code smallSplitLink} the average pair score under which the two parts of a story
     * too small for the ratio's division (3 to 7 reports) are two events (0 turns it off).
     */
    public record Settings(double embeddingWeight, double termWeight, double entityWeight, double threshold,
                           double mergeThreshold, double splitThreshold, int candidates, int indexTermsPerArticle,
                           Duration window, double conflictPenalty, double placePenalty,
                           double smallSplitLink) {
        public static Settings defaults() {
            return new Settings(0.35, 0.4, 0.25, 0.26, 0.60, 0.76, 30, 25, Duration.ofDays(21), 0.7, 0.5, 0.25);
        }

        public Settings withThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, t, mergeThreshold, splitThreshold,
                    candidates, indexTermsPerArticle, window, conflictPenalty, placePenalty, smallSplitLink);
        }

        public Settings withMergeThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, t, splitThreshold, candidates,
                    indexTermsPerArticle, window, conflictPenalty, placePenalty, smallSplitLink);
        }

        public Settings withSplitThreshold(double t) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, mergeThreshold, t, candidates,
                    indexTermsPerArticle, window, conflictPenalty, placePenalty, smallSplitLink);
        }

        /** The factor on the join score of a story whose reports the article conflicts with (1 turns it off). */
        public Settings withConflictPenalty(double p) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, mergeThreshold, splitThreshold,
                    candidates, indexTermsPerArticle, window, p, placePenalty, smallSplitLink);
        }

        /** The pair link under which a story of 3 to 7 reports is cut in two (0 turns it off). */
        public Settings withSmallSplitLink(double l) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, mergeThreshold, splitThreshold,
                    candidates, indexTermsPerArticle, window, conflictPenalty, placePenalty, l);
        }

        /** The factor on the join score of a story whose reports place the event elsewhere (1 turns it off). */
        public Settings withPlacePenalty(double p) {
            return new Settings(embeddingWeight, termWeight, entityWeight, threshold, mergeThreshold, splitThreshold,
                    candidates, indexTermsPerArticle, window, conflictPenalty, p, smallSplitLink);
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
     * How much lower the ratio must be to split a story that absorbed another: without it a story whose
     * halves sit at the ratio's edge splits, merges and splits again as it grows, and its readers see it
     * come apart and back. Any value from 0.02 to 0.10 gave the same result on ECB+ topics 1 to 20.
     */
    private static final double SPLIT_HYSTERESIS = 0.05;
    /** Least whole-story score from which two stories are compared member by member; tuned on ECB+ topics 1 to 20. */
    private static final double POOL_GATE = 0.25;

    private final Settings settings;
    private final StoryIndex index;
    private final JoinScore join;
    private final PairModel pairs;
    private final StoryDivision division;
    private final Map<String, StoryMemory> stories = new LinkedHashMap<>();
    private final Map<String, String> articleStory = new HashMap<>();
    /** Merges and splits in the order they were made: applying them in this order gives the same stories. */
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();
    private long created;

    public StoryClusterer() {
        this(Settings.defaults());
    }

    public StoryClusterer(Settings settings) {
        this.settings = settings;
        this.index = new StoryIndex(settings.candidates(), settings.indexTermsPerArticle());
        this.join = new JoinScore(settings, index);
        this.pairs = new PairModel(index);
        this.division = new StoryDivision(pairs);
    }

    /** Assigns an article and returns its story id. An article seen before keeps its story. */
    public String assign(ArticleFeatures f) {
        String known = articleStory.get(f.id());
        if (known != null) {
            return known;
        }
        index.count(f);
        StoryMemory best = null;
        double bestScore = -1;
        JoinScore.Weighed w = join.weigh(f);
        List<String> keys = index.keys(f);
        for (StoryMemory s : index.candidates(keys, stories)) {
            double score = join.score(w, s);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best == null || bestScore < settings.threshold()) {
            best = newStory(f.id(), f.vector().length);
        }
        best.add(f);
        index.post(best, keys);
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
     * The splits made since the last call, oldest first, leaving the merges in the log; the caller moves
     * the listed stored articles. Use {@link #drainChanges()} when merges may happen too.
     */
    public List<Split> drainSplits() {
        List<Split> out = new ArrayList<>();
        changes.removeIf(c -> {
            if (c instanceof Split s) {
                out.add(s);
                return true;
            }
            return false;
        });
        return out;
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
        if (settings.splitThreshold() <= 0 || !s.complete) {
            return;
        }
        if (s.kept.size() < 2 * StoryDivision.MIN_SPLIT_PART) {
            if (settings.smallSplitLink() > 0 && s.kept.size() >= StoryDivision.MIN_SMALL) {
                List<List<ArticleFeatures>> parts = division.divideSmall(List.copyOf(s.kept), settings.smallSplitLink());
                if (parts.size() > 1) {
                    repartition(List.of(s), parts);
                }
            }
            return;
        }
        List<ArticleFeatures> m = List.copyOf(s.kept);
        List<List<ArticleFeatures>> parts = division.divide(m, s.merged ? settings.splitThreshold() - SPLIT_HYSTERESIS
                : settings.splitThreshold());
        if (parts.size() > 1) {
            repartition(List.of(s), parts);
        }
    }

    /** The events a group of articles reports, at the settings' split ratio; see {@link StoryDivision}. */
    List<List<ArticleFeatures>> divide(List<ArticleFeatures> group) {
        return division.divide(group, settings.splitThreshold());
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
            index.remove(old);
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
                index.post(story, f);
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


    private static boolean splitCheckpoint(int size) {
        return size >= StoryDivision.MIN_SMALL && (size <= 16 || size % 4 == 0);
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
        JoinScore.Weighed weighed = join.weigh(view);
        int examined = 0;
        for (StoryMemory other : index.candidates(view, stories)) {
            if (other == s || other.size < MIN_MERGE_SIZE) {
                continue;
            }
            examined++;
            // Both ways must agree; the second view is built only when the first already does.
            double forward = join.score(weighed, other);
            boolean same = forward >= settings.mergeThreshold()
                    && join.score(join.weigh(other.asFeatures()), s) >= settings.mergeThreshold();
            // Comparing members is the costly check: only for stories that are alike as wholes.
            boolean related = same || examined <= PAIR_MERGE_CANDIDATES && forward >= POOL_GATE
                    && memberLink(s, other) >= PAIR_MERGE;
            if (!related || settings.conflictPenalty() < 1 && join.conflicting(s, other)
                    || settings.placePenalty() < 1 && join.elsewhere(s, other)) {
                continue;
            }
            StoryMemory older = other.created < s.created ? other : s;
            StoryMemory younger = older == s ? other : s;
            if (s.complete && other.complete && s.kept.size() + other.kept.size() <= StoryMemory.MAX_MEMBERS) {
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
        List<PairModel.GroupWeights> w = pairs.groupWeights(both);
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = x.size(); j < w.size(); j++) {
                sum += pairs.score(w.get(i), w.get(j));
            }
        }
        return sum / (x.size() * y.size());
    }

    private void fold(StoryMemory from, StoryMemory into) {
        into.absorb(from);
        index.move(from, into);
        from.articleIds.forEach(a -> articleStory.put(a, into.id));
        stories.remove(from.id);
        changes.add(new Merge(from.id, into.id));
    }

    /** Restores an assignment made earlier (from the store) without deciding again. */
    public void restore(ArticleFeatures f, String storyId) {
        if (articleStory.containsKey(f.id())) {
            return;
        }
        index.count(f);
        usedIds.add(storyId);
        StoryMemory s = stories.computeIfAbsent(storyId, id -> new StoryMemory(id, f.vector().length, created++));
        s.add(f);
        index.post(s, f);
        articleStory.put(f.id(), storyId);
    }

    /**
     * What two reports conflict on, for evaluation: "place" when they place the event apart, "event"
     * when they date it in other years or give it another magnitude, both or "" for none.
     */
    public static String conflict(ArticleFeatures a, ArticleFeatures b) {
        return (EventConflict.place(a, b) ? "place " : "") + (EventConflict.between(a, b) ? "event" : "");
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
}
