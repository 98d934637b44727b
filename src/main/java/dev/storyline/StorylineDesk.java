package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.arc.ArcLinker;
import dev.storyline.arc.StorylinePage;
import dev.storyline.arc.StorylineWriter;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps a store's storylines up to date as its story pages are written: each story written is linked
 * ({@link ArcLinker}, the story's profile and storyline kept in the store), a story merged away or left
 * without articles is taken out of its storyline, and the page of every storyline that changed is written
 * again ({@link StorylineWriter}). The linker lives across ingests into one store and is restored from the
 * stored links (one row a story) when another writer changed them; stories stored before storylines were
 * kept are linked the first time. Not thread-safe: one ingest at a time, as {@link Storyline} is.
 */
final class StorylineDesk {

    private static final Logger LOG = LoggerFactory.getLogger(StorylineDesk.class);

    private final StorylineWriter writer = new StorylineWriter();
    private StoryStore linkedStore;
    private ArcLinker linker;
    private int links;

    /** Links the written stories and rewrites the pages of the storylines they changed. */
    void update(StoryStore store, Collection<String> writtenStories, Consumer<IngestProblem> problems) {
        long start = System.nanoTime();
        // stories merged away leave first, so that a grown story never follows one into its old storyline
        Set<String> stories = new LinkedHashSet<>(store.linkedStoriesMergedAway());
        stories.addAll(writtenStories);
        ArcLinker arcs = linkerOf(store, stories);
        Set<String> changed = new LinkedHashSet<>();
        store.inTransaction(() -> {
            for (String id : stories) {
                List<AnalyzedArticle> articles = store.resolveAlias(id).isPresent() ? List.of() : store.articlesOfStory(id);
                if (articles.isEmpty()) {
                    arcs.remove(id).ifPresent(changed::add);
                    store.unlinkStory(id);
                    continue;
                }
                Optional<String> before = arcs.arcOf(id);
                ArcLinker.StoryProfile profile = ArcLinker.StoryProfile.of(id, articles);
                String arc = arcs.link(profile);
                store.linkStory(profile, arc);
                before.filter(b -> !b.equals(arc)).ifPresent(changed::add);
                changed.add(arc);
            }
        });
        links = store.linkedStoryCount();
        for (String arc : changed) {
            try {
                List<String> members = arcs.storiesOf(arc);
                Optional<StorylinePage> page = members.isEmpty() ? Optional.empty() : page(store, arc, members);
                store.inTransaction(() -> page.ifPresentOrElse(store::saveStoryline, () -> store.deleteStoryline(arc)));
            } catch (RuntimeException e) {
                problems.accept(new IngestProblem("storyline " + arc, "its page could not be written: " + e));
            }
        }
        LOG.info("storylines: {} stories linked, {} storyline pages written in {} ms", stories.size(), changed.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Optional<StorylinePage> page(StoryStore store, String arc, List<String> storyIds) {
        List<StorylineWriter.Member> members = new ArrayList<>();
        for (String id : storyIds) {
            Optional<StoryPage> page = store.story(id);
            List<AnalyzedArticle> articles = store.articlesOfStory(id);
            if (page.isPresent() && !articles.isEmpty()) {
                members.add(new StorylineWriter.Member(page.get(), articles));
            }
        }
        return members.isEmpty() ? Optional.empty() : Optional.of(writer.write(arc, members));
    }

    /**
     * The linker holding the store's links, restored when it is not up to date; stories with articles
     * that no storyline holds yet are added to {@code stories}, to be linked now.
     */
    private ArcLinker linkerOf(StoryStore store, Set<String> stories) {
        if (linker == null || linkedStore != store || links != store.linkedStoryCount()) {
            ArcLinker restored = new ArcLinker();
            store.forEachStorylineLink(restored::restore);
            linker = restored;
            linkedStore = store;
            stories.addAll(store.unlinkedStories());
        }
        return linker;
    }
}
