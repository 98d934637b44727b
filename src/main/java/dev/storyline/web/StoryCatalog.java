package dev.storyline.web;

import dev.storyline.arc.StorylinePage;
import dev.storyline.story.StoryPage;

import java.util.List;
import java.util.Optional;

/**
 * What the web server shows: the stories in Top Headlines order and each story page by id. The server
 * only reads through this interface, so the store, the ranking or a test's fixed list can stand behind
 * it. Implementations must be safe to call from several request threads at once.
 */
public interface StoryCatalog {

    /** The stories of the front page, already in Top Headlines order. */
    List<StoryPage> topStories();

    /**
     * The story with this id. An implementation may resolve the id of a story that was merged into
     * another and return the other: the server then redirects to the page's own id.
     */
    Optional<StoryPage> story(String id);

    /**
     * The id that replaced {@code id} after a merge, when {@link #story} does not resolve it itself; the
     * server redirects there. Empty by default.
     */
    default Optional<String> canonicalId(String id) {
        return Optional.empty();
    }

    /**
     * Every kept version of the story's page, newest first; empty when the story is unknown. By default
     * only the current page, for catalogs that keep no history.
     */
    default List<StoryPage> versions(String id) {
        return story(id).filter(p -> p.id().equals(id)).map(List::of).orElse(List.of());
    }

    /**
     * The story's category ({@code World}, {@code Business}, ...; compared ignoring case), or {@code null} when
     * it has none; the per-category Atom feeds read it. By default the one its page carries.
     */
    default String categoryOf(StoryPage page) {
        return page.category();
    }

    /** The storyline with this id; none by default, for catalogs that keep no storylines. */
    default Optional<StorylinePage> storyline(String id) {
        return Optional.empty();
    }

    /** The storyline that the story is in; none by default. */
    default Optional<StorylinePage> storylineOf(String storyId) {
        return Optional.empty();
    }
}
