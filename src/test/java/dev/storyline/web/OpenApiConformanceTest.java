package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.storyline.search.SearchFixture;
import dev.storyline.search.StorySearch;
import dev.storyline.store.StoryStore;
import dev.storyline.story.StoryJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches every GET route that {@code /api/openapi.json} documents from a real server on 127.0.0.1 (over a
 * store of the project's own stories, with search and the Feeds operations) and checks each real
 * response against the schema the document gives for its status.
 */
class OpenApiConformanceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;
    private StoryStore store;
    private StorySearch search;
    private StoryServer server;
    private String base;

    @BeforeEach
    void start() {
        store = StoryStore.open(dir);
        SearchFixture.fill(store);
        store.addAlias("old-nara", "nara-summit");
        search = StorySearch.open(dir, store);
        server = StoryServer.start(new SearchPagesTest.StoreCatalog(store), new FixedOperations(), search, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
        search.close();
        store.close();
    }

    /** The requests made of each documented path: its ordinary use, and where it has them, its errors. */
    private static final Map<String, List<String>> REQUESTS = Map.of(
            "/api/stories", List.of("/api/stories", "/api/stories?page=2&limit=1", "/api/stories?limit=0"),
            "/api/stories/{id}", List.of("/api/stories/nara-summit", "/api/stories/no-such-story", "/api/stories/old-nara"),
            "/api/stories/{id}/versions", List.of("/api/stories/nara-summit/versions", "/api/stories/no-such-story/versions", "/api/stories/old-nara/versions"),
            "/api/search", List.of("/api/search?q=harbour", "/api/search?q=%22harbour+wall%22&publisher=Harbour+Times",
                    "/api/search?publisher=Freight+Daily", "/api/search?q=zeppelin", "/api/search"),
            "/api/feeds", List.of("/api/feeds"),
            "/health", List.of("/health"),
            "/api/openapi.json", List.of("/api/openapi.json"));

    @Test
    void everyDocumentedGetRouteAnswersAsTheDocumentSays() throws Exception {
        JsonNode doc = StoryJson.MAPPER.readTree(get("/api/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.1.");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo(base);
        JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getValue().has("get")) {
                continue;
            }
            List<String> requests = REQUESTS.get(path.getKey());
            assertThat(requests).as("requests for the documented route " + path.getKey()).isNotNull();
            for (String request : requests) {
                HttpResponse<String> r = get(request);
                String status = Integer.toString(r.statusCode());
                String pointer = "/paths/" + escape(path.getKey()) + "/get/responses/" + status;
                JsonNode response = doc.at(pointer);
                assertThat(response.isMissingNode()).as(request + " answered " + status + ", which the document does not list").isFalse();
                if (response.has("$ref")) {
                    pointer = response.get("$ref").asText().substring(1);
                    response = doc.at(pointer);
                }
                if (response.has("content")) {
                    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
                    JsonSchema schema = schemas.getSchema(SchemaLocation.of(base + "/api/openapi.json#" + pointer + "/content/application~1json/schema"));
                    Set<ValidationMessage> errors = schema.validate(StoryJson.MAPPER.readTree(r.body()));
                    assertThat(errors).as(request + " (" + status + "): " + r.body()).isEmpty();
                }
                checked.add(request + " " + status);
            }
        }
        assertThat(checked).contains("/api/stories 200", "/api/stories/nara-summit 200", "/api/stories/no-such-story 404", "/api/stories/old-nara 301",
                "/api/search?q=harbour 200", "/api/search 400", "/api/stories?limit=0 400", "/api/feeds 200", "/health 200");
    }

    @Test
    void aSchemaCatchesAResponseThatBreaksIt() throws Exception {
        // the check above can fail: a story without its sources does not pass the document's Story schema
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(base + "/api/openapi.json#/components/schemas/Story"));
        JsonNode story = StoryJson.MAPPER.readTree(get("/api/stories/nara-summit").body());
        assertThat(schema.validate(story)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) story).remove("sources");
        assertThat(schema.validate(story)).isNotEmpty();
    }

    @Test
    void aMergedStoryRedirectsAsDocumented() throws Exception {
        HttpResponse<String> r = get("/api/stories/old-nara");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/stories/nara-summit");
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One followed feed, healthy; the admin token is {@code secret-token}. */
    static class FixedOperations implements Operations {
        @Override
        public List<FeedListing> feeds() {
            return List.of(new FeedListing("f1", "Harbour Times", "https://harbourtimes.example/feed", null,
                    Instant.parse("2026-11-30T09:00:00Z"), null, 3, null));
        }

        @Override
        public boolean healthy() {
            return true;
        }

        @Override
        public String metrics() {
            return "";
        }

        @Override
        public boolean admits(String token) {
            return "secret-token".equals(token);
        }

        @Override
        public Optional<String> follow(String address) {
            return Optional.empty();
        }

        @Override
        public boolean unfollow(String idOrUrl) {
            return false;
        }
    }
}
