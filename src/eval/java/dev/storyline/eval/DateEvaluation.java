package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.analysis.AnalyzedSentence;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.RawDocument;
import dev.storyline.ingest.DateText;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.story.StoryDates;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import dev.storyline.story.Support;
import dev.storyline.text.Sentence;
import dev.storyline.text.SentenceSplitter;
import dev.storyline.time.CalendarDate;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the dates a set of story pages gives against their articles: how many estimated publication
 * dates contradict the day in the article's URL ({@code /2013/03/11/}) or its text (a day the text
 * reports as past, later than the estimate), and how many stories lack their own event on the timeline
 * although a source dates it. The story's own event is the one its sources' leads (first three
 * sentences) date to a day from a week before the story's first report to its last, the day most of them
 * give; it is on the timeline when an entry that is not background is dated within a day of it. It also
 * counts pages whose "Updated" is not their newest source's date, and the timeline's entries, scheduled
 * ones, background ones and same-day entries that repeat another's words. It reads
 * the pages as {@code storyline digest} prints them, so that pages from any build can be compared on the
 * same corpus. Not thread-safe.
 */
public final class DateEvaluation {

    /** Days before the first report that still count as the story's own days (as the timeline has it). */
    private static final int OWN_DAYS = 7;

    /** The figures of one run. */
    public record Result(int sources, int estimated, int contradictUrl, int contradictText, int stories,
                         int storiesDatingOwnEvent, int storiesLackingOwnEvent, int updatedWrong, int entries,
                         int scheduled, int background, int sameDayRepeats) {
        void print(PrintStream out, String label) {
            out.printf("%s: %d sources, %d with an estimated publication date; estimates contradicting the URL's day: %d, "
                            + "contradicting the text: %d%n", label, sources, estimated, contradictUrl, contradictText);
            out.printf("%s: %d stories, %d where a source dates the story's own event; of those without it on the "
                    + "timeline: %d%n", label, stories, storiesDatingOwnEvent, storiesLackingOwnEvent);
            out.printf("%s: \"Updated\" other than the newest source's date: %d of %d pages%n", label, updatedWrong, stories);
            out.printf("%s: %d timeline entries, %d scheduled, %d background; same-day entries sharing most of their "
                    + "words (one event twice): %d%n", label, entries, scheduled, background, sameDayRepeats);
        }
    }

    /** A corpus record: its link, its text as given, and its body as extraction leaves it. */
    private record Record(String url, String text, String body) {
    }

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TemporalTagger tagger = new TemporalTagger();

    /** Reads a {@code {"stories": [...]}} file as {@code storyline digest} writes it. */
    public static List<StoryPage> readPages(Path file) throws IOException {
        JsonNode root = StoryJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<StoryPage> pages = new ArrayList<>();
        for (JsonNode story : root.path("stories")) {
            pages.add(StoryJson.MAPPER.treeToValue(story, StoryPage.class));
        }
        return pages;
    }

