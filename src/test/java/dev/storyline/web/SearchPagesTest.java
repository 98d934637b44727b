package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.search.SearchFixture;
import dev.storyline.search.StorySearch;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPagesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private StoryStore store;
    private StorySearch search;
    private StoryServer server;

    @BeforeEach
    void start() {
        store = StoryStore.open(dir);
        SearchFixture.fill(store);
        SearchFixture.save(store, "tags", "Court rules on <script>alert(1)</script> case", "Law & Order Weekly",
                "https://law.example/t", "The court ruled on the script case on Tuesday.");
        search = StorySearch.open(dir, store);
        server = StoryServer.start(new StoreCatalog(store), null, search, "127.0.0.1", 0, null);
    }

    @AfterEach
    void stop() {
        server.close();
        search.close();
        store.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theSearchPageShowsMatchingStoriesAsCards() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("Tokyo leaders"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<a href=\"/stories/nara-summit\">Seoul and Tokyo leaders meet in Nara</a>")
                .contains("1 story found").contains("value=\"Tokyo leaders\"")
                .contains("href=\"/search.atom?q=Tokyo+leaders\"")
                .doesNotContain("/stories/aegean-quake");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void everythingFromAnArticleAndTheQueryIsEscaped() throws Exception {
        HttpResponse<String> r = get("/search?q=" + q("script \"<img src=x>\""));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Court rules on &lt;script&gt;alert(1)&lt;/script&gt; case")
                .doesNotContain("<script>").doesNotContain("<img src=x>");
    }

    @Test
    void anEmptyQueryShowsTheFormAndTheApiSaysWhatIsMissing() throws Exception {
        HttpResponse<String> page = get("/search");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form class=\"search\"").doesNotContain("found");
        HttpResponse<String> api = get("/api/search");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(StoryJson.MAPPER.readTree(api.body()).get("error").asText()).contains("q");
    }

    @Test
    void theApiAnswersWithTheStoriesAndTheirTotal() throws Exception {
        HttpResponse<String> r = get("/api/search?q=harbour&limit=1");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = StoryJson.MAPPER.readTree(r.body());
        assertThat(body.get("total").asInt()).isEqualTo(2);
        assertThat(body.get("stories")).hasSize(1);
        assertThat(r.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l).contains("/api/search?q=harbour&page=2&limit=1"));
        JsonNode filtered = StoryJson.MAPPER.readTree(get("/api/search?q=harbour&publisher=" + q("Freight Daily")).body());
        assertThat(filtered.get("stories")).hasSize(1);
        assertThat(filtered.get("stories").get(0).get("id").asText()).isEqualTo("baltic-ports");
        JsonNode phrase = StoryJson.MAPPER.readTree(get("/api/search?q=" + q("\"harbour wall\"")).body());
        assertThat(phrase.get("stories").get(0).get("id").asText()).isEqualTo("aegean-quake");
        assertThat(phrase.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aSearchIsAnAtomFeedWithStableIds() throws Exception {
        HttpResponse<String> r = get("/search.atom?q=earthquake");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/atom+xml"));
        String base = "http://127.0.0.1:" + server.port();
        assertThat(r.body()).contains("<id>" + base + "/search?q=earthquake</id>")
                .contains("<link rel=\"self\" href=\"" + base + "/search.atom?q=earthquake\"")
                .contains("<id>" + base + "/stories/aegean-quake</id>");
        assertThat(get("/search.atom?q=earthquake").body()).contains("<id>" + base + "/stories/aegean-quake</id>");
    }

    @Test
    void withoutAnIndexTheSearchRoutesSaySoAnd503() throws Exception {
        try (StoryServer bare = StoryServer.start(new StoreCatalog(store), "127.0.0.1", 0)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + "/api/search?q=nara")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
        }
    }

    /** The store's stories in stored order, as the server reads them. */
    record StoreCatalog(StoryStore store) implements StoryCatalog {
        @Override
        public List<StoryPage> topStories() {
            return store.stories();
        }

        @Override
        public Optional<StoryPage> story(String id) {
            return store.story(id);
        }

        @Override
        public Optional<String> canonicalId(String id) {
            return store.resolveAlias(id);
        }
    }
}
