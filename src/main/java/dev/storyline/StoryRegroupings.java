package dev.storyline;

import dev.storyline.cluster.StoryClusterer;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the clusterer's merges and splits to the store, in the order they were made, and records with
 * each surviving story's page mark ({@link StoryStore#markPageDue}) what its next page version must say
 * about them: which stories were merged into it, how many reports left it for which story, how many came
 * from where. The marks are written in the caller's transaction, so they are as durable as the moves.
 * Also collects the stories this run touched. Not thread-safe: one ingest run owns one.
 */
final class StoryRegroupings {

    private final StoryStore store;
    private final Set<String> touched = new LinkedHashSet<>();

    StoryRegroupings(StoryStore store) {
        this.store = store;
    }

    /** Marks a story whose page must be written again. */
    void touch(String storyId) {
        touched.add(storyId);
        store.markPageDue(storyId);
    }

    void apply(List<StoryClusterer.Change> changes) {
        for (StoryClusterer.Change change : changes) {
            switch (change) {
                case StoryClusterer.Merge m -> merge(m);
                case StoryClusterer.Split s -> split(s);
            }
        }
    }

    private void merge(StoryClusterer.Merge m) {
        String headline = headline(m.from());
        int moved = store.moveArticles(m.from(), m.into());
        store.deleteStory(m.from());
        store.addAlias(m.from(), m.into());
        touched.remove(m.from());
        touched.add(m.into());
        // What happened to the merged story's reports is now the surviving story's history.
        List<StoryPage.Regrouping> inherited = of(m.from());
        store.clearDuePage(m.from());
        List<StoryPage.Regrouping> into = new ArrayList<>(of(m.into()));
        inherited.stream().filter(r -> !r.story().equals(m.into())).forEach(into::add);
        into.removeIf(r -> r.story().equals(m.from()) && r.kind() != StoryPage.Regrouping.Kind.MERGED);
        into.add(new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MERGED, m.from(), headline, moved));
        store.markPageDue(m.into(), into);
    }

    private void split(StoryClusterer.Split s) {
        store.assignArticles(s.articleIds(), s.into());
        touched.add(s.from());
        touched.add(s.into());
        int n = s.articleIds().size();
        add(s.from(), new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MOVED_OUT, s.into(), headline(s.into()), n));
        add(s.into(), new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MOVED_IN, s.from(), headline(s.from()), n));
    }

    private void add(String storyId, StoryPage.Regrouping regrouping) {
        List<StoryPage.Regrouping> all = new ArrayList<>(of(storyId));
        all.add(regrouping);
        store.markPageDue(storyId, all);
    }

    /** The stories this run touched (merged-away ones left out), in the order they were first touched. */
    Set<String> touched() {
        return touched;
    }

    /** What the story's next page version must say about its reports changing hands; empty if nothing. */
    List<StoryPage.Regrouping> of(String storyId) {
        return store.duePage(storyId).map(StoryStore.DuePage::regroupings).orElse(List.of());
    }

    private String headline(String storyId) {
        return store.story(storyId).map(StoryPage::headline).orElse(null);
    }
}
