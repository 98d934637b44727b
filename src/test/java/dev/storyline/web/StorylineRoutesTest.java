package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.arc.StorylinePage;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The storyline page, its JSON and the storyline box of a story page, served on 127.0.0.1. */
class StorylineRoutesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final StorylinePage ELLISON = new StorylinePage("arc-arrest", "Ellison <b>arrested</b> & tried",
            "2026-05-12T08:00:00Z", 4,
            List.of(new StorylinePage.StoryEntry("trial", "Trial of Maria Ellison opens", "2026-05-12T08:00:00Z", "2026-05-11", 2),
                    new StorylinePage.StoryEntry("arrest", "Maria Ellison arrested", "2026-02-03T09:00:00Z", "2026-02-02", 2)),
            List.of(new StorylinePage.Event("2026-02-02", List.of(new StoryPage.CitedSentence(
                            "Police arrested councillor Maria Ellison on Monday <script>alert(1)</script>.", List.of(1, 2)))),
                    new StorylinePage.Event("2026-05-11", List.of(new StoryPage.CitedSentence(
                            "The trial of Maria Ellison opened on Monday.", List.of(3))))),
            List.of(new StoryPage.Source(1, "https://harbour.example/a1", "Ellison arrested", "Harbour Times", null, "2026-02-02T10:00:00Z"),
                    new StoryPage.Source(2, "https://county.example/a2", "Ellison held", "County Post", null, "2026-02-03T09:00:00Z"),
                    new StoryPage.Source(3, "javascript:alert(1)", "Trial opens", "Harbour Times", null, "2026-05-11T10:00:00Z")));

    private StoryServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theStorylinePageShowsItsTimelineAndStoriesEscapedUnderTheStrictPolicy() throws Exception {
        serve();
        HttpResponse<String> r = get("/storyline/arc-arrest");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        String body = r.body();
        assertThat(body).contains("Ellison &lt;b&gt;arrested&lt;/b&gt; &amp; tried")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("href=\"javascript:")
                .contains("<time datetime=\"2026-02-02\">2 Feb 2026</time>")
                .contains("<a href=\"#source-1\">[1]</a>")
                .contains("id=\"source-3\"");
        assertThat(body.indexOf("/stories/trial")).as("newest story first").isPositive().isLessThan(body.indexOf("/stories/arrest"));
    }

    @Test
    void theStorylineJsonHoldsItsStoriesNewestFirstAndItsCitedTimeline() throws Exception {
        serve();
        HttpResponse<String> r = get("/api/storylines/arc-arrest");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        JsonNode json = StoryJson.MAPPER.readTree(r.body());
        assertThat(json.path("headline").asText()).isEqualTo("Ellison <b>arrested</b> & tried");
        assertThat(json.path("stories").get(0).path("id").asText()).isEqualTo("trial");
        assertThat(json.path("timeline").get(0).path("sentences").get(0).path("citations").toString()).isEqualTo("[1,2]");
        assertThat(StoryJson.MAPPER.readValue(r.body(), StorylinePage.class)).isEqualTo(ELLISON);
    }

    @Test
    void aStoryPageNamesItsStorylineWithTheEventsBeforeAndAfter() throws Exception {
        serve();
        String arrest = get("/stories/arrest").body();
        assertThat(arrest).contains("href=\"/storyline/arc-arrest\"").contains("After: <a href=\"/stories/trial\">")
                .doesNotContain("Before:");
        String trial = get("/stories/trial").body();
        assertThat(trial).contains("Before: <a href=\"/stories/arrest\">").doesNotContain("After:");
        assertThat(get("/stories/alone").body()).doesNotContain("storyline-box");
    }

    @Test
    void anUnknownStorylineIsNotFound() throws Exception {
        serve();
        assertThat(get("/storyline/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> api = get("/api/storylines/nothing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(StoryJson.MAPPER.readTree(api.body()).has("error")).isTrue();
    }

    private void serve() {
        Map<String, StoryPage> stories = Map.of(
                "arrest", story("arrest", "Maria Ellison arrested"),
                "trial", story("trial", "Trial of Maria Ellison opens"),
                "alone", story("alone", "A story of its own"));
        server = StoryServer.start(new StoryCatalog() {
            @Override
            public List<StoryPage> topStories() {
                return List.copyOf(stories.values());
            }

            @Override
            public Optional<StoryPage> story(String id) {
                return Optional.ofNullable(stories.get(id));
            }

            @Override
            public Optional<StorylinePage> storyline(String id) {
                return id.equals(ELLISON.id()) ? Optional.of(ELLISON) : Optional.empty();
            }

            @Override
            public Optional<StorylinePage> storylineOf(String storyId) {
                return storyId.equals("alone") ? Optional.of(new StorylinePage("arc-alone", "A story of its own", null, 1,
                        List.of(new StorylinePage.StoryEntry("alone", "A story of its own", null, null, 1)), List.of(), List.of()))
                        : Optional.of(ELLISON);
            }
        }, "127.0.0.1", 0);
    }

    private static StoryPage story(String id, String headline) {
        return new StoryPage(id, headline, "2026-05-12T08:00:00Z", 2, 2,
                List.of(new StoryPage.Section("What happened", List.of(new StoryPage.CitedSentence("Something happened.", List.of(1))))),
                List.of(), List.of(new StoryPage.Source(1, "https://harbour.example/x", "X", "Harbour Times", null, null)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
