package dev.storyline.story;

import dev.storyline.ingest.PublicationDate;

import java.time.Instant;
import java.util.List;

/**
 * One story page: everything the reader sees about one real-world event, and the JSON contract of
 * {@code docs/story-format.md}. Immutable.
 *
 * @param id             stable story id
 * @param headline       one line that names the event
 * @param updated        the newest article's publication date: an ISO instant, or {@code YYYY-MM-DD} when
 *                       only its day is known; {@code null} when no article is dated
 * @param articleCount   number of articles in the story
 * @param publisherCount number of distinct publishers among them
 * @param sections       3 to 6 sections when the sources allow, each sentence cited
 * @param timeline       dated entries in date order
 * @param sources        numbered sources that the citations point to
 * @param quotes         direct quotes with their speakers (empty when none is attributed)
 * @param disagreements  facts for which sources state different numbers or dates (empty when they agree)
 * @param version        1 for the first stored version of the page, counting up; 0 when never stored
 * @param changes        what changed since the previous version, or {@code null} for the first one
 * @param category       the section of the news the story belongs to ({@code Sports}, {@code Business}, ...),
 *                       or {@code null} when it was not classified (pages stored before categories)
 */
public record StoryPage(String id, String headline, String updated, int articleCount, int publisherCount,
                        List<Section> sections, List<TimelineEntry> timeline, List<Source> sources,
                        List<Quote> quotes, List<Disagreement> disagreements, int version, Changes changes,
                        String category) {

    public StoryPage {
        sections = List.copyOf(sections);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
        // pages stored before quotes and disagreements existed read back with these absent
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /** A page not yet classified into a category. */
    public StoryPage(String id, String headline, String updated, int articleCount, int publisherCount,
                     List<Section> sections, List<TimelineEntry> timeline, List<Source> sources,
                     List<Quote> quotes, List<Disagreement> disagreements, int version, Changes changes) {
        this(id, headline, updated, articleCount, publisherCount, sections, timeline, sources, quotes, disagreements,
                version, changes, null);
    }

    /** A page without quotes, disagreements or version history. */
    public StoryPage(String id, String headline, String updated, int articleCount, int publisherCount,
                     List<Section> sections, List<TimelineEntry> timeline, List<Source> sources) {
        this(id, headline, updated, articleCount, publisherCount, sections, timeline, sources, List.of(), List.of(), 0, null);
    }

    /**
     * When the page was last updated as an instant, for ordering pages: the start of the day in UTC when
     * only the day is known, {@code null} when no article is dated.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Instant updatedMoment() {
        PublicationDate d = PublicationDate.fromText(updated);
        return d == null ? null : d.moment();
    }

    /** This page as version {@code n} with what changed since the previous one. */
    public StoryPage asVersion(int n, Changes changed) {
        return new StoryPage(id, headline, updated, articleCount, publisherCount, sections, timeline, sources, quotes,
                disagreements, n, changed, category);
    }

    /** This page in {@code name}'s category. */
    public StoryPage withCategory(String name) {
        return new StoryPage(id, headline, updated, articleCount, publisherCount, sections, timeline, sources, quotes,
                disagreements, version, changes, name);
    }

    /**
     * A direct quotation as a source prints it.
     *
     * @param text      the quoted words, without quotation marks
     * @param speaker   who said it, as the source names them
     * @param citations the sources that print it
     */
    public record Quote(String text, String speaker, List<Integer> citations) {
        public Quote {
            citations = List.copyOf(citations);
        }
    }

    /**
     * Sources that state different numbers or dates for the same fact.
     *
     * @param about    what the figures measure, in a few words
     * @param variants each distinct figure with the sentence that states it and its sources
     */
    public record Disagreement(String about, List<Variant> variants) {
        public Disagreement {
            variants = List.copyOf(variants);
        }
    }

    /** One figure of a {@link Disagreement}. */
    public record Variant(String value, String text, List<Integer> citations) {
        public Variant {
            citations = List.copyOf(citations);
        }
    }

    /**
     * What changed between the previous version of a page and this one.
     *
     * @param sinceVersion   the previous version's number
     * @param since          when the previous version was stored
     * @param newFacts       sentences of this version that the previous one did not state
     * @param newSources     the {@code n} of sources that the previous version did not have
     * @param correctedDates timeline entries whose date differs from the one the previous version gave
     * @param regroupings    stories merged into this one, and reports that moved between this story and
     *                       another, since the previous version (empty in pages stored before they were kept)
     */
    public record Changes(int sinceVersion, Instant since, List<CitedSentence> newFacts, List<Integer> newSources,
                          List<DateCorrection> correctedDates, List<Regrouping> regroupings) {
        public Changes {
            newFacts = List.copyOf(newFacts);
            newSources = List.copyOf(newSources);
            correctedDates = List.copyOf(correctedDates);
            regroupings = regroupings == null ? List.of() : List.copyOf(regroupings);
        }

        public Changes(int sinceVersion, Instant since, List<CitedSentence> newFacts, List<Integer> newSources,
                       List<DateCorrection> correctedDates) {
            this(sinceVersion, since, newFacts, newSources, correctedDates, List.of());
        }

        /** These changes with the story's regroupings since the previous version added. */
        public Changes withRegroupings(List<Regrouping> more) {
            List<Regrouping> all = new java.util.ArrayList<>(regroupings);
            all.addAll(more);
            return new Changes(sinceVersion, since, newFacts, newSources, correctedDates, all);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmpty() {
            return newFacts.isEmpty() && newSources.isEmpty() && correctedDates.isEmpty() && regroupings.isEmpty();
        }
    }

    /**
     * How the story's set of reports changed through clustering: another story found to report the same
     * event was merged into it, some of its reports were found to report another event and moved to that
     * event's story, or reports of its event came over from another story.
     *
     * @param kind     what happened
     * @param story    the other story's id (a merged story's id now leads to this one)
     * @param headline the other story's headline when it was known, else {@code null}
     * @param articles how many reports moved
     */
    public record Regrouping(Kind kind, String story, String headline, int articles) {

        /** The three ways a story's reports change hands. */
        public enum Kind {
            /** {@code story} reported the same event and was merged into this one. */
            MERGED,
            /** {@code articles} reports left this story for {@code story}. */
            MOVED_OUT,
            /** {@code articles} reports came to this story from {@code story}. */
            MOVED_IN
        }
    }

    /** A timeline event that the previous version dated {@code before} and this one dates {@code after}. */
    public record DateCorrection(String text, String before, String after, List<Integer> citations) {
        public DateCorrection {
            citations = List.copyOf(citations);
        }
    }

    /** A short heading and 1 to 3 cited sentences about one subtopic of the story. */
    public record Section(String heading, List<CitedSentence> sentences) {
        public Section {
            sentences = List.copyOf(sentences);
        }
    }

    /** A sentence and the numbers ({@link Source#n()}) of every source that states it. */
    public record CitedSentence(String text, List<Integer> citations) {
        public CitedSentence {
            citations = List.copyOf(citations);
        }
    }

    /**
     * One dated event.
     *
     * @param date       {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
     * @param text       what happened, in one line
     * @param citations  the sources that date it so
     * @param background true when the date lies before the story's own days
     * @param scheduled  true when the event was still to come when its sources reported it (a planned
     *                   summit, a trial date): it is announced, not known to have happened
     */
    public record TimelineEntry(String date, String text, List<Integer> citations, boolean background,
                                boolean scheduled) {
        public TimelineEntry {
            citations = List.copyOf(citations);
        }

        /** An entry for an event that has happened. */
        public TimelineEntry(String date, String text, List<Integer> citations, boolean background) {
            this(date, text, citations, background, false);
        }
    }

    /**
     * One source of the page.
     *
     * @param n         its citation number, from 1
     * @param url       link to the article ({@code file:} URI for a local file, the record id otherwise)
     * @param title     the article's headline
     * @param publisher name of the publication, or {@code null}
     * @param author    byline, or {@code null}
     * @param published publication date: an ISO instant, or {@code YYYY-MM-DD} when only the day is
     *                  known; {@code null} when nothing dates the article
     * @param publishedInferred true when the article states no time and {@code published} is its story's
     *                  (the median of the dated articles), so the page shows it as an estimate
     * @param alsoPublishedBy the publishers of wire copies and reprints of the same text, folded into
     *                  this source rather than listed as sources of their own
     */
    public record Source(int n, String url, String title, String publisher, String author, String published,
                         boolean publishedInferred, List<String> alsoPublishedBy) {

        public Source {
            alsoPublishedBy = alsoPublishedBy == null ? List.of() : List.copyOf(alsoPublishedBy);
        }

        /** A source with no reprints folded into it. */
        public Source(int n, String url, String title, String publisher, String author, String published,
                      boolean publishedInferred) {
            this(n, url, title, publisher, author, published, publishedInferred, List.of());
        }

        /** A source whose publication time, if any, the article itself states, with no reprints. */
        public Source(int n, String url, String title, String publisher, String author, String published) {
            this(n, url, title, publisher, author, published, false, List.of());
        }
    }
}
