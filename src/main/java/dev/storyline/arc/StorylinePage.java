package dev.storyline.arc;

import dev.storyline.story.StoryPage;

import java.util.List;

/**
 * The page of one storyline: a headline for the whole, its stories newest first, and its timeline, each
 * sentence of it cited like a story page's ({@link StoryPage.CitedSentence}, numbers into {@code sources}).
 * The JSON of {@code /api/storylines/{id}}. Immutable.
 *
 * @param id           the storyline's id
 * @param headline     one line for the whole storyline: the headline of its largest story
 * @param updated      the newest story's {@link StoryPage#updated()}, or {@code null} when none is dated
 * @param articleCount the articles of all its stories
 * @param stories      its stories, the most recently updated first
 * @param timeline     its dated events in date order
 * @param sources      the numbered articles that the timeline's citations point to
 */
public record StorylinePage(String id, String headline, String updated, int articleCount, List<StoryEntry> stories,
                            List<Event> timeline, List<StoryPage.Source> sources) {

    public StorylinePage {
        stories = List.copyOf(stories);
        timeline = List.copyOf(timeline);
        sources = List.copyOf(sources);
    }

    /**
     * One story of the storyline, as its page last said.
     *
     * @param first the day of its first report ({@code YYYY-MM-DD}), or {@code null} when none is dated
     */
    public record StoryEntry(String id, String headline, String updated, String first, int articleCount) {
    }

    /** One day of the storyline's timeline with the sentences that say what happened on it. */
    public record Event(String date, List<StoryPage.CitedSentence> sentences) {
        public Event {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * Where a story stands in its storyline: the story reported before it and the one after, by the day
     * of their first reports (either null at an end).
     */
    public record Neighbours(StoryEntry previous, StoryEntry next) {
    }

    /** The stories before and after {@code storyId} in the order of their first reports. */
    public Neighbours neighboursOf(String storyId) {
        List<StoryEntry> ordered = stories.stream()
                .sorted(java.util.Comparator.comparing((StoryEntry e) -> e.first() == null ? "9999" : e.first())
                        .thenComparing(StoryEntry::id))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(storyId)) {
                return new Neighbours(i > 0 ? ordered.get(i - 1) : null, i + 1 < ordered.size() ? ordered.get(i + 1) : null);
            }
        }
        return new Neighbours(null, null);
    }
}
