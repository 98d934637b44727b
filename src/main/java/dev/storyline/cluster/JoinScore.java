package dev.storyline.cluster;

import dev.storyline.embed.Vectors;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well an article fits an open story, the score that decides a join: the embedding's similarity to
 * the story's closest articles, the TF-IDF cosine with the story's terms and the share of the article's
 * name weight the story mentions, weighed by {@link StoryClusterer.Settings}; a story that mentions other
 * years or lies weeks apart is penalised, since a later event of the same kind is a new story.
 */
final class JoinScore {

    private final StoryClusterer.Settings settings;
    private final StoryIndex index;

    JoinScore(StoryClusterer.Settings settings, StoryIndex index) {
        this.settings = settings;
        this.index = index;
    }

    /** An article's term and name weights under the current idf, computed once for all its candidates. */
    record Weighed(ArticleFeatures f, Map<String, Double> terms, double termNorm, Map<String, Double> names,
                   double nameTotal) {
    }

    Weighed weigh(ArticleFeatures f) {
        Map<String, Double> t = HashMap.newHashMap(f.terms().size());
        double norm = 0;
        for (Map.Entry<String, Double> e : f.terms().entrySet()) {
            double w = e.getValue() * index.termIdf(e.getKey());
            t.put(e.getKey(), w);
            norm += w * w;
        }
        Map<String, Double> n = HashMap.newHashMap(f.entities().size());
        double total = 0;
        for (Map.Entry<String, Integer> e : f.entities().entrySet()) {
            double w = index.nameIdf(e.getKey()) * (1 + Math.log(e.getValue()));
            n.put(e.getKey(), w);
            total += w;
        }
        return new Weighed(f, t, Math.sqrt(norm), n, total);
    }

    double score(Weighed w, StoryMemory s) {
        double embedding = nearestMembers(w.f().vector(), s);
        double terms = termCosine(w, s);
        double names = nameCoverage(w, s.names);
        double score = settings.embeddingWeight() * embedding + settings.termWeight() * terms
                + settings.entityWeight() * names;
        double conflict = settings.conflictPenalty() < 1 && conflicting(w.f(), s) ? settings.conflictPenalty() : 1;
        double place = settings.placePenalty() < 1 && elsewhere(w.f(), s) ? settings.placePenalty() : 1;
        return score * timePenalty(w.f(), s) * conflict * place;
    }

    /** Reports of a story an article is weighed against for {@link EventConflict}: the latest few. */
    private static final int CONFLICT_SAMPLE = 8;

    /** True when the article conflicts with most of the story's latest reports on the event. */
    boolean conflicting(ArticleFeatures f, StoryMemory s) {
        List<ArticleFeatures> members = s.recent(CONFLICT_SAMPLE);
        int conflicts = 0;
        for (ArticleFeatures m : members) {
            if (EventConflict.between(f, m)) {
                conflicts++;
            }
        }
        return conflicts * 2 > members.size();
    }

    /**
     * True when the article states where its event happened and most of the story's latest reports that
     * state a place put it elsewhere; reports that state none are no evidence either way.
     */
    boolean elsewhere(ArticleFeatures f, StoryMemory s) {
        if (f.eventPlaces().isEmpty()) {
            return false;
        }
        int placed = 0;
        int apart = 0;
        for (ArticleFeatures m : s.recent(CONFLICT_SAMPLE)) {
            if (!m.eventPlaces().isEmpty()) {
                placed++;
                if (EventConflict.place(f, m)) {
                    apart++;
                }
            }
        }
        return apart * 2 > placed;
    }

    /** True when most pairs of two stories' latest reports that state places put their events apart. */
    boolean elsewhere(StoryMemory a, StoryMemory b) {
        int placed = 0;
        int apart = 0;
        for (ArticleFeatures f : a.recent(CONFLICT_SAMPLE / 2)) {
            for (ArticleFeatures g : b.recent(CONFLICT_SAMPLE / 2)) {
                if (!f.eventPlaces().isEmpty() && !g.eventPlaces().isEmpty()) {
                    placed++;
                    if (EventConflict.place(f, g)) {
                        apart++;
                    }
                }
            }
        }
        return apart * 2 > placed;
    }

    /** True when most pairs of two stories' latest reports conflict on the event. */
    boolean conflicting(StoryMemory a, StoryMemory b) {
        List<ArticleFeatures> x = a.recent(CONFLICT_SAMPLE / 2);
        List<ArticleFeatures> y = b.recent(CONFLICT_SAMPLE / 2);
        int conflicts = 0;
        for (ArticleFeatures f : x) {
            for (ArticleFeatures g : y) {
                if (EventConflict.between(f, g)) {
                    conflicts++;
                }
            }
        }
        return conflicts * 2 > x.size() * y.size();
    }

    private double termCosine(Weighed w, StoryMemory s) {
        double dot = 0;
        for (Map.Entry<String, Double> e : w.terms().entrySet()) {
            Double ws = s.terms.get(e.getKey());
            if (ws != null) {
                dot += e.getValue() * ws * index.termIdf(e.getKey());
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
        if (s.termNormAt < 0 || index.articles() > s.termNormAt * 1.1 + 10) {
            double ns = 0;
            for (Map.Entry<String, Double> e : s.terms.entrySet()) {
                double w = e.getValue() * index.termIdf(e.getKey());
                ns += w * w;
            }
            s.termNorm = Math.sqrt(ns);
            s.termNormAt = index.articles();
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
}
