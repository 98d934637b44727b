package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.embed.Vectors;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The timeline of a storyline: the days that matter and, for each, the sentences of its articles that
 * say what happened then. A day matters by how many articles refer to it by date (every article once,
 * whenever it was published, so that later reports looking back count) and how many were published on
 * it; a sentence belongs to a day when its own date resolves to that day (an event told on the 14th as
 * "on Tuesday" is the Tuesday's), or, undated, when it opens an article published that day. Among a day's
 * sentences the most typical of them (nearest the day's centroid) come first, near repeats left out.
 * Stateless and safe to share.
 */
public final class ArcTimeline {

    /**
     * Settings of the timeline; {@link #defaults()} are the ones measured in docs/BENCHMARKS.md.
     *
     * @param laterWeight what a reference to a day from an article published after it adds to the one
     *                    point every referring article gives (later reports looking back)
     * @param spread      how much a day loses for each neighbouring day (one day either side) already
     *                    chosen, as a share of its score: 0 chooses by score alone, higher spreads the
     *                    days over the storyline's months instead of crowding its busiest week
     */
    public record Settings(int dates, int sentencesPerDate, double publishedWeight, int leadSentences,
                           double repeatSimilarity, double laterWeight, double spread) {
        public static Settings defaults() {
            return new Settings(12, 2, 0.5, 3, 0.85, 0.5, 0.5);
        }

        public Settings with(int dates, int sentencesPerDate) {
            return new Settings(dates, sentencesPerDate, publishedWeight, leadSentences, repeatSimilarity, laterWeight, spread);
        }

        public Settings withDayScoring(double publishedWeight, double laterWeight, double spread) {
            return new Settings(dates, sentencesPerDate, publishedWeight, leadSentences, repeatSimilarity, laterWeight, spread);
        }
    }

    /** One sentence of the timeline with the article it is drawn from. */
    public record DaySentence(String text, String articleId) {
    }

    /**
     * One day of the timeline.
     *
     * @param reporting the articles that date something to the day or were published on it, the ones a
     *                  sentence of the day may also be cited from
     */
    public record Day(CalendarDate date, List<DaySentence> sentences, double score, List<String> reporting) {
        public Day {
            sentences = List.copyOf(sentences);
            reporting = List.copyOf(reporting);
        }
    }

    private record Candidate(AnalyzedSentence sentence, String articleId, boolean dated) {
    }

    private final Settings settings;

    public ArcTimeline(Settings settings) {
        this.settings = settings;
    }

    /**
     * The timeline of the articles: at most {@code settings.dates()} days between {@code from} and
     * {@code to} (either may be null), each with at most {@code settings.sentencesPerDate()} sentences
     * that {@code admissible} accepts, in date order.
     */
    public List<Day> build(List<AnalyzedArticle> articles, LocalDate from, LocalDate to, Predicate<String> admissible) {
        Map<LocalDate, Set<String>> reporting = new HashMap<>();
        Map<LocalDate, Double> score = dayScores(articles, from, to, reporting);
        Map<LocalDate, List<Candidate>> candidates = candidates(articles, from, to, admissible);
        List<LocalDate> days = choose(score, candidates.keySet());
        List<Day> out = new ArrayList<>();
        for (LocalDate d : days) {
            out.add(new Day(CalendarDate.of(d), pick(candidates.get(d)), score.get(d), List.copyOf(reporting.get(d))));
        }
        return out;
    }

    /**
     * The days to show, best first by score, each day's score lowered by {@code spread} for every
     * chosen neighbour; in date order.
     */
    private List<LocalDate> choose(Map<LocalDate, Double> score, Set<LocalDate> withSentences) {
        List<LocalDate> open = score.keySet().stream().filter(withSentences::contains).sorted().toList();
        Set<LocalDate> chosen = new java.util.TreeSet<>();
        while (chosen.size() < settings.dates() && chosen.size() < open.size()) {
            LocalDate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (LocalDate d : open) {
                if (chosen.contains(d)) {
                    continue;
                }
                int neighbours = (chosen.contains(d.minusDays(1)) ? 1 : 0) + (chosen.contains(d.plusDays(1)) ? 1 : 0);
                double s = score.get(d) * Math.pow(1 - settings.spread(), neighbours);
                if (s > bestScore) {
                    best = d;
                    bestScore = s;
                }
            }
            chosen.add(best);
        }
        return List.copyOf(chosen);
    }

    /** How much each day matters: articles that date something to it, plus a share of those published on it. */
    Map<LocalDate, Double> dayScores(List<AnalyzedArticle> articles, LocalDate from, LocalDate to,
                                     Map<LocalDate, Set<String>> reporting) {
        Map<LocalDate, Double> score = new TreeMap<>();
        for (AnalyzedArticle a : articles) {
            Set<LocalDate> referred = new HashSet<>();
            for (AnalyzedSentence s : a.sentences()) {
                for (TimeExpression t : s.times()) {
                    t.date().filter(c -> c.precision() == CalendarDate.Precision.DAY).map(CalendarDate::firstDay)
                            .filter(d -> inside(d, from, to)).ifPresent(referred::add);
                }
            }
            LocalDate p = publishedDay(a);
            referred.forEach(d -> score.merge(d, 1.0 + (p != null && p.isAfter(d) ? settings.laterWeight() : 0), Double::sum));
            if (p != null && inside(p, from, to)) {
                score.merge(p, settings.publishedWeight(), Double::sum);
                referred.add(p);
            }
            referred.forEach(d -> reporting.computeIfAbsent(d, k -> new java.util.LinkedHashSet<>()).add(a.id()));
        }
        return score;
    }

    private Map<LocalDate, List<Candidate>> candidates(List<AnalyzedArticle> articles, LocalDate from, LocalDate to,
                                                       Predicate<String> admissible) {
        Map<LocalDate, List<Candidate>> out = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            LocalDate published = publishedDay(a);
            for (AnalyzedSentence s : a.sentences()) {
                if (!admissible.test(s.text())) {
                    continue;
                }
                LocalDate own = s.times().stream().map(TimeExpression::date)
                        .flatMap(java.util.Optional::stream)
                        .filter(c -> c.precision() == CalendarDate.Precision.DAY)
                        .map(CalendarDate::firstDay).findFirst().orElse(null);
                if (own != null && inside(own, from, to)) {
                    out.computeIfAbsent(own, k -> new ArrayList<>()).add(new Candidate(s, a.id(), true));
                } else if (own == null && published != null && s.index() < settings.leadSentences() && inside(published, from, to)) {
                    out.computeIfAbsent(published, k -> new ArrayList<>()).add(new Candidate(s, a.id(), false));
                }
            }
        }
        return out;
    }

    /** The day's most typical sentences, dated ones before undated, without near repeats. */
    private List<DaySentence> pick(List<Candidate> candidates) {
        int dim = candidates.get(0).sentence().vector().length;
        float[] centroid = new float[dim];
        candidates.forEach(c -> Vectors.add(centroid, c.sentence().vector()));
        float[] center = Vectors.normalize(centroid);
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -(Vectors.dot(center, c.sentence().vector()) + (c.dated() ? 0.1 : 0))))
                .toList();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            if (kept.size() >= settings.sentencesPerDate()) {
                break;
            }
            boolean repeat = kept.stream().anyMatch(k -> Vectors.dot(k.sentence().vector(), c.sentence().vector()) >= settings.repeatSimilarity());
            if (!repeat) {
                kept.add(c);
            }
        }
        return kept.stream().map(c -> new DaySentence(c.sentence().text(), c.articleId())).toList();
    }

    private static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static LocalDate publishedDay(AnalyzedArticle a) {
        return a.published() == null ? null : a.published().day();
    }
}
