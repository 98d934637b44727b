package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import dev.storyline.web.StoryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From files to served pages: ingest into a real SQLite store, then read it over real HTTP. */
class ServeEndToEndTest {

    @TempDir
    static Path data;

    private static Storyline storyline;
    private static StoryStore store;
    private static StoryServer server;
    private static Storyline.IngestReport first;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void ingestAndServe() {
        storyline = Storyline.standard(IngestOptions.defaults());
        store = StoryStore.open(data);
        first = storyline.ingest(List.of(Corpus.folder().toString()), store, p -> {
            throw new AssertionError("unexpected problem: " + p);
        });
        server = StoryServer.start(new StoredCatalog(store), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ingestAddsEveryArticleAndWritesTwoStories() {
        assertThat(first.added()).isEqualTo(6);
        assertThat(first.storiesUpdated()).isEqualTo(2);
        assertThat(store.stories()).hasSize(2);
    }

    @Test
    void theFrontPageListsBothStoriesWithTheirCounts() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Top Headlines").contains("Kefalonia").contains("Kestrel")
                .contains("3 articles from 3 publishers");
    }

    @Test
    void aStoryPageShowsSectionsTimelineAndSources() throws Exception {
        StoryPage quake = store.stories().stream().filter(p -> p.headline().contains("Kefalonia")).findFirst().orElseThrow();
        HttpResponse<String> page = get("/stories/" + quake.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Timeline").contains("Sources").contains("href=\"#source-1\"")
                .contains("Harbour Times").contains(quake.sections().get(0).heading());
    }

    @Test
    void theJsonApiServesTheStoredPages() throws Exception {
        HttpResponse<String> all = get("/api/stories");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(StoryJson.MAPPER.readTree(all.body()).path("stories")).hasSize(2);
        String id = store.stories().get(0).id();
        assertThat(StoryJson.readPage(get("/api/stories/" + id).body()).id()).isEqualTo(id);
        assertThat(get("/api/stories/no-such-story").statusCode()).isEqualTo(404);
    }

    @Test
    void ingestingTheSameFilesAgainAddsNothingAndKeepsStoryIds() {
        List<String> before = store.stories().stream().map(StoryPage::id).sorted().toList();
        Storyline.IngestReport again = storyline.ingest(List.of(Corpus.folder().toString()), store, p -> { });
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(6);
        assertThat(store.stories().stream().map(StoryPage::id).sorted().toList()).isEqualTo(before);
    }

    @Test
    void aStoryKeepsItsIdWhenLaterArticlesArriveAfterARestart(@TempDir Path dir) {
        Path folder = Corpus.folder();
        String firstId;
        try (StoryStore s = StoryStore.open(dir)) {
            storyline.ingest(List.of(folder.resolve("ports-baltic-ledger.txt").toString()), s, p -> { });
            firstId = s.stories().get(0).id();
        }
        try (StoryStore s = StoryStore.open(dir)) {
            storyline.ingest(List.of(folder.resolve("ports-freight-daily.html").toString(),
                    folder.resolve("ports-wire.jsonl").toString()), s, p -> { });
            assertThat(s.stories()).hasSize(1);
            assertThat(s.stories().get(0).id()).isEqualTo(firstId);
            assertThat(s.stories().get(0).articleCount()).isEqualTo(3);
        }
    }
}
