package dev.storyline.arc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links stories into storylines as they arrive. A story joins the storyline whose people, places and
 * organisations it shares most (a cosine over name weights, the names weighed by how few stories carry
 * them, so that "Monday" or "US" tie nothing together), provided that its first report comes within a
 * horizon of the storyline's latest one; otherwise it opens a storyline of its own. A story's names may
 * grow as its articles arrive: {@link #link} is called again and the story stays where it is unless the
 * storyline it would open alone is a better home than none. Not thread-safe: one writer at a time.
 */
public final class ArcLinker {

    /** Settings of the linker; {@link #defaults()} are the ones measured in docs/BENCHMARKS.md. */
    public record Settings(double threshold, int horizonDays) {
        public static Settings defaults() {
            return new Settings(0.30, 120);
        }
    }

    /** What the linker knows of a story: its name counts and the days of its first and last reports. */
    public record StoryProfile(String storyId, Map<String, Integer> names, LocalDate first, LocalDate last) {
        public StoryProfile {
            names = Map.copyOf(names);
        }
    }

    private final Settings settings;
    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, String> arcOfStory = new HashMap<>();
    private final Map<String, List<String>> storiesOfArc = new LinkedHashMap<>();
    /** In how many stories each name occurs, for the weights. */
    private final Map<String, Integer> storyFrequency = new HashMap<>();

    public ArcLinker() {
        this(Settings.defaults());
    }

    public ArcLinker(Settings settings) {
        this.settings = settings;
    }

    /** Records the story's current profile and returns the id of its storyline (opened when none fits). */
    public String link(StoryProfile story) {
        StoryProfile old = stories.put(story.storyId(), story);
        if (old != null) {
            old.names().keySet().forEach(n -> storyFrequency.merge(n, -1, Integer::sum));
        }
        story.names().keySet().forEach(n -> storyFrequency.merge(n, 1, Integer::sum));
        String current = arcOfStory.get(story.storyId());
        if (current != null) {
            return current;
        }
        String best = null;
        double bestScore = settings.threshold();
        for (Map.Entry<String, List<String>> arc : storiesOfArc.entrySet()) {
            double s = similarity(story, arc.getValue());
            if (s >= bestScore) {
                best = arc.getKey();
                bestScore = s;
            }
        }
        String arcId = best != null ? best : "arc-" + story.storyId();
        arcOfStory.put(story.storyId(), arcId);
        storiesOfArc.computeIfAbsent(arcId, k -> new ArrayList<>()).add(story.storyId());
        return arcId;
    }

    /** The storyline of a story, when it has been linked. */
    public Optional<String> arcOf(String storyId) {
        return Optional.ofNullable(arcOfStory.get(storyId));
    }

    /** Every storyline with its stories in the order they were linked. */
    public Map<String, List<String>> arcs() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        storiesOfArc.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The cosine of the story's name weights with the storyline's, zero outside the horizon. */
    double similarity(StoryProfile story, List<String> arcStories) {
        LocalDate latest = null;
        Map<String, Double> arcWeights = new HashMap<>();
        for (String id : arcStories) {
            StoryProfile p = stories.get(id);
            if (p.last() != null && (latest == null || p.last().isAfter(latest))) {
                latest = p.last();
            }
            weights(p).forEach((n, w) -> arcWeights.merge(n, w, Double::sum));
        }
        if (latest != null && story.first() != null && story.first().isAfter(latest.plusDays(settings.horizonDays()))) {
            return 0;
        }
        return cosine(weights(story), arcWeights);
    }

    private Map<String, Double> weights(StoryProfile p) {
        int n = Math.max(2, stories.size());
        Map<String, Double> w = new HashMap<>();
        p.names().forEach((name, count) -> {
            int df = Math.max(1, storyFrequency.getOrDefault(name, 1));
            w.put(name, Math.sqrt(count) * Math.log(1.0 + (double) n / df));
        });
        return w;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double v = b.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        double na = a.values().stream().mapToDouble(x -> x * x).sum();
        double nb = b.values().stream().mapToDouble(x -> x * x).sum();
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
