package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.embed.Vectors;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TimeExpression;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a story's timeline from the sentences that state something happening on a resolved date: the
 * same dated event told by several sources becomes one entry citing all of them, entries are in date
 * order, those before the story's own days are marked background, and those dated after every report
 * that tells them (or after today) are marked scheduled. An entry reads as a report of an event: the dated
 * clause or its whole sentence with a main verb, never a fragment, a quotation, a time stamp or dateline,
 * nor a plan whose day had passed when told. The story's own event is always on it when a source dates
 * it: when no entry falls in the story's own days, the best-cited sentence that dates something there is
 * added, one that reads as a report first, else cut to its dated clause however long or dependent it
 * read. Stateless.
 */
public final class TimelineBuilder {

    private static final int MAX_ENTRIES = 12;
    private static final int MAX_WORDS = 30;
    /** Cosine above which two dated sentences sharing a name tell one event (below {@link FactSelection#REDUNDANT}). */
    static final double SAME_EVENT = 0.55;
    /** Words that stamp a page rather than report: "Posted: ...", "Last updated at 07:35 GMT". */
    private static final Pattern STAMP = Pattern.compile(
            "(?i)\\s*(?:(?:last\\s+)?updated|posted|published|first\\s+published|modified)\\b"
                    + "\\s*(?::|(?:on|at)\\s+\\d|\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A sentence opening on a day counted from another ("The next day,", "Two days later,"). */
    private static final Pattern COUNTED_OPENING = Pattern.compile(
            "(?i)(?:the\\s+(?:next|following|previous)\\s+day|the\\s+day\\s+(?:before|after)"
                    + "|\\S+\\s+(?:days?|weeks?)\\s+(?:later|earlier))\\s*,\\s+(?=\\p{L})");
    /** A relative clause opening after a comma. */
    private static final Pattern RELATIVE = Pattern.compile("(?:which|who|whose)\\b");
    /** Days before the first report that still count as the story's own days. */
    static final int OWN_DAYS = 7;

    private final Clock clock;

    TimelineBuilder(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param clean whether the entry's text reads as a report of an event on its own (no fragment, quote or
     *              stamp): only clean entries are listed, others only stand in for a missing own event
     */
    private record Entry(CalendarDate date, String text, Support.Claim claim, TreeSet<Integer> citations,
                         boolean looksAhead, boolean clean, List<Member> members) {
    }

    /** One source's telling of an entry's event. */
    private record Member(CalendarDate date, Support.Claim claim, String text, int citation) {
    }

    List<StoryPage.TimelineEntry> build(List<AnalyzedArticle> articles, List<List<Support.Claim>> claims) {
        List<Entry> entries = new ArrayList<>();
        List<Entry> ownCandidates = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            PublicationDate published = articles.get(i).published();
            for (AnalyzedSentence s : articles.get(i).sentences()) {
                TimeExpression t = eventDate(s);
                if (t == null || isStamp(s.text(), s.times())) {
                    continue;
                }
                CalendarDate d = t.date().orElseThrow();
                boolean ahead = StoryDates.looksAhead(s.text());
                if (ahead && published != null && d.lastDay().isBefore(published.day().minusDays(1))) {
                    continue; // a plan whose day had passed when told: what happened is not said
                }
                String text = entryText(s.text(), t.start(), t.end());
                boolean clean = text != null;
                Support.Claim claim = claims.get(i).get(s.index());
                add(clean ? entries : ownCandidates, d, claim, i + 1,
                        clean ? text : SentenceQuality.clean(EventClause.around(s.text(), t.start(), t.end())),
                        ahead, clean);
            }
        }
        joinRetold(entries);
        LocalDate storyStart = storyStart(articles, entries, ownCandidates);
        LocalDate storyEnd = StoryDates.latestDay(articles).orElse(storyStart);
        List<Entry> kept = new ArrayList<>(entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> -e.citations().size())
                        .thenComparing(e -> isBackground(e.date(), storyStart)))
                .limit(MAX_ENTRIES)
                .toList());
        if (storyStart != null) {
            keepOwnEvent(kept, entries, ownCandidates, articles, storyStart, storyEnd);
        }
        kept.sort(Comparator.comparing(Entry::date));
        List<StoryPage.TimelineEntry> out = new ArrayList<>();
        for (Entry e : kept) {
            out.add(new StoryPage.TimelineEntry(e.date().toString(), e.text(), dating(e),
                    isBackground(e.date(), storyStart), isScheduled(e, articles)));
        }
        return out;
    }

    /**
     * The entry's citations that date it as finely as it is shown: a source joined for telling the event
     * in its month or year ("in May") does not state the day shown ("late Thursday"), and a citation
     * promises the reader what is shown.
     */
    private static List<Integer> dating(Entry e) {
        List<Integer> fine = e.citations().stream()
                .filter(c -> e.members().stream().anyMatch(m -> m.citation() == c
                        && m.date().precision().compareTo(e.date().precision()) <= 0))
                .toList();
        return fine.isEmpty() ? List.copyOf(e.citations()) : fine;
    }

    /**
     * Makes sure the story's own event is kept: the day its sources' leads date (else any day of the
     * story's own days) must have an entry that is not background; when none was kept, the best-cited
     * sentence dating it is added in place of the least-cited entry.
     */
    private static void keepOwnEvent(List<Entry> kept, List<Entry> entries, List<Entry> others,
                                     List<AnalyzedArticle> articles, LocalDate storyStart, LocalDate storyEnd) {
        LocalDate from = storyStart.minusDays(OWN_DAYS);
        java.util.Optional<LocalDate> leadDay = StoryDates.ownEventDay(
                articles.stream().map(AnalyzedArticle::sentences).toList(), from, storyEnd);
        java.util.function.Predicate<Entry> own = leadDay.isPresent()
                ? e -> StoryDates.sameEventDay(e.date(), leadDay.get()) && !e.looksAhead()
                : e -> isOwn(e.date(), storyStart, storyEnd) && !e.looksAhead();
        if (kept.stream().anyMatch(own)) {
            return;
        }
        List<Entry> candidates = new ArrayList<>(entries.stream().filter(own).toList());
        candidates.addAll(others.stream().filter(own).toList());
        candidates.stream().max(Comparator.comparing(Entry::clean)
                        .thenComparingInt((Entry e) -> e.citations().size())
                        .thenComparing(e -> -e.citations().first()))
                .ifPresent(best -> {
                    if (kept.size() == MAX_ENTRIES) {
                        kept.remove(kept.size() - 1);
                    }
                    kept.add(best);
                });
    }

    /**
     * The expression that dates the sentence's event: its first calendar date, or a finer one later in the
     * sentence that falls within it ("a candidate for mayor this year, came to the area Monday night" is
     * Monday's). A year or month owning a noun ("last year's film") dates the thing, not an event.
     */
    public static TimeExpression eventDate(AnalyzedSentence s) {
        TimeExpression first = null;
        CalendarDate firstDate = null;
        for (TimeExpression t : s.times()) {
            CalendarDate d = t.date().orElse(null);
            if (d == null || d.precision() != CalendarDate.Precision.DAY && owns(s.text(), t)
                    || inEmbeddedRelative(s.text(), t)) {
                continue;
            }
            if (first == null) {
                first = t;
                firstDate = d;
            } else if (d.precision().compareTo(firstDate.precision()) < 0
                    && !d.firstDay().isBefore(firstDate.firstDay())
                    && !d.lastDay().isAfter(firstDate.lastDay())) {
                return t;
            }
        }
        return first;
    }

    /**
     * The text of a timeline entry for the event the expression at {@code [start, end)} dates: the clause
     * that tells it, else the whole sentence, whichever first reads as a report on its own (a sentence with
     * a main verb and no dangling reference, not a quotation, at most {@value #MAX_WORDS} words). Null when
     * neither does.
     */
    static String entryText(String sentence, int start, int end) {
        Matcher counted = COUNTED_OPENING.matcher(sentence);
        if (start == 0 && counted.lookingAt() && counted.end() >= end && counted.end() < sentence.length()) {
            // "The next day, prosecutors charged him": beside its date the entry needs no day counted from another
            String rest = sentence.substring(counted.end());
            sentence = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            end = 0;
        }
        String clause = SentenceQuality.clean(EventClause.around(sentence, start, end));
        if (readsAsReport(clause)) {
            return clause;
        }
        String whole = SentenceQuality.clean(sentence);
        return !whole.equals(clause) && readsAsReport(whole) ? whole : null;
    }

    private static boolean readsAsReport(String text) {
        return text.split("\\s+").length <= MAX_WORDS && SentenceQuality.isReportedFact(text)
                && Fragments.problem(text).isEmpty();
    }

    /**
     * A time stamp or dateline rather than a report: "Posted: 04/09/2012 8:33 am", "8:00 AM PDT 4/4/2012",
     * "Last updated at 07:35 GMT": fewer than four words are left once its times are taken out, or it opens
     * on the word that stamps a page.
     */
    public static boolean isStamp(String sentence, List<TimeExpression> times) {
        if (STAMP.matcher(sentence).lookingAt()) {
            return true;
        }
        StringBuilder rest = new StringBuilder(sentence);
        for (int k = times.size() - 1; k >= 0; k--) {
            TimeExpression t = times.get(k);
            if (t.end() <= rest.length()) {
                rest.replace(t.start(), t.end(), " ");
            }
        }
        return WORD.matcher(rest).results().count() < 4;
    }

    /**
     * Whether the expression sits in a relative clause set off by commas inside the sentence ("The president
     * of South Sudan, which became a country four months ago, said ..."): it dates what the noun did, not
     * what the sentence reports.
     */
    private static boolean inEmbeddedRelative(String sentence, TimeExpression t) {
        int open = sentence.lastIndexOf(", ", t.start());
        int close = sentence.indexOf(',', t.end());
        return open >= 0 && close > 0 && close < sentence.length() - 2
                && RELATIVE.matcher(sentence).region(open + 2, t.start()).lookingAt();
    }

    private static boolean owns(String sentence, TimeExpression t) {
        return sentence.startsWith("'s", t.end()) || sentence.startsWith("’s", t.end());
    }

    /**
     * Adds the sentence's dated event to the entry of the same event and day, or as a new entry: the same
     * event told again, in the same or other words, by any source is never a second entry but one more
     * source that dates it, cited on the entry. A day inside a month or year another source gives for the
     * same event ("in November 2013", "on November 22, 2013") makes that entry the finer one.
     */
    private static void add(List<Entry> entries, CalendarDate d, Support.Claim claim, int citation, String event,
                            boolean ahead, boolean clean) {
        Member member = new Member(d, claim, event, citation);
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            CalendarDate finer = sameTime(e.date(), d);
            // compared with the telling the entry shows, not with any of its tellings: a chain of loose
            // likenesses would join the day's different events
            if (finer != null && sameEvent(e.claim(), claim)) {
                entries.set(k, joined(e, List.of(member), java.util.Set.of(citation), finer, ahead));
                return;
            }
        }
        TreeSet<Integer> cites = new TreeSet<>();
        cites.add(citation);
        List<Member> members = new ArrayList<>();
        members.add(member);
        entries.add(new Entry(d, event, claim, cites, ahead, clean, members));
    }

    /**
     * Joins the entries that turn out to tell one event once each shows its best telling: an entry is
     * compared with the telling shown when a sentence arrives, which a later source may change.
     */
    private static void joinRetold(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = entries.size() - 1; j > i; j--) {
                Entry a = entries.get(i);
                Entry b = entries.get(j);
                CalendarDate finer = sameTime(a.date(), b.date());
                if (finer != null && sameEvent(a.claim(), b.claim())) {
                    entries.set(i, joined(a, b.members(), b.citations(), finer, b.looksAhead()));
                    entries.remove(j);
                    j = entries.size(); // the shown telling may have changed: look again
                }
            }
        }
    }

    /**
     * The entry with more tellings of its event, dated {@code finer}, showing its best telling; told as done
     * by any source, it is no longer only a plan.
     */
    private static Entry joined(Entry e, List<Member> more, java.util.Set<Integer> citations, CalendarDate finer,
                                boolean ahead) {
        e.members().addAll(more);
        e.citations().addAll(citations);
        Member shown = shownMember(e.members(), finer);
        return new Entry(finer, shown.text(), shown.claim(), e.citations(), e.looksAhead() && ahead, e.clean(),
                e.members());
    }

    /** The finer of two dates when one is the other or lies within it, else null. */
    private static CalendarDate sameTime(CalendarDate a, CalendarDate b) {
        if (a.equals(b)) {
            return a;
        }
        CalendarDate finer = a.precision().compareTo(b.precision()) < 0 ? a : b;
        CalendarDate coarser = finer == a ? b : a;
        boolean within = finer.precision() != coarser.precision() && !finer.firstDay().isBefore(coarser.firstDay())
                && !finer.lastDay().isAfter(coarser.lastDay());
        return within ? finer : null;
    }

    /**
     * Whether two dated sentences tell one event: one fact by the page's rules (close in meaning, most words
     * shared, one stating the other, or the same core of verb and subject), or told in other words: a name in
     * common and either meaning close enough ({@value #SAME_EVENT} cosine) for two reports of one act
     * ("Warship INS Sukanya on Thursday foiled a piracy attempt in the Gulf of Aden", "Indian Navy patrolling
     * the Gulf of Aden yesterday thwarted a multi-boat attack"), or the same main verb with every name of
     * the shorter in the longer ("checked into Morningside" is not "checked into the Betty Ford Center"). A
     * denial is not the act it denies.
     */
    static boolean sameEvent(Support.Claim a, Support.Claim b) {
        if (a.negated() != b.negated()) {
            return false;
        }
        if (FactSelection.sameFact(a, b) || FactSelection.sameCore(a, b)) {
            return true;
        }
        if (a.names().stream().noneMatch(b.names()::contains)) {
            return false;
        }
        Support.Claim shorter = a.words().size() <= b.words().size() ? a : b;
        Support.Claim longer = shorter == a ? b : a;
        boolean sameVerb = a.verb() != null && a.verb().equals(b.verb()) && longer.tokens().containsAll(shorter.names());
        return sameVerb || a.vector() != null && b.vector() != null
                && Vectors.dot(a.vector(), b.vector()) >= SAME_EVENT;
    }

    /**
     * The telling an entry shows: the one whose names and figures the other tellings hold most often (the
     * common core rather than one source's extra detail), then the shortest; one that names the entry's
     * date as finely as the entry gives it.
     */
    private static Member shownMember(List<Member> members, CalendarDate date) {
        return members.stream().filter(m -> m.date().equals(date))
                .max(Comparator.comparingInt((Member m) -> heldByOthers(m, members))
                .thenComparingInt(m -> -m.text().length())).orElseThrow();
    }

    private static int heldByOthers(Member m, List<Member> members) {
        int held = 0;
        for (Member o : members) {
            if (o != m && o.claim().tokens().containsAll(m.claim().names())
                    && o.claim().numbers().containsAll(m.claim().numbers())) {
                held++;
            }
        }
        return held;
    }

    private static boolean isBackground(CalendarDate d, LocalDate storyStart) {
        return storyStart != null && d.lastDay().isBefore(storyStart.minusDays(OWN_DAYS));
    }

    /** A day from a week before the first report to the last report: when the story's own event happened. */
    private static boolean isOwn(CalendarDate d, LocalDate storyStart, LocalDate storyEnd) {
        return d.precision() == CalendarDate.Precision.DAY && !d.firstDay().isBefore(storyStart.minusDays(OWN_DAYS))
                && !d.firstDay().isAfter(storyEnd);
    }

    /**
     * Still to come when told: dated after the latest report that tells it, or, when none of those is
     * dated, after today; or told as ahead ("will be held") on or after that report's day.
     */
    private boolean isScheduled(Entry e, List<AnalyzedArticle> articles) {
        LocalDate told = e.citations().stream().map(n -> articles.get(n - 1).published()).filter(Objects::nonNull)
                .map(PublicationDate::day).max(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return e.date().firstDay().isAfter(told) || e.looksAhead() && !e.date().lastDay().isBefore(told);
    }

    /** The first day of the story: its earliest publication day, else its most often stated day. */
    private static LocalDate storyStart(List<AnalyzedArticle> articles, List<Entry> entries, List<Entry> others) {
        LocalDate first = StoryDates.firstDay(articles).orElse(null);
        if (first != null) {
            return first;
        }
        LocalDate stated = mostStatedDay(entries);
        return stated != null ? stated : mostStatedDay(others);
    }

    private static LocalDate mostStatedDay(List<Entry> entries) {
        Map<LocalDate, Integer> days = new HashMap<>();
        entries.stream().filter(e -> e.date().precision() == CalendarDate.Precision.DAY)
                .forEach(e -> days.merge(e.date().firstDay(), e.citations().size(), Integer::sum));
        return days.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }
}
