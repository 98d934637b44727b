package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links stories into storylines as they arrive. A story joins the storyline whose people, places and
 * organisations it shares most (a cosine over name weights, the names weighed by how few stories carry
 * them, so that "Monday" or "US" tie nothing together), provided that its first report comes within a
 * horizon of the storyline's latest one; otherwise it opens a storyline of its own. A story's names grow
 * as its articles arrive: {@link #link} is called again, and a story that still stands alone may then
 * join another storyline; one that shares its storyline with others stays. The storylines to compare
 * with are found through an index from each name to the storylines that hold it, so that linking a story
 * costs what its names' storylines hold, not what the whole stream holds. Not thread-safe: one writer at
 * a time.
 */
public final class ArcLinker {

    /** Names of a story that look for storylines holding them: its rarest, most repeated ones. */
    private static final int LOOKUP_NAMES = 24;

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

        /** The profile of a story made of these articles: the names its sentences mention, its report days. */
        public static StoryProfile of(String storyId, List<AnalyzedArticle> articles) {
            Map<String, Integer> names = new HashMap<>();
            LocalDate first = null;
            LocalDate last = null;
            for (AnalyzedArticle a : articles) {
                for (AnalyzedSentence s : a.sentences()) {
                    s.entities().forEach(e -> names.merge(e.toLowerCase(Locale.ROOT), 1, Integer::sum));
                }
                if (a.published() != null) {
                    LocalDate d = a.published().day();
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
            return new StoryProfile(storyId, names, first, last);
        }
    }

    /** One storyline: its stories, the sum over them of each name's damped count, its latest report day. */
    private static final class Arc {
        final List<String> stories = new ArrayList<>();
        final Map<String, Double> mass = new HashMap<>();
        LocalDate latest;
        /**
         * The norm of the weights, and the number of stories it was computed at: the weights drift only
         * slowly as stories arrive elsewhere, so it is computed again when this storyline changes or the
         * stream has grown by a tenth, not at every comparison.
         */
        double norm;
        int normAt = -1;
    }

    private final Settings settings;
    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, String> arcOfStory = new HashMap<>();
    private final Map<String, Arc> arcs = new LinkedHashMap<>();
    /** In how many stories each name occurs, for the weights. */
    private final Map<String, Integer> storyFrequency = new HashMap<>();
    /** The storylines holding each name. */
    private final Map<String, Set<String>> arcsOfName = new HashMap<>();

    public ArcLinker() {
        this(Settings.defaults());
    }

    public ArcLinker(Settings settings) {
        this.settings = settings;
    }

    /** Records the story's current profile and returns the id of its storyline (opened when none fits). */
    public String link(StoryProfile story) {
        StoryProfile old = record(story);
        String current = arcOfStory.get(story.storyId());
        if (current != null) {
            Arc arc = arcs.get(current);
            leave(arc, current, old);
            if (arc.stories.size() > 1) {
                join(current, story);
                return current;
            }
            // alone: the grown story may now find company; it keeps its own storyline when none fits
            String better = bestArc(story, current);
            if (better == null) {
                join(current, story);
                return current;
            }
            arcs.remove(current);
            arcOfStory.remove(story.storyId());
            join(better, story);
            return better;
        }
        String best = bestArc(story, null);
        String arcId = best != null ? best : "arc-" + story.storyId();
        join(arcId, story);
        return arcId;
    }

    /**
     * Puts a story back into the storyline it was linked to before (when a store is opened again), without
     * comparing it with anything.
     */
    public void restore(StoryProfile story, String arcId) {
        StoryProfile old = record(story);
        String current = arcOfStory.get(story.storyId());
        if (current != null) {
            Arc arc = arcs.get(current);
            leave(arc, current, old);
            if (!current.equals(arcId)) {
                arc.stories.remove(story.storyId());
                if (arc.stories.isEmpty()) {
                    arcs.remove(current);
                }
            }
        }
        join(arcId, story);
    }

    /** Forgets a story (merged into another, or left without articles); returns the storyline it was in. */
    public Optional<String> remove(String storyId) {
        StoryProfile old = stories.remove(storyId);
        String arcId = arcOfStory.get(storyId);
        if (old == null || arcId == null) {
            return Optional.empty();
        }
        old.names().keySet().forEach(n -> storyFrequency.merge(n, -1, Integer::sum));
        leave(arcs.get(arcId), arcId, old);
        return Optional.of(arcId);
    }

    /** The storyline of a story, when it has been linked. */
    public Optional<String> arcOf(String storyId) {
        return Optional.ofNullable(arcOfStory.get(storyId));
    }

    /** The stories of a storyline in the order they were linked; empty when there is no such storyline. */
    public List<String> storiesOf(String arcId) {
        Arc arc = arcs.get(arcId);
        return arc == null ? List.of() : List.copyOf(arc.stories);
    }

    /** Every storyline with its stories in the order they were linked. */
    public Map<String, List<String>> arcs() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        arcs.forEach((k, v) -> out.put(k, List.copyOf(v.stories)));
        return out;
    }

    /** Keeps the new profile and the name frequencies; returns the profile it replaces, or null. */
    private StoryProfile record(StoryProfile story) {
        StoryProfile old = stories.put(story.storyId(), story);
        if (old != null) {
            old.names().keySet().forEach(n -> storyFrequency.merge(n, -1, Integer::sum));
        }
        story.names().keySet().forEach(n -> storyFrequency.merge(n, 1, Integer::sum));
        return old;
    }

    /** The storyline other than {@code except} that fits the story best, at or above the threshold, or null. */
    private String bestArc(StoryProfile story, String except) {
        Map<String, Double> weights = weights(story.names());
        Set<String> candidates = new HashSet<>();
        weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(LOOKUP_NAMES)
                .forEach(e -> candidates.addAll(arcsOfName.getOrDefault(e.getKey(), Set.of())));
        candidates.remove(except);
        String best = null;
        double bestScore = settings.threshold();
        for (String id : candidates.stream().sorted(Comparator.naturalOrder()).toList()) {
            double s = similarity(story, weights, arcs.get(id));
            if (s >= bestScore) {
                best = id;
                bestScore = s;
            }
        }
        return best;
    }

    /** The cosine of the story's name weights with the storyline's, zero outside the horizon. */
    private double similarity(StoryProfile story, Map<String, Double> weights, Arc arc) {
        if (arc.latest != null && story.first() != null && story.first().isAfter(arc.latest.plusDays(settings.horizonDays()))) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double m = arc.mass.get(e.getKey());
            if (m != null) {
                dot += e.getValue() * m * idf(e.getKey());
            }
        }
        if (dot == 0) {
            return 0;
        }
        double storyNorm = weights.values().stream().mapToDouble(x -> x * x).sum();
        return dot / Math.sqrt(norm(arc) * storyNorm);
    }

    private double norm(Arc arc) {
        if (arc.normAt < 0 || stories.size() > arc.normAt + arc.normAt / 10 + 1) {
            double sum = 0;
            for (Map.Entry<String, Double> e : arc.mass.entrySet()) {
                double w = e.getValue() * idf(e.getKey());
                sum += w * w;
            }
            arc.norm = sum;
            arc.normAt = stories.size();
        }
        return arc.norm;
    }

    private Map<String, Double> weights(Map<String, Integer> names) {
        Map<String, Double> w = new HashMap<>();
        names.forEach((name, count) -> w.put(name, Math.sqrt(count) * idf(name)));
        return w;
    }

    private double idf(String name) {
        int n = Math.max(2, stories.size());
        int df = Math.max(1, storyFrequency.getOrDefault(name, 1));
        return Math.log(1.0 + (double) n / df);
    }

    private void join(String arcId, StoryProfile story) {
        Arc arc = arcs.computeIfAbsent(arcId, k -> new Arc());
        arc.normAt = -1;
        if (!arc.stories.contains(story.storyId())) {
            arc.stories.add(story.storyId());
        }
        arcOfStory.put(story.storyId(), arcId);
        story.names().forEach((name, count) -> {
            arc.mass.merge(name, Math.sqrt(count), Double::sum);
            arcsOfName.computeIfAbsent(name, k -> new HashSet<>()).add(arcId);
        });
        if (story.last() != null && (arc.latest == null || story.last().isAfter(arc.latest))) {
            arc.latest = story.last();
        }
    }

    /** Takes the story's old profile out of its storyline's sums; drops the storyline when it empties. */
    private void leave(Arc arc, String arcId, StoryProfile old) {
        arc.normAt = -1;
        if (old != null) {
            old.names().forEach((name, count) -> {
                double left = arc.mass.merge(name, -Math.sqrt(count), Double::sum);
                if (left < 1e-9) {
                    arc.mass.remove(name);
                    Set<String> holders = arcsOfName.get(name);
                    if (holders != null) {
                        holders.remove(arcId);
                        if (holders.isEmpty()) {
                            arcsOfName.remove(name);
                        }
                    }
                }
            });
        }
        if (old == null || stories.get(old.storyId()) == null) {
            arc.stories.remove(old == null ? null : old.storyId());
            if (old != null) {
                arcOfStory.remove(old.storyId());
            }
        }
        arc.latest = arc.stories.stream().map(stories::get).filter(p -> p != null && p.last() != null)
                .map(StoryProfile::last).max(Comparator.naturalOrder()).orElse(null);
        if (arc.stories.isEmpty()) {
            arcs.remove(arcId);
        }
    }
}
