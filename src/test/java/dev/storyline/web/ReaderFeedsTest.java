package dev.storyline.web;

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

class ReaderFeedsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private StoryServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static StoryPage page(String id, String headline) {
        return new StoryPage(id, headline, "2026-11-30T10:00:00Z", 2, 2, List.of(new StoryPage.Section("What happened",
                List.of(new StoryPage.CitedSentence(headline + " today.", List.of(1))))), List.of(),
                List.of(new StoryPage.Source(1, "https://a.example/" + id, headline, "A News", null, "2026-11-30T10:00:00Z")));
    }

    /** Two business stories and one sports story, filed by a map as a classifier would. */
    record FiledCatalog(List<StoryPage> topStories, Map<String, String> categories) implements StoryCatalog {
        @Override
        public Optional<StoryPage> story(String id) {
            return topStories.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public String categoryOf(StoryPage page) {
            return categories.get(page.id());
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCategoryFeedHoldsThatCategorysStoriesWithStableIdsAndLinks() throws Exception {
        server = StoryServer.start(new FiledCatalog(List.of(page("rates", "Bank raises rates"), page("final", "Cup final tonight"),
                page("merger", "Brewers agree merger")), Map.of("rates", "business", "final", "sports", "merger", "business")),
                null, null, "127.0.0.1", 0, "https://news.example.org");
        HttpResponse<String> r = get("/feeds/category/business.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/atom+xml"));
        String body = r.body();
        assertThat(body).contains("<title>Storyline: Business</title>")
                .contains("<id>https://news.example.org/?category=business</id>")
                .contains("<link rel=\"self\" href=\"https://news.example.org/feeds/category/business.atom\"")
                .contains("<id>https://news.example.org/stories/rates</id>")
                .contains("<link rel=\"alternate\" href=\"https://news.example.org/stories/merger\"")
                .doesNotContain("stories/final");
        assertThat(body.indexOf("stories/rates")).isLessThan(body.indexOf("stories/merger"));
        assertThat(get("/feeds/category/sports.atom").body()).contains("stories/final").doesNotContain("stories/rates");
    }

    @Test
    void aCategoryWithoutStoriesIsAnEmptyFeedAndABadNameIsNotFound() throws Exception {
        server = StoryServer.start(new FiledCatalog(List.of(page("rates", "Bank raises rates")), Map.of()), null, null, "127.0.0.1", 0, null);
        HttpResponse<String> empty = get("/feeds/category/science.atom");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("<feed").doesNotContain("<entry>");
        assertThat(get("/feeds/category/science").statusCode()).isEqualTo(404);
        assertThat(get("/feeds/category/%3Cb%3E.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theFollowedFeedsAreServedAsOpml() throws Exception {
        Operations operations = new OpenApiConformanceTest.FixedOperations() {
            @Override
            public Optional<String> opml() {
                return Optional.of("<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/feed\"/></body></opml>");
            }
        };
        server = StoryServer.start(new FiledCatalog(List.of(), Map.of()), operations, null, "127.0.0.1", 0, null);
        HttpResponse<String> r = get("/feeds.opml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/x-opml"));
        assertThat(r.body()).contains("xmlUrl=\"https://a.example/feed\"");
    }

    @Test
    void withoutTheFollowerThereIsNoOpml() throws Exception {
        server = StoryServer.start(new FiledCatalog(List.of(), Map.of()), null, null, "127.0.0.1", 0, null);
        assertThat(get("/feeds.opml").statusCode()).isEqualTo(404);
    }
}
