package dev.storyline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds date and time expressions in English news text and resolves each against a reference date (the
 * article's publication date) to a TIMEX3 value: a day, month, year, decade or century, a week or quarter,
 * a time of day, a duration ({@code P3Y}), a set ({@code P1D} for "daily") or a vague reference
 * ({@code PAST_REF}). News conventions decide the relative forms: a bare weekday is the nearest such day on or
 * before the publication date unless its clause points forward ("will", "is scheduled", "next") and no verb in
 * the past tense comes just before it ("said Tuesday"; "will be held Thursday" is a passive, no past), or a
 * schedule in the present tense does ("the trial begins Monday", "is meeting Thursday"); a month without a year is the most recent one unless
 * the clause points forward or it is one of the next two months (then it is the coming one, as in "payable in
 * January" written in November); a day without a year is the nearest such day, a day on the far side of the
 * clause's direction counting three times its distance. A range such as "March 3-5" gives two expressions, one
 * per end, as TimeML annotates it. Durations are typed {@code DURATION} and never give a calendar date. Counts
 * that are ages ("45-year-old"), amounts ("$2,010", "2010 people") or rates ("$5 a year") are not expressions.
 *
 * <p>With no reference date, relative expressions keep TIMEX3 unknowns ({@code XXXX-WXX-2} for "Tuesday",
 * {@code XXXX-10} for "October"), which {@link TimeExpression#date()} does not turn into a calendar date;
 * absolute ones resolve as usual.
 *
 * <p>This class is the engine only: it scans the text and tries, at each word that can start an expression,
 * the rules of {@link TemporalRules} (the table, where what is found is tuned), whose resolvers, grouped by
 * family ({@link CalendarDays}, {@link CalendarPeriods}, {@link Weekdays}, {@link DeicticTimes},
 * {@link FiscalPeriods}, {@link Durations}), decide what a match means.
 *
 * <p>Thread-safe: one instance can serve every thread (each thread keeps its own pattern matchers). A call
 * costs a scan of the text, one lookup per word and a few anchored pattern tries at the words that can start
 * an expression: tens of thousands of sentences per second on one core.
 */
public final class TemporalTagger {

    private final List<Rule> rules = TemporalRules.ALL;
    private final WordIndex<int[]> wordRules;
    private final int[] digitRules = rulesFor("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private final int[] apostropheRules = rulesFor("'", "’");
    /** Each thread's matchers, one per rule, reset onto each new text rather than made anew. */
    private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(() -> {
        Matcher[] all = new Matcher[rules.size()];
        for (int r = 0; r < all.length; r++) {
            all[r] = rules.get(r).pattern().matcher("").useTransparentBounds(true);
        }
        return all;
    });

    /** A tagger; build one and share it (indexing the rules by the words that start them takes a moment). */
    public TemporalTagger() {
        Map<String, int[]> index = new HashMap<>();
        for (String word : Lexicon.TRIGGERS) {
            int[] r = rulesFor(word);
            if (r != null) {
                index.put(word, r);
            }
        }
        wordRules = new WordIndex<>(index);
    }

    /**
     * Finds the expressions in {@code text}, in text order, with offsets into {@code text}.
     *
     * @param text      one sentence (the clause around an expression decides its direction) or a longer text
     * @param reference the date the text was written, or {@code null} when unknown
     */
    public List<TimeExpression> tag(String text, LocalDate reference) {
        return tag(text, reference, null);
    }

    /**
     * As {@link #tag(String, LocalDate)}, with the day an earlier sentence of the same article named last:
     * "the next day", "the day before" count from it when the sentence names no day before them.
     *
     * @param carried the article's running anchor, or {@code null}
     */
    public List<TimeExpression> tag(String text, LocalDate reference, LocalDate carried) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<TimeExpression> found = new ArrayList<>();
        Matcher[] matchers = this.matchers.get();
        boolean[] onText = new boolean[matchers.length];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !(c == '\'' || c == '’') && c != '$') {
                i++;
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < n && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int[] candidates = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                    ? rulesStartingWith(text, i, wordEnd) : null;
            if (candidates != null) {
                Match.Anchor anchor = anchorBefore(found, text, i);
                Candidate best = null;
                for (int r : candidates) {
                    Rule rule = rules.get(r);
                    if (!onText[r]) {
                        matchers[r].reset(text);
                        onText[r] = true;
                    }
                    Matcher m = matchers[r];
                    m.region(i, n);
                    if (m.lookingAt() && (best == null || m.end() > best.end)) {
                        List<TimeExpression> got = rule.resolver().resolve(new Match(m, rule, text, reference, anchor, carried));
                        if (got != null) {
                            best = new Candidate(m.end(), got);
                        }
                    }
                }
                if (best != null) {
                    found.addAll(best.expressions);
                    i = best.end;
                    continue;
                }
            }
            i = wordEnd;
        }
        for (int r = 0; r < matchers.length; r++) {
            if (onText[r]) {
                matchers[r].reset(""); // let go of the text: a thread's matchers outlive the call
            }
        }
        return FiscalPeriods.anchorYearBefore(found, text, reference);
    }


    /** Tags an article's sentences in text order, each against the day the ones before it named last. */
    public Reading reading(LocalDate reference) {
        return new Reading(reference);
    }

    /**
     * One article read sentence by sentence: the running anchor is the latest day named (to the day) in the
     * last {@value #ANCHOR_SENTENCES} sentences, so that "On March 3, police ... The next day ..." dates the
     * second sentence; further back, a day is more often another event's than the one counted from. Not
     * thread-safe: one per article.
     */
    public final class Reading {
        private final LocalDate reference;
        private LocalDate anchor;
        private int since;

        private Reading(LocalDate reference) {
            this.reference = reference;
        }

        /** The next sentence's expressions. */
        public List<TimeExpression> next(String sentence) {
            List<TimeExpression> found = tag(sentence, reference, since < ANCHOR_SENTENCES ? anchor : null);
            since++;
            for (TimeExpression t : found) {
                t.date().filter(d -> d.precision() == CalendarDate.Precision.DAY).ifPresent(d -> {
                    anchor = d.firstDay();
                    since = 0;
                });
            }
            return found;
        }
    }

    /** Sentences back that the running anchor of a {@link Reading} reaches. */
    static final int ANCHOR_SENTENCES = 3;

    /**
     * The latest day found before {@code at} with no sentence end between it and {@code at}: what "two days
     * later" or "the next day" at {@code at} counts from. Null when there is none.
     */
    private static Match.Anchor anchorBefore(List<TimeExpression> found, String text, int at) {
        for (int k = found.size() - 1; k >= 0; k--) {
            TimeExpression t = found.get(k);
            CalendarDate d = t.date().orElse(null);
            if (d == null || d.precision() != CalendarDate.Precision.DAY) {
                continue;
            }
            for (int c = t.end(); c < at - 1; c++) {
                char ch = text.charAt(c);
                if ((ch == '.' || ch == '!' || ch == '?' || ch == '\n') && Character.isWhitespace(text.charAt(c + 1))) {
                    return null;
                }
            }
            return new Match.Anchor(d.firstDay(), t.end());
        }
        return null;
    }

    /**
     * The rules that can match at a word, or null when none can: a word that starts no expression costs one
     * hash lookup. The index is built once per tagger from the words that can start one.
     */
    private int[] rulesStartingWith(String text, int start, int end) {
        char c = text.charAt(start);
        if (Character.isDigit(c)) {
            return digitRules;
        }
        if (c == '\'' || c == '’') {
            return apostropheRules;
        }
        if (end - start > 12) {
            return null;
        }
        return wordRules.get(text, start, end);
    }

    /** Rules whose pattern matches, or could match given more text, from the start of one of the probes. */
    private int[] rulesFor(String... probes) {
        List<Integer> which = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            for (String probe : probes) {
                Matcher m = rules.get(r).pattern().matcher(probe);
                if (m.lookingAt() || m.hitEnd()) {
                    which.add(r);
                    break;
                }
            }
        }
        return which.isEmpty() ? null : which.stream().mapToInt(Integer::intValue).toArray();
    }

    private record Candidate(int end, List<TimeExpression> expressions) {
    }
}
