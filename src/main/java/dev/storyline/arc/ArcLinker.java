package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.embed.Vectors;
import dev.storyline.story.TimelineBuilder;
import dev.storyline.time.TimeExpression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links stories into storylines as they arrive. A story joins the storyline of the story it continues:
 * one that shares its participants (people and organisations, a cosine over their weights, each weighed
 * by how few stories carry it, so that "Monday" or "US" tie nothing together; places do not count, see
 * {@link PlaceMentions}), is about the same subject (the stories' mean article vectors at least
 * {@code subjectFloor} alike) and lies close in time (the score fades to half over the horizon, and is
 * zero beyond it). Two heists in one city with different people share only their city and stay apart; a
 * trial after an arrest shares the accused. Otherwise a story opens a storyline of its own. A story's
 * names grow as its articles arrive: {@link #link} is called again, and a story that still stands alone
 * may then join another storyline; one that shares its storyline with others stays. The stories to
 * compare with are found through an index from each name to the stories that hold it, so that linking a
 * story costs what its names' stories hold, not what the whole stream holds. Not thread-safe: one writer
 * at a time.
 */
public final class ArcLinker {

    /** A sentence dated this many days before its article tells background, not the story's event. */
    private static final int BACKGROUND_DAYS = 60;

    /** Participants of a story that look for stories holding them: its rarest, most repeated ones. */
    private static final int LOOKUP_NAMES = 24;

    /**
     * Settings of the linker; {@link #defaults()} are the ones measured in docs/BENCHMARKS.md.
     *
     * @param threshold    the least participant score (cosine faded by the time between the stories) that links
     * @param horizonDays  the longest gap between two stories that may still link
     * @param subjectFloor the least similarity of two stories' mean article vectors that may link
     */
    public record Settings(double threshold, int horizonDays, double subjectFloor) {
        public static Settings defaults() {
            return new Settings(0.20, 180, 0.35);
        }
    }

    /**
     * What the linker knows of a story: its name counts, how many of those mentions read as places, the
     * mean of its articles' vectors, and the days of its first and last reports. Profiles stored before
     * places and subjects were kept read with none (the subject then does not hold a link back).
     */
    public record StoryProfile(String storyId, Map<String, Integer> names, Map<String, Integer> places,
                               float[] subject, LocalDate first, LocalDate last) {
        public StoryProfile {
            names = names == null ? Map.of() : Map.copyOf(names);
            places = places == null ? Map.of() : Map.copyOf(places);
        }

        public StoryProfile(String storyId, Map<String, Integer> names, LocalDate first, LocalDate last) {
            this(storyId, names, Map.of(), null, first, last);
        }

        /** The profile of a story made of these articles: the names its sentences mention, its subject, its report days. */
        public static StoryProfile of(String storyId, List<AnalyzedArticle> articles) {
            return merged(storyId, articles.stream().map(StoryProfile::ofArticle).toList());
        }

        /** The profile of one article, to be {@link #merged} with its story's others. */
        public static StoryProfile ofArticle(AnalyzedArticle a) {
            Map<String, Integer> names = new HashMap<>();
            for (AnalyzedSentence s : a.sentences()) {
                if (!isBackground(s, a)) {
                    s.entities().forEach(e -> names.merge(e.toLowerCase(Locale.ROOT), 1, Integer::sum));
                }
            }
            LocalDate day = a.published() == null ? null : a.published().day();
            return new StoryProfile(a.id(), names, PlaceMentions.count(List.of(a)), a.vector(), day, day);
        }

        /**
         * The profile of a story made of articles with these profiles ({@link #ofArticle}): names and
         * places summed, the mean of the articles' vectors, the first and last report days.
         */
        public static StoryProfile merged(String storyId, List<StoryProfile> articles) {
            Map<String, Integer> names = new HashMap<>();
            Map<String, Integer> places = new HashMap<>();
            LocalDate first = null;
            LocalDate last = null;
            float[] sum = null;
            for (StoryProfile a : articles) {
                a.names().forEach((n, c) -> names.merge(n, c, Integer::sum));
                a.places().forEach((n, c) -> places.merge(n, c, Integer::sum));
                if (a.subject() != null) {
                    sum = sum == null ? new float[a.subject().length] : sum;
                    if (sum.length == a.subject().length) {
                        Vectors.add(sum, a.subject());
                    }
                }
                first = a.first() != null && (first == null || a.first().isBefore(first)) ? a.first() : first;
                last = a.last() != null && (last == null || a.last().isAfter(last)) ? a.last() : last;
            }
            return new StoryProfile(storyId, names, places, sum == null ? null : Vectors.normalize(sum), first, last);
        }

        /**
         * A sentence that tells what happened long before its article ("In December 2008, three men emptied
         * the Harry Winston store", in a report of 2013): its names are the past's, not the story's.
         */
        private static boolean isBackground(AnalyzedSentence s, AnalyzedArticle a) {
            if (a.published() == null || s.times().isEmpty()) {
                return false;
            }
            TimeExpression t = TimelineBuilder.eventDate(s);
            return t != null && t.date().map(d -> d.lastDay().isBefore(a.published().day().minusDays(BACKGROUND_DAYS)))
                    .orElse(false);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoryProfile p && storyId.equals(p.storyId) && names.equals(p.names)
                    && places.equals(p.places) && Arrays.equals(subject, p.subject)
                    && Objects.equals(first, p.first) && Objects.equals(last, p.last);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storyId, names, places, Arrays.hashCode(subject), first, last);
        }

        @Override
        public String toString() {
            return "StoryProfile[" + storyId + ", " + names.size() + " names, " + first + ".." + last + "]";
        }
    }

    /** One storyline: its stories in the order they were linked. */
    private static final class Arc {
        final List<String> stories = new ArrayList<>();
    }

    private final Settings settings;
    private final Map<String, StoryProfile> stories = new LinkedHashMap<>();
    private final Map<String, String> arcOfStory = new HashMap<>();
    private final Map<String, Arc> arcs = new LinkedHashMap<>();
    /** In how many stories each name occurs, for the weights. */
    private final Map<String, Integer> storyFrequency = new HashMap<>();
    /** How often each name is mentioned over all stories, and how often as a place. */
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> placeMentions = new HashMap<>();
    /** The stories holding each name. */
    private final Map<String, Set<String>> storiesOfName = new HashMap<>();

    public ArcLinker() {
        this(Settings.defaults());
    }

    public ArcLinker(Settings settings) {
        this.settings = settings;
    }

    /** Records the story's current profile and returns the id of its storyline (opened when none fits). */
    public String link(StoryProfile story) {
        record(story);
        String current = arcOfStory.get(story.storyId());
        if (current != null) {
            if (arcs.get(current).stories.size() > 1) {
                return current;
            }
            // alone: the grown story may now find company; it keeps its own storyline when none fits
            String better = bestArc(story, current);
            if (better == null) {
                return current;
            }
            arcs.remove(current);
            join(better, story.storyId());
            return better;
        }
        String best = bestArc(story, null);
        String arcId = best != null ? best : "arc-" + story.storyId();
        join(arcId, story.storyId());
        return arcId;
    }

    /**
     * Puts a story back into the storyline it was linked to before (when a store is opened again), without
     * comparing it with anything.
     */
    public void restore(StoryProfile story, String arcId) {
        record(story);
        if (!arcId.equals(arcOfStory.get(story.storyId()))) {
            leaveArc(story.storyId());
        }
        join(arcId, story.storyId());
    }

    /** Forgets a story (merged into another, or left without articles); returns the storyline it was in. */
    public Optional<String> remove(String storyId) {
        StoryProfile old = stories.remove(storyId);
        String arcId = arcOfStory.get(storyId);
        if (old != null) {
            forget(old);
        }
        if (old == null || arcId == null) {
            return Optional.empty();
        }
        leaveArc(storyId);
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

    /**
     * How well {@code later} continues {@code earlier} (either order in time): the cosine of their
     * participants, faded by the days between them, or zero when their subjects differ or the gap passes
     * the horizon. Both must have been recorded (linked or restored).
     */
    double continuation(StoryProfile story, StoryProfile other) {
        long gap = gapDays(story, other);
        if (gap > settings.horizonDays()) {
            return 0;
        }
        if (story.subject() != null && other.subject() != null && story.subject().length == other.subject().length
                && Vectors.dot(story.subject(), other.subject()) < settings.subjectFloor()) {
            return 0;
        }
        return participants(story, other) * (1 - 0.5 * gap / settings.horizonDays());
    }

    /** Keeps the new profile, the name frequencies and the index; forgets the profile it replaces. */
    private void record(StoryProfile story) {
        StoryProfile old = stories.put(story.storyId(), story);
        if (old != null) {
            forget(old);
        }
        story.names().forEach((n, count) -> {
            storyFrequency.merge(n, 1, Integer::sum);
            mentions.merge(n, count, Integer::sum);
            storiesOfName.computeIfAbsent(n, k -> new HashSet<>()).add(story.storyId());
        });
        story.places().forEach((n, count) -> placeMentions.merge(n, count, Integer::sum));
    }

    private void forget(StoryProfile old) {
        old.names().forEach((n, count) -> {
            drop(storyFrequency, n, 1);
            drop(mentions, n, count);
            Set<String> holders = storiesOfName.get(n);
            if (holders != null) {
                holders.remove(old.storyId());
                if (holders.isEmpty()) {
                    storiesOfName.remove(n);
                }
            }
        });
        old.places().forEach((n, count) -> drop(placeMentions, n, count));
    }

    private static void drop(Map<String, Integer> counts, String name, int by) {
        if (counts.merge(name, -by, Integer::sum) <= 0) {
            counts.remove(name);
        }
    }

    /** The storyline other than {@code except} holding the story this one continues best, at or above the threshold, or null. */
    private String bestArc(StoryProfile story, String except) {
        Map<String, Double> weights = participantWeights(story);
        Set<String> candidates = new HashSet<>();
        weights.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(LOOKUP_NAMES)
                .forEach(e -> candidates.addAll(storiesOfName.getOrDefault(e.getKey(), Set.of())));
        candidates.remove(story.storyId());
        String best = null;
        double bestScore = settings.threshold();
        for (String id : candidates.stream().sorted(Comparator.naturalOrder()).toList()) {
            String arc = arcOfStory.get(id);
            if (arc == null || arc.equals(except)) {
                continue;
            }
            double s = continuation(story, stories.get(id));
            if (s >= bestScore) {
                best = arc;
                bestScore = s;
            }
        }
        return best;
    }

    private static long gapDays(StoryProfile a, StoryProfile b) {
        if (a.first() == null || a.last() == null || b.first() == null || b.last() == null) {
            return 0;
        }
        if (a.first().isAfter(b.last())) {
            return ChronoUnit.DAYS.between(b.last(), a.first());
        }
        if (b.first().isAfter(a.last())) {
            return ChronoUnit.DAYS.between(a.last(), b.first());
        }
        return 0;
    }

    /** The cosine of the two stories' participant weights. */
    private double participants(StoryProfile a, StoryProfile b) {
        Map<String, Double> wa = participantWeights(a);
        Map<String, Double> wb = participantWeights(b);
        double dot = 0;
        for (Map.Entry<String, Double> e : wa.entrySet()) {
            Double other = wb.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / Math.sqrt(squares(wa) * squares(wb));
    }

    private static double squares(Map<String, Double> w) {
        return w.values().stream().mapToDouble(x -> x * x).sum();
    }

    /** The story's people and organisations, each weighed by how often the story names it and how few stories do. */
    private Map<String, Double> participantWeights(StoryProfile story) {
        Map<String, Double> w = new HashMap<>();
        story.names().forEach((name, count) -> {
            if (!PlaceMentions.isPlace(name, placeMentions.getOrDefault(name, 0), mentions.getOrDefault(name, 0))) {
                w.put(name, Math.sqrt(count) * idf(name));
            }
        });
        return w;
    }

    private double idf(String name) {
        int n = Math.max(2, stories.size());
        int df = Math.max(1, storyFrequency.getOrDefault(name, 1));
        return Math.log(1.0 + (double) n / df);
    }

    private void join(String arcId, String storyId) {
        Arc arc = arcs.computeIfAbsent(arcId, k -> new Arc());
        if (!arc.stories.contains(storyId)) {
            arc.stories.add(storyId);
        }
        arcOfStory.put(storyId, arcId);
    }

    /** Takes the story out of its storyline, if any; drops the storyline when it empties. */
    private void leaveArc(String storyId) {
        String arcId = arcOfStory.remove(storyId);
        Arc arc = arcId == null ? null : arcs.get(arcId);
        if (arc != null) {
            arc.stories.remove(storyId);
            if (arc.stories.isEmpty()) {
                arcs.remove(arcId);
            }
        }
    }
}
