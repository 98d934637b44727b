package dev.storyline.story;

import java.time.Instant;
import java.util.List;

/**
 * One story page: everything the reader sees about one real-world event, and the JSON contract of
 * {@code docs/story-format.md}. Immutable.
 *
 * @param id             stable story id
 * @param headline       one line that names the event
 * @param updated        the newest publication time among the story's articles (or when it was built)
 * @param articleCount   number of articles in the story
 * @param publisherCount number of distinct publishers among them
 * @param sections       3 to 6 sections when the sources allow, each sentence cited
 * @param timeline       dated entries in date order
 * @param sources        numbered sources that the citations point to
 */
public record StoryPage(String id, String headline, Instant updated, int articleCount, int publisherCount,
                        List<Section> sections, List<TimelineEntry> timeline, List<Source> sources) {

    public StoryPage {
        sections = List.copyOf(sections);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
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
     */
    public record TimelineEntry(String date, String text, List<Integer> citations, boolean background) {
        public TimelineEntry {
            citations = List.copyOf(citations);
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
     * @param published publication time, or {@code null}
     */
    public record Source(int n, String url, String title, String publisher, String author, Instant published) {
    }
}
