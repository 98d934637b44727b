package dev.storyline.cluster;

import dev.storyline.embed.Vectors;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clusterer remembers of one open story: the sums and recent members it is scored on, the index
 * keys it is posted under, and, while it is small enough to re-examine, every article's features.
 */
final class StoryMemory {

    private static final int MAX_STORY_TERMS = 400;
    /** Articles per story compared one by one; older ones still count through the centroid terms. */
    static final int MAX_MEMBERS = 64;
    private static final int MAX_RECENT = 16;

    final String id;
    final float[] vectorSum;
    /** Vectors of the most recent articles, for nearest-member similarity. */
    final ArrayDeque<float[]> members = new ArrayDeque<>();
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
    final ArrayDeque<ArticleFeatures> recentFeatures = new ArrayDeque<>();

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
        Arrays.fill(vectorSum, 0f);
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
