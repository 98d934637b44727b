package dev.storyline.search;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryPage;

import java.util.List;
import java.util.Map;

/** Stories of the project's own for the search tests here and in {@code web}. */
public final class SearchFixture {
    private SearchFixture() {
    }

    /** A small store of three stories of the project's own, each with one article. */
    public static void fill(StoryStore store) {
        save(store, "nara-summit", "Seoul and Tokyo leaders meet in Nara", "Korea Daily", "https://www.koreadaily.example/a",
                "President Lee arrived in Nara for a two-day meeting with the prime minister on trade and security.");
        save(store, "aegean-quake", "Earthquake shakes coastal towns on the Aegean", "Harbour Times", "https://harbourtimes.example/q",
                "A magnitude 6.1 earthquake shook island towns; the harbour wall cracked and ferries stayed in port.");
        save(store, "baltic-ports", "Storm closes Baltic ports for a second day", "Freight Daily", "https://freight.example/p",
                "Container ships waited at anchor as the storm kept cranes still; the port authority said the harbour would reopen Friday.");
    }

    public static void save(StoryStore store, String id, String headline, String publisher, String url, String text) {
        Article article = new Article(id + "-a1", url, headline, text, publisher, null, null, "en", Map.of());
        store.saveArticle(new AnalyzedArticle(article, List.of(), new float[]{1f, 0f}, List.of()), id, id + "-hash");
        List<StoryPage.Section> sections = List.of(new StoryPage.Section("What happened",
                List.of(new StoryPage.CitedSentence(text, List.of(1)))));
        List<StoryPage.Source> sources = List.of(new StoryPage.Source(1, url, headline, publisher, null, "2026-11-30T10:00:00Z"));
        store.saveStory(new StoryPage(id, headline, "2026-11-30T10:00:00Z", 1, 1, sections, List.of(), sources));
    }

}
