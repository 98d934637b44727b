package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.embed.Vectors;
import dev.storyline.story.SentenceQuality;
import dev.storyline.story.StoryDates;
import dev.storyline.story.TimelineBuilder;
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
                           double repeatSimilarity, double laterWeight, double spread, double publisherWeight) {
        public static Settings defaults() {
            return new Settings(12, 2, 0.5, 3, 0.85, 0.5, 0.5, 0.5);
        }

        public Settings with(int dates, int sentencesPerDate) {
            return new Settings(dates, sentencesPerDate, publishedWeight, leadSentences, repeatSimilarity, laterWeight, spread,
                    publisherWeight);
        }

        public Settings withDayScoring(double publishedWeight, double laterWeight, double spread) {
            return new Settings(dates, sentencesPerDate, publishedWeight, leadSentences, repeatSimilarity, laterWeight, spread,
                    publisherWeight);
        }

        public Settings withPublisherWeight(double publisherWeight) {
            return new Settings(dates, sentencesPerDate, publishedWeight, leadSentences, repeatSimilarity, laterWeight, spread,
                    publisherWeight);
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

    /** Bonus of a sentence dated to its day by its own expression, over an undated lead. */
    private static final double DATED = 0.1;
    /** What each word beyond {@link #SHORT_WORDS} costs: a timeline entry is read at a glance. */
    private static final double LENGTH = 0.005;
    private static final int SHORT_WORDS = 20;
    /** Fewer words than this rarely say what happened (captions, stubs). */
    private static final int FEW_WORDS = 6;
    /** What a quotation (or a stub) costs: the timeline reports, it does not quote. */
    private static final double QUOTED = 0.15;
    private static final java.util.regex.Pattern QUOTATION = java.util.regex.Pattern.compile("[\"“”]");

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
        Map<LocalDate, Set<String>> publishers = new HashMap<>();
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
            String publisher = a.article().publisher() == null ? "" : a.article().publisher();
            referred.forEach(d -> {
                reporting.computeIfAbsent(d, k -> new java.util.LinkedHashSet<>()).add(a.id());
                publishers.computeIfAbsent(d, k -> new HashSet<>()).add(publisher);
            });
        }
        // each further publisher telling the day is worth more than another article of one publisher
        publishers.forEach((d, names) -> score.merge(d, settings.publisherWeight() * (names.size() - 1), Double::sum));
        return score;
    }

    private Map<LocalDate, List<Candidate>> candidates(List<AnalyzedArticle> articles, LocalDate from, LocalDate to,
                                                       Predicate<String> admissible) {
        Map<LocalDate, List<Candidate>> out = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            LocalDate published = publishedDay(a);
            for (AnalyzedSentence s : a.sentences()) {
                if (!admissible.test(s.text()) || TimelineBuilder.isStamp(s.text(), s.times())) {
                    continue;
                }
                // dated as the story timelines date an entry: the expression that dates the sentence's event
                TimeExpression t = TimelineBuilder.eventDate(s);
                CalendarDate own = t == null ? null : t.date().orElse(null);
                if (own != null && own.precision() == CalendarDate.Precision.DAY) {
                    LocalDate d = own.firstDay();
                    boolean passedPlan = StoryDates.looksAhead(s.text()) && published != null && d.isBefore(published.minusDays(1));
                    if (inside(d, from, to) && !passedPlan) {
                        out.computeIfAbsent(d, k -> new ArrayList<>()).add(new Candidate(s, a.id(), true));
                    }
                } else if (own == null && published != null && s.index() < settings.leadSentences() && inside(published, from, to)) {
                    out.computeIfAbsent(published, k -> new ArrayList<>()).add(new Candidate(s, a.id(), false));
                }
            }
        }
        return out;
    }

    /**
     * The day's sentences that best say what happened on it, without near repeats: the most typical of
     * them (nearest the day's centroid), dated to the day by their own expression before undated leads,
     * short reports before long ones, and quotations last.
     */
    private List<DaySentence> pick(List<Candidate> candidates) {
        int dim = candidates.get(0).sentence().vector().length;
        float[] centroid = new float[dim];
        candidates.forEach(c -> Vectors.add(centroid, c.sentence().vector()));
        float[] center = Vectors.normalize(centroid);
        Map<Candidate, Double> rank = new HashMap<>();
        candidates.forEach(c -> rank.put(c, Vectors.dot(center, c.sentence().vector()) + worth(c)));
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -rank.get(c)))
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

    /** What a sentence is worth beside its centrality: dated by itself, short, a report rather than a quotation. */
    private static double worth(Candidate c) {
        String text = c.sentence().text();
        int words = text.split("\\s+").length;
        double w = c.dated() ? DATED : 0;
        w -= LENGTH * Math.max(0, words - SHORT_WORDS);
        if (words < FEW_WORDS) {
            w -= QUOTED;
        }
        if (SentenceQuality.isQuote(text) || QUOTATION.matcher(text).find()) {
            w -= QUOTED;
        }
        return w;
    }

    private static boolean inside(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static LocalDate publishedDay(AnalyzedArticle a) {
        return a.published() == null ? null : a.published().day();
    }
}
