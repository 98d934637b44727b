package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TimeExpression;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a story's timeline from the sentences that state something happening on a resolved date: the
 * same dated event told by several sources becomes one entry citing all of them, entries are in date
 * order, and those before the story's own days are marked background. Stateless.
 */
final class TimelineBuilder {

    private static final int MAX_ENTRIES = 12;
    private static final int MAX_WORDS = 30;
    /** Days before the first report that still count as the story's own days. */
    private static final int OWN_DAYS = 7;

    private record Entry(CalendarDate date, String text, Support.Claim claim, TreeSet<Integer> citations) {
    }

    List<StoryPage.TimelineEntry> build(List<AnalyzedArticle> articles, List<List<Support.Claim>> claims) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (AnalyzedSentence s : articles.get(i).sentences()) {
                String text = SentenceQuality.clean(s.text());
                if (!SentenceQuality.standsAlone(text) || text.split("\\s+").length > MAX_WORDS) {
                    continue;
                }
                for (TimeExpression t : s.times()) {
                    CalendarDate d = t.date().orElse(null);
                    if (d == null) {
                        continue;
                    }
                    Support.Claim claim = claims.get(i).get(s.index());
                    Entry same = entries.stream().filter(e -> e.date().equals(d) && Support.supports(claim, e.claim())).findFirst().orElse(null);
                    if (same != null) {
                        same.citations().add(i + 1);
                    } else {
                        TreeSet<Integer> cites = new TreeSet<>();
                        cites.add(i + 1);
                        String event = SentenceQuality.clean(EventClause.around(s.text(), t.start(), t.end()));
                        entries.add(new Entry(d, event, claim, cites));
                    }
                    break;
                }
            }
        }
        LocalDate storyStart = storyStart(articles, entries);
        List<Entry> kept = entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> -e.citations().size())
                        .thenComparing(e -> isBackground(e.date(), storyStart)))
                .limit(MAX_ENTRIES)
                .sorted(Comparator.comparing(Entry::date))
                .toList();
        List<StoryPage.TimelineEntry> out = new ArrayList<>();
        for (Entry e : kept) {
            out.add(new StoryPage.TimelineEntry(e.date().toString(), e.text(), List.copyOf(e.citations()),
                    isBackground(e.date(), storyStart)));
        }
        return out;
    }

    private static boolean isBackground(CalendarDate d, LocalDate storyStart) {
        return storyStart != null && d.lastDay().isBefore(storyStart.minusDays(OWN_DAYS));
    }

    /** The first day of the story: its earliest publication date, else its most often stated day. */
    private static LocalDate storyStart(List<AnalyzedArticle> articles, List<Entry> entries) {
        LocalDate first = articles.stream().map(AnalyzedArticle::published).filter(p -> p != null)
                .map(p -> p.atOffset(ZoneOffset.UTC).toLocalDate()).min(Comparator.naturalOrder()).orElse(null);
        if (first != null) {
            return first;
        }
        Map<LocalDate, Integer> days = new HashMap<>();
        entries.stream().filter(e -> e.date().precision() == CalendarDate.Precision.DAY)
                .forEach(e -> days.merge(e.date().firstDay(), e.citations().size(), Integer::sum));
        return days.entrySet().stream().max(Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }
}
