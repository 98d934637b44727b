package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The events a group of articles reports: the group is split in two where average link finds its two
 * main groups ({@link #bipartition}), when the link between them is under a ratio of the cohesion of the
 * looser one or under {@link #SPLIT_LINK}; then each part likewise. The answer depends on the articles,
 * not on the order they came in. Pairs are scored by the {@link PairModel}, with words and names weighed
 * within the whole group, so that what all its articles share (the topic) counts less than what tells its
 * events apart.
 */
final class StoryDivision {

    /** Fewest articles a split-off group must have: one odd article is an outlier, not a second event. */
    static final int MIN_SPLIT_PART = 4;
    /**
     * Link between two groups under which they are two events however loosely each holds together: the
     * ratio alone keeps a loose event (reports of one firing that each tell a different part) together
     * with its sibling. Tuned on ECB+ topics 1 to 20.
     */
    private static final double SPLIT_LINK = 0.525;

    /** Fewest articles from which a story too small for {@link #divide} is re-examined by {@link #divideSmall}. */
    static final int MIN_SMALL = 3;

    private final PairModel pairs;

    StoryDivision(PairModel pairs) {
        this.pairs = pairs;
    }

    /**
     * The events of a story too small for two parts of {@link #MIN_SPLIT_PART}: of all ways to cut it in
     * two, the one whose parts are linked least, when that link is under {@code link} and most pairs
     * across it conflict on the event ({@link EventConflict}); else the story whole. A story of a few reports was joined one report at a time, each on its likeness to the story
     * so far; a later report of the first report's event can show that the second belongs elsewhere.
     */
    List<List<ArticleFeatures>> divideSmall(List<ArticleFeatures> group, double link) {
        int n = group.size();
        if (n < MIN_SMALL || n >= 2 * MIN_SPLIT_PART) {
            return List.of(group);
        }
        List<PairModel.GroupWeights> w = pairs.groupWeights(group);
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                sim[i][j] = sim[j][i] = pairs.score(w.get(i), w.get(j));
            }
        }
        int bestCut = 0;
        double best = Double.POSITIVE_INFINITY;
        // The first article stays on side 0: each cut is counted once.
        for (int cut = 1; cut < (1 << (n - 1)); cut++) {
            double sum = 0;
            int pairsAcross = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (side(cut, i) != side(cut, j)) {
                        sum += sim[i][j];
                        pairsAcross++;
                    }
                }
            }
            double across = sum / pairsAcross;
            if (across < best) {
                best = across;
                bestCut = cut;
            }
        }
        if (best >= link || !conflictAcross(group, bestCut)) {
            return List.of(group);
        }
        List<ArticleFeatures> first = new ArrayList<>();
        List<ArticleFeatures> second = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (side(bestCut, i) ? second : first).add(group.get(i));
        }
        return List.of(first, second);
    }

    /**
     * Most pairs across the cut conflict on the event's place, year or magnitude: a few reports that are
     * merely worded apart are one event told from several sides, and a dense stream grows them together.
     */
    private static boolean conflictAcross(List<ArticleFeatures> group, int cut) {
        int across = 0;
        int conflicts = 0;
        for (int i = 0; i < group.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (side(cut, i) != side(cut, j)) {
                    across++;
                    if (EventConflict.place(group.get(i), group.get(j)) || EventConflict.between(group.get(i), group.get(j))) {
                        conflicts++;
                    }
                }
            }
        }
        return conflicts * 2 > across;
    }

    private static boolean side(int cut, int i) {
        return i > 0 && (cut >> (i - 1) & 1) == 1;
    }

    /**
     * The group's events, each part listing its articles in the group's order; {@code ratio} is the share
     * of the looser part's cohesion under which the link between two parts makes them two events.
     */
    List<List<ArticleFeatures>> divide(List<ArticleFeatures> group, double ratio) {
        if (group.size() < 2 * MIN_SPLIT_PART) {
            return List.of(group);
        }
        List<PairModel.GroupWeights> w = pairs.groupWeights(group);
        int n = group.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                sim[i][j] = sim[j][i] = pairs.score(w.get(i), w.get(j));
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
}
