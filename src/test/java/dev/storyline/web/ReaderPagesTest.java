package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderPagesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private StoryServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void serve(StoryPage... pages) {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(List.of(pages)), "127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static StoryPage single() {
        return new StoryPage("lone", "Mayor opens bridge", "2026-01-15T08:00:00Z", 1, 1,
                List.of(new StoryPage.Section("Opening", List.of(new StoryPage.CitedSentence("The bridge opened.", List.of(1))))),
                List.of(), List.of(new StoryPage.Source(1, "https://town.example/bridge", "Bridge opens", "Town News", null, null)))
                .withCategory("Politics");
    }

    @Test
    void theFrontPageHasATabPerCategoryAndShowsOnlyThatCategorysStories() throws Exception {
        serve(StoryServerTest.summit(), StoryServerTest.quake());
        String all = get("/", null).body();
        assertThat(all).contains("<a href=\"/\" aria-current=\"page\">Top Headlines</a>")
                .contains("<a href=\"/?category=sports\">Sports</a>").contains("<a href=\"/?category=world\">World</a>");
        String world = get("/?category=World", null).body();
        assertThat(world).contains("<a href=\"/?category=world\" aria-current=\"page\">World</a>")
                .contains("<h1 class=\"page-title\">World</h1>")
                .contains("Earthquake shakes coastal towns").doesNotContain("Seoul and Tokyo leaders meet in Nara");
        assertThat(get("/?category=sports", null).body()).contains("No stories yet");
    }

    @Test
    void theApiFiltersByCategoryAndRefusesAnUnknownOne() throws Exception {
        serve(StoryServerTest.summit(), StoryServerTest.quake());
        JsonNode politics = StoryJson.MAPPER.readTree(get("/api/stories?category=politics", null).body());
        assertThat(politics.get("stories")).hasSize(1);
        assertThat(politics.get("stories").get(0).get("category").asText()).isEqualTo("Politics");
        HttpResponse<String> bad = get("/api/stories?category=weather", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(StoryJson.MAPPER.readTree(bad.body()).get("error").asText()).contains("sports");
        assertThat(get("/?category=%3Cscript%3E", null).statusCode()).isEqualTo(400);
    }

    @Test
    void aStoryOfOneArticleStaysOffTheFrontPageButNotOffItsPublishersPageOrTheApi() throws Exception {
        serve(StoryServerTest.summit(), single());
        assertThat(get("/", null).body()).doesNotContain("Mayor opens bridge");
        assertThat(get("/publisher/Town%20News", null).body()).contains("Mayor opens bridge").contains("1 story with reports from Town News");
        assertThat(get("/api/stories", null).body()).contains("Mayor opens bridge");
    }

    @Test
    void aPublishersPageListsItsStoriesEscapedAndAnUnknownPublisherIs404() throws Exception {
        StoryPage s = StoryServerTest.summit();
        StoryPage odd = new StoryPage("odd", "Odd <b>news</b>", "2026-01-14T09:30:00Z", 2, 2, List.of(), List.of(),
                List.of(new StoryPage.Source(1, "https://a.example/", "A", "<Evil & Co>", null, null),
                        new StoryPage.Source(2, "https://b.example/", "B", "Korea Daily", null, null)));
        serve(s, odd);
        HttpResponse<String> korea = get("/publisher/korea%20daily", null);
        assertThat(korea.statusCode()).isEqualTo(200);
        assertThat(korea.body()).contains("<h1 class=\"page-title\">Korea Daily</h1>").contains("2 stories")
                .contains("Seoul and Tokyo leaders meet in Nara").contains("Odd &lt;b&gt;news&lt;/b&gt;")
                .contains("<input type=\"hidden\" name=\"publisher\" value=\"Korea Daily\">");
        String evil = get("/publisher/%3CEvil%20%26%20Co%3E", null).body();
        assertThat(evil).contains("&lt;Evil &amp; Co&gt;").doesNotContain("<Evil");
        assertThat(get("/publisher/Nobody", null).statusCode()).isEqualTo(404);
    }

    @Test
    void hidingAPublisherSetsACookieThatTheFrontPageReads() throws Exception {
        serve(StoryServerTest.summit(), StoryServerTest.quake());
        HttpResponse<String> hide = post("/settings/hide", "publisher=Coast+Post", "Sec-Fetch-Site", "same-origin");
        assertThat(hide.statusCode()).isEqualTo(303);
        assertThat(hide.headers().firstValue("Location")).hasValue("/");
        String cookie = hide.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("storyline-mutes=p=Coast+Post;").contains("HttpOnly").contains("SameSite=Lax");
        String both = "storyline-mutes=p=Coast+Post&p=Island+Herald";
        assertThat(get("/", "storyline-mutes=p=Coast+Post").body()).contains("Earthquake shakes coastal towns");
        assertThat(get("/", both).body()).doesNotContain("Earthquake shakes coastal towns")
                .contains("Hiding stories by your 2 mutes.");
        assertThat(get("/", "storyline-mutes=w=DNA").body()).contains("Earthquake shakes coastal towns")
                .contains("Seoul and Tokyo leaders meet in Nara"); // DNA is in the second section, not the lead
        assertThat(get("/", "storyline-mutes=w=two-day").body()).doesNotContain("Seoul and Tokyo leaders meet in Nara");
    }

    @Test
    void theSettingsFormSavesBothListsAndAnotherSiteCannotChangeThem() throws Exception {
        serve(StoryServerTest.summit(), StoryServerTest.quake());
        HttpResponse<String> saved = post("/settings", "publishers=Coast+Post%0D%0AIsland+Herald&words=quake%0Asummit");
        assertThat(saved.statusCode()).isEqualTo(303);
        String cookie = saved.headers().firstValue("Set-Cookie").orElseThrow();
        String value = cookie.substring(0, cookie.indexOf(';'));
        assertThat(value).isEqualTo("storyline-mutes=p=Coast+Post&p=Island+Herald&w=quake&w=summit");
        String form = get("/settings", value).body();
        assertThat(form).contains(">Coast Post\nIsland Herald</textarea>").contains(">quake\nsummit</textarea>");

        HttpResponse<String> forged = post("/settings", "publishers=Korea+Daily", "Sec-Fetch-Site", "cross-site");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Set-Cookie")).isEmpty();

        HttpResponse<String> cleared = post("/settings", "publishers=&words=");
        assertThat(cleared.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    }

    @Test
    void settingsAnswerGetAndPostAndHideOnlyPost() throws Exception {
        serve(StoryServerTest.summit());
        assertThat(get("/settings", null).statusCode()).isEqualTo(200);
        HttpResponse<String> getHide = get("/settings/hide", null);
        assertThat(getHide.statusCode()).isEqualTo(405);
        assertThat(getHide.headers().firstValue("Allow")).hasValue("POST");
        assertThat(post("/settings/hide", "publisher=").statusCode()).isEqualTo(400);
    }
}
