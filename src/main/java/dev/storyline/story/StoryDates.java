package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates a story: gives the articles that state no publication date the one their story implies, and says
 * when the story was last updated. An undated article takes the median day of the story's dated articles
 * (reports of one event appear within days of each other, which makes the median a fair reference), as
 * a day, not an invented instant, and never before a day its own text reports as past: an estimate must
 * not contradict the article, nor before a month it reports as past once that month is read from the estimate
 * ("handed over in November" read from October). An undated article whose text puts it after the dated ones
 * votes with them, so that a single dated article of the cluster does not date all the others. Its relative dates ("on Tuesday", "last month") are then resolved again
 * against it, and it is marked as inferred so that the page says so. Thread-safe.
 */
public final class StoryDates {

    /**
     * Words that put a sentence's event ahead of its report: "will be held", "is scheduled for", and the
     * present tense of a schedule ("another goes on trial this month", "the law takes effect Monday");
     * "the next day" counts from another day, not ahead.
     */
    private static final Pattern LOOKS_AHEAD = Pattern.compile(
            "(?i)\\b(?:will|shall|is to|are to|to be held|scheduled|set to|due to|expected to|plans? to|planned"
                    + "|upcoming|next(?!\\s+(?:day|morning|afternoon|evening|night|to)\\b)"
                    + "|goe?s on trial|begins|opens(?!\\s+fire)|resumes|takes effect)\\b");
    /** "Would" reports a plan or a vow ("said the trial would open on May 20") as often as a past habit. */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\bwould\\b");

    /** A year written out in a time expression. */
    private static final Pattern WITH_YEAR = Pattern.compile("\\b\\d{4}\\b");

    /** Sentences that make an article's lead. */
    private static final int LEAD_SENTENCES = 3;

    private final TemporalTagger tagger;

