package dev.storyline.cli;

import dev.storyline.rank.TopHeadlines;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;
import dev.storyline.web.StoryCatalog;

import java.util.List;
import java.util.Optional;

/** The web server's view of the store: stories in Top Headlines order, merged ids resolved. */
final class StoredCatalog implements StoryCatalog {

    private final StoryStore store;

    StoredCatalog(StoryStore store) {
        this.store = store;
    }

    @Override
    public List<StoryPage> topStories() {
        return TopHeadlines.rank(store.stories());
    }

    @Override
    public Optional<StoryPage> story(String id) {
        return store.story(id);
    }

    @Override
    public List<StoryPage> versions(String id) {
        return store.versions(id);
    }

    @Override
    public Optional<String> canonicalId(String id) {
        return store.resolveAlias(id);
    }
}
