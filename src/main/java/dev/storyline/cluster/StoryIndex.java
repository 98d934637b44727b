package dev.storyline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index over open stories and the collection's idf: each story is posted under its articles'
 * rarest names and heaviest terms, and an arriving article is compared only with the stories that share
 * the most of its own, so that the cost per article does not grow with the number of stories.
 */
final class StoryIndex {

    private final Map<String, Set<String>> postings = new HashMap<>();
    /** In how many articles each term appears, and each name: the collection's idf. */
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> nameFrequency = new HashMap<>();
    private final int candidates;
    private final int keysPerArticle;
    private int articles;

    StoryIndex(int candidates, int keysPerArticle) {
        this.candidates = candidates;
        this.keysPerArticle = keysPerArticle;
    }

    /** Counts an article into the collection's document frequencies. */
    void count(ArticleFeatures f) {
        articles++;
        f.terms().keySet().forEach(k -> documentFrequency.merge(k, 1, Integer::sum));
        f.entities().keySet().forEach(k -> nameFrequency.merge(k, 1, Integer::sum));
    }

    /** Articles counted so far. */
    int articles() {
        return articles;
    }

    /** Idf of an index key: a name when it starts with {@code @}, else a term. */
    private double idf(String key) {
        return key.startsWith("@") ? nameIdf(key.substring(1)) : termIdf(key);
    }

    double termIdf(String term) {
        return Math.log((articles + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    double nameIdf(String name) {
        return Math.log((articles + 1.0) / (nameFrequency.getOrDefault(name, 0) + 1.0)) + 1.0;
    }

    /** The stories that share the most idf weight of an article's keys, strongest first. */
    List<StoryMemory> candidates(ArticleFeatures f, Map<String, StoryMemory> stories) {
        return candidates(keys(f), stories);
    }

    List<StoryMemory> candidates(List<String> keys, Map<String, StoryMemory> stories) {
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
                .limit(candidates)
                .map(e -> stories.get(e.getKey()))
                .toList();
    }

    /** The article's rarest names and heaviest terms: what a story about the same event must share. */
    List<String> keys(ArticleFeatures f) {
        List<Map.Entry<String, Double>> keys = new ArrayList<>(f.entities().size() + f.terms().size());
        f.entities().forEach((e, c) -> keys.add(Map.entry("@" + e, (1 + Math.log(c)) * nameIdf(e))));
        f.terms().forEach((t, w) -> keys.add(Map.entry(t, w * termIdf(t))));
        keys.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return keys.subList(0, Math.min(keys.size(), keysPerArticle)).stream()
                .map(Map.Entry::getKey).toList();
    }

    void post(StoryMemory s, ArticleFeatures f) {
        post(s, keys(f));
    }

    void post(StoryMemory s, List<String> keys) {
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new HashSet<>()).add(s.id);
            s.keys.add(key);
        }
    }

    /** Takes a story out of the index (its keys stay with it until it is reset). */
    void remove(StoryMemory s) {
        for (String key : s.keys) {
            Set<String> ids = postings.get(key);
            if (ids != null) {
                ids.remove(s.id);
            }
        }
    }

    /** Moves a story's postings to the story it is folded into. */
    void move(StoryMemory from, StoryMemory into) {
        for (String key : from.keys) {
            Set<String> ids = postings.get(key);
            if (ids != null) {
                ids.remove(from.id);
                ids.add(into.id);
            }
        }
        into.keys.addAll(from.keys);
    }
}