    public StoryDates(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The story's articles, those without a date given the inferred one; unchanged when none is dated. */
    public List<AnalyzedArticle> inferMissing(List<AnalyzedArticle> story) {
        List<LocalDate> known = story.stream().map(AnalyzedArticle::published).filter(Objects::nonNull)
                .map(PublicationDate::day).toList();
        if (known.isEmpty() || known.size() == story.size()) {
            return story;
        }
        LocalDate median = median(known);
        // An undated article whose own text puts it after the dated ones is evidence of when the story ran:
        // with a single dated article (often a background piece) it outvotes that one instead of being
        // dated by it.
        java.util.Map<AnalyzedArticle, LocalDate> bounded = new java.util.IdentityHashMap<>();
        for (AnalyzedArticle a : story) {
            if (a.published() == null) {
                LocalDate own = notContradicted(a, median);
                if (own.isAfter(median)) {
                    bounded.put(a, own);
                }
            }
        }
        List<LocalDate> votes = new ArrayList<>(known);
        votes.addAll(bounded.values());
        LocalDate reference = median(votes);
        List<AnalyzedArticle> out = new ArrayList<>(story.size());
        for (AnalyzedArticle a : story) {
            if (a.published() != null) {
                out.add(a);
                continue;
            }
            LocalDate estimate = notContradicted(a, reference);
            Optional<PublicationDate> date = PublicationDate.onDay(estimate).map(PublicationDate::asInferred);
            if (date.isEmpty()) {
                out.add(a);
                continue;
            }
            out.add(new AnalyzedArticle(a.article().withPublished(date.get()), retagged(a, estimate), a.vector(),
                    a.entities()));
        }
        return out;
    }

    /** The median day, the later of the two middle ones on an even count. */
    private static LocalDate median(List<LocalDate> days) {
        List<LocalDate> sorted = days.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Rounds of moving an estimate past the days its text reports: a month named afresh settles within two. */
    private static final int SETTLING_ROUNDS = 3;

    /**
     * The earliest day from {@code start} on that the article's own text does not contradict: not before a
     * day it reports as past ("on March 9, 2026"), nor a month without a year read from the estimate ("was
     * supplied in November", which read from October is the coming November).
     */
    private LocalDate notContradicted(AnalyzedArticle a, LocalDate start) {
        LocalDate estimate = latestReportedDay(a.sentences()).filter(start::isBefore).orElse(start);
        for (int round = 0; round < SETTLING_ROUNDS; round++) {
            Optional<LocalDate> later = latestReported(retagged(a, estimate), true).filter(estimate::isBefore);
            if (later.isEmpty()) {
                break;
            }
            estimate = later.get();
        }
        return estimate;
    }

    /** The article's sentences with their times resolved against {@code day}. */
    private List<AnalyzedSentence> retagged(AnalyzedArticle a, LocalDate day) {
        List<AnalyzedSentence> sentences = new ArrayList<>(a.sentences().size());
        TemporalTagger.Reading reading = tagger.reading(day);
        for (AnalyzedSentence s : a.sentences()) {
            sentences.add(new AnalyzedSentence(s.index(), s.paragraph(), s.text(), s.vector(),
                    reading.next(s.text()), s.entities()));
        }
        return sentences;
    }

    /**
     * The latest day that the sentences date to the day and report as past ("was arrested on March 11,
     * 2013"): the article cannot have been published before it. Sentences that look ahead ("will be held
     * on March 20") are left out.
     */
    public static Optional<LocalDate> latestReportedDay(List<AnalyzedSentence> sentences) {
        return latestReported(sentences, false);
    }

    /**
     * As {@link #latestReportedDay}, or, when asked for {@code months}, the first day of the latest month
     * without a year reported as past. A day without a year read from an estimate is left out: "gave him a
     * May 10 deadline" names a day still to come as often as one past.
     */
    private static Optional<LocalDate> latestReported(List<AnalyzedSentence> sentences, boolean months) {
        LocalDate latest = null;
        for (AnalyzedSentence s : sentences) {
            if (looksAhead(s.text()) || CONDITIONAL.matcher(s.text()).find()) {
                continue;
            }
            for (TimeExpression t : s.times()) {
                CalendarDate d = t.date().orElse(null);
                // a month with its year ("booked a November 2013 release") is as often a plan as a past
                boolean counts = d != null && (months
                        ? d.precision() == CalendarDate.Precision.MONTH && !WITH_YEAR.matcher(t.text()).find()
                        : d.precision() == CalendarDate.Precision.DAY);
                if (counts && (latest == null || d.firstDay().isAfter(latest))) {
                    latest = d.firstDay();
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Whether a sentence tells of something still to come when it was written. */
    public static boolean looksAhead(String sentence) {
        return LOOKS_AHEAD.matcher(sentence).find();
    }

    /**
     * The day of the story's own event as its sources' leads (first three sentences, where a report says
     * what happened) date it within {@code [from, to]}: the day most of them give, the earliest of those
     * on a tie; empty when no lead dates a day there. A lead sentence that looks ahead ("will meet on
     * Monday") tells a plan, not the event, and gives no day.
     */
    public static Optional<LocalDate> ownEventDay(List<List<AnalyzedSentence>> articles, LocalDate from, LocalDate to) {
        java.util.Map<LocalDate, Integer> votes = new java.util.HashMap<>();
        for (List<AnalyzedSentence> sentences : articles) {
            firstDayIn(sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size())), from, to)
                    .ifPresent(d -> votes.merge(d, 1, Integer::sum));
        }
        return votes.entrySet().stream().max(java.util.Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(java.util.Map.Entry::getKey);
    }

    private static Optional<LocalDate> firstDayIn(List<AnalyzedSentence> sentences, LocalDate from, LocalDate to) {
        for (AnalyzedSentence s : sentences) {
            if (looksAhead(s.text())) {
                continue;
            }
            for (TimeExpression t : s.times()) {
                CalendarDate d = t.date().orElse(null);
                if (d != null && d.precision() == CalendarDate.Precision.DAY && !d.firstDay().isBefore(from)
                        && !d.firstDay().isAfter(to)) {
                    return Optional.of(d.firstDay());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a timeline date is the day of an event, within a day (sources resolve "Tuesday night" apart). */
    public static boolean sameEventDay(CalendarDate date, LocalDate day) {
        return date.precision() == CalendarDate.Precision.DAY
                && Math.abs(date.firstDay().toEpochDay() - day.toEpochDay()) <= 1;
    }

    /** The newest article's publication date in page form, or {@code null} when none is dated. */
    static String updated(List<AnalyzedArticle> story) {
        return story.stream().map(AnalyzedArticle::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).map(PublicationDate::pageForm).orElse(null);
    }

    /** The article's publication date in page form, or {@code null}. */
    static String published(AnalyzedArticle a) {
        return a.published() == null ? null : a.published().pageForm();
    }

    /** The last day of the story: its latest publication day, or empty when no article is dated. */
    static Optional<LocalDate> latestDay(List<AnalyzedArticle> story) {
        return story.stream().map(AnalyzedArticle::published).filter(Objects::nonNull)
                .map(PublicationDate::day).max(Comparator.naturalOrder());
    }

    /** The first day of the story: its earliest publication day, or empty when no article is dated. */
    static Optional<LocalDate> firstDay(List<AnalyzedArticle> story) {
        return story.stream().map(AnalyzedArticle::published).filter(Objects::nonNull)
                .map(PublicationDate::day).min(Comparator.naturalOrder());
    }
}
