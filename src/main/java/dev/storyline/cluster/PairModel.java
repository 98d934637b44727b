package dev.storyline.cluster;

import dev.storyline.embed.Vectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The probability that two articles of a group report the same event, for re-examining a story.
 * Between two reports of one topic the names tell events apart best; then the words, the embedding,
 * whether the names of one lead appear in the other at all, and whether their years, months and lead
 * figures (ages, tolls, magnitudes) agree. Words and names are weighed by how rare they are in the
 * collection and also within the group: what every article of the group says (the topic: "Chargers",
 * "DUI") cannot tell its events apart, what half of them say can.
 */
final class PairModel {

    /**
     * Weights of {@link #signals}, in its order, and the bias. Fitted on 2026-11-24 as a logistic
     * regression (same gold event or not) over every same-topic article pair of ECB+ topics 1 to 20, the
     * signals computed with each topic taken as the group; topics 21 to 45 were left out. The fit was made
     * outside the repository: to refit, compute {@link #signals} for those pairs and fit the same model.
     * Pair AUC, same event against sibling event: 0.949 on topics 1 to 20, 0.930 on 21 to 45
     * (docs/BENCHMARKS.md, story clustering).
     */
    private static final double[] WEIGHTS = {3.40, 3.18, 5.12, 1.25, 2.83, 0.77, 0.57};
    private static final double BIAS = -3.45;

    private final StoryIndex index;

    PairModel(StoryIndex index) {
        this.index = index;
    }

    /** The fitted probability that two articles of one group report the same event. */
    double score(GroupWeights a, GroupWeights b) {
        double[] x = signals(a, b);
        double z = BIAS;
        for (int i = 0; i < x.length; i++) {
            z += WEIGHTS[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Embedding similarity, TF-IDF cosine, name cosine, year agreement, lead-name coverage, lead-figure
     * agreement and month agreement of two articles (agreements are 1, -1, or 0 when either says nothing).
     */
    double[] signals(GroupWeights a, GroupWeights b) {
        ArticleFeatures f = a.article();
        ArticleFeatures g = b.article();
        return new double[] {Vectors.dot(f.vector(), g.vector()), GroupWeights.cosine(a.terms(), a.termNorm(),
                b.terms(), b.termNorm()), GroupWeights.cosine(a.names(), a.nameNorm(), b.names(), b.nameNorm()),
                agreement(f.years(), g.years()),
                Math.min(leadCoverage(f.leadNames(), g.entities()), leadCoverage(g.leadNames(), f.entities())),
                agreement(f.leadNumbers(), g.leadNumbers()), agreement(f.months(), g.months())};
    }

    /** The articles' words and names weighed within the group they make, for {@link #score}. */
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
        termWeight.forEach((t, w) -> w[0] = index.termIdf(t) * (Math.log(n / (w[0] + 1.0)) + 1));
        nameWeight.forEach((name, w) -> w[0] = index.nameIdf(name) * (Math.log(n / (w[0] + 1.0)) + 1));
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
            double w = index.nameIdf(n);
            total += w;
            if (other.containsKey(n)) {
                shared += w;
            }
        }
        return shared / total;
    }
}