    /** Scores {@code pages}, built from the JSONL corpus {@code corpus}, and prints the figures. */
    public Result run(Path corpus, List<StoryPage> pages, PrintStream out, String label) throws IOException {
        Map<String, Record> records = records(corpus);
        int sources = 0;
        int estimated = 0;
        int contradictUrl = 0;
        int contradictText = 0;
        int datingOwn = 0;
        int lacking = 0;
        int updatedWrong = 0;
        int entries = 0;
        int scheduled = 0;
        int background = 0;
        int repeats = 0;
        for (StoryPage page : pages) {
            String newest = page.sources().stream().map(s -> PublicationDate.fromText(s.published()))
                    .filter(Objects::nonNull).max(PublicationDate::compareTo).map(PublicationDate::pageForm).orElse(null);
            if (!Objects.equals(newest, page.updated())) {
                updatedWrong++;
                out.printf("# %s: updated %s, newest source %s: %s%n", label, page.updated(), newest, page.headline());
            }
            entries += page.timeline().size();
            scheduled += (int) page.timeline().stream().filter(StoryPage.TimelineEntry::scheduled).count();
            background += (int) page.timeline().stream().filter(StoryPage.TimelineEntry::background).count();
            repeats += sameDayRepeats(page.timeline());
            List<LocalDate> days = new ArrayList<>();
            List<List<AnalyzedSentence>> leads = new ArrayList<>();
            for (StoryPage.Source s : page.sources()) {
                sources++;
                PublicationDate published = PublicationDate.fromText(s.published());
                // the day the article itself gives (the page's, else its URL's) places its lead's weekdays
                Optional<LocalDate> own = published != null && !s.publishedInferred() ? Optional.of(published.day())
                        : DateText.inUrl(s.url()).or(() -> Optional.ofNullable(published).map(PublicationDate::day));
                Record r = records.get(s.url());
                if (own.isPresent()) {
                    days.add(own.get());
                    if (r != null) {
                        leads.add(sentences(r.body(), own.get()));
                    }
                }
                if (published == null || !s.publishedInferred()) {
                    continue;
                }
                estimated++;
                Optional<LocalDate> urlDay = DateText.inUrl(s.url());
                if (urlDay.isPresent() && !urlDay.get().equals(published.day())) {
                    contradictUrl++;
                }
                Optional<LocalDate> reported = r == null ? Optional.empty()
                        : StoryDates.latestReportedDay(sentences(r.text(), null));
                if (reported.isPresent() && published.day().isBefore(reported.get())) {
                    contradictText++;
                }
            }
            if (days.isEmpty()) {
                continue;
            }
            LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(OWN_DAYS);
            LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow();
            Optional<LocalDate> ownDay = StoryDates.ownEventDay(leads, from, to);
            if (ownDay.isEmpty()) {
                continue;
            }
            datingOwn++;
            LocalDate own = ownDay.get();
            boolean onTimeline = page.timeline().stream().filter(e -> !e.background())
                    .map(e -> CalendarDate.parse(e.date()).orElse(null)).filter(Objects::nonNull)
                    .anyMatch(d -> StoryDates.sameEventDay(d, own));
            if (!onTimeline) {
                lacking++;
                out.printf("# %s: own event on %s not on the timeline: %s%n", label, own, page.headline());
            }
        }
        Result result = new Result(sources, estimated, contradictUrl, contradictText, pages.size(), datingOwn, lacking,
                updatedWrong, entries, scheduled, background, repeats);
        result.print(out, label);
        return result;
    }

    /**
     * Entries of one date whose words mostly recur in an earlier entry of that date (60% of the content
     * words either way): the same event listed twice. Paraphrases with other words pass this check; it
     * is a floor, not the reader's count.
     */
    static int sameDayRepeats(List<StoryPage.TimelineEntry> timeline) {
        int repeats = 0;
        for (int i = 0; i < timeline.size(); i++) {
            Support.Claim a = Support.Claim.of(timeline.get(i).text(), null);
            for (int j = 0; j < i; j++) {
                Support.Claim b = Support.Claim.of(timeline.get(j).text(), null);
                if (timeline.get(i).date().equals(timeline.get(j).date())
                        && (Support.wordShare(a, b) >= Support.WORD_SHARE || Support.wordShare(b, a) >= Support.WORD_SHARE)) {
                    repeats++;
                    break;
                }
            }
        }
        return repeats;
    }

    private List<AnalyzedSentence> sentences(String text, LocalDate reference) {
        List<AnalyzedSentence> out = new ArrayList<>();
        TemporalTagger.Reading reading = tagger.reading(reference);
        for (Sentence s : splitter.split(text)) {
            out.add(new AnalyzedSentence(s.index(), s.paragraph(), s.text(), null, reading.next(s.text()), List.of()));
        }
        return out;
    }

    /**
     * The corpus's records by the link a page shows for them (the URL, else the id), each with its text as
     * given (whose datelines an estimate must not contradict either) and its body as extraction leaves
     * it, whose lead tells the event: a dateline or "Published:" line dates the article, not an event.
     */
    private static Map<String, Record> records(Path corpus) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, Record> out = new HashMap<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = StoryJson.MAPPER.readTree(line);
            String url = n.hasNonNull("url") && !n.get("url").asText().isBlank() ? n.get("url").asText() : null;
            String text = n.path("text").asText("");
            String body = text;
            String source = url != null ? url : n.path("id").asText("");
            try {
                body = extractor.extract(new RawDocument(source, RawDocument.Format.TEXT,
                        text.getBytes(StandardCharsets.UTF_8), null, new DocumentHints(n.path("title").asText(null),
                        null, null, null, null, null))).text();
            } catch (ExtractionException | IllegalArgumentException e) {
                // nothing to read in it (or no source to name it by): the text as given stands for the body
            }
            Record r = new Record(url, text, body);
            if (r.url() != null) {
                out.put(r.url(), r);
            }
            if (n.hasNonNull("id")) {
                out.putIfAbsent(n.get("id").asText(), r);
            }
        }
        return out;
    }
}
