package dev.storyline.web;

import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StoryServerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private StoryServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homePageListsHeadlinesInTheCatalogsOrder() throws Exception {
        serve(new FixedCatalog(List.of(summit(), quake())));
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        String body = r.body();
        int summit = body.indexOf("Seoul and Tokyo leaders meet in Nara");
        int quake = body.indexOf("Earthquake shakes coastal towns");
        assertThat(summit).isPositive();
        assertThat(quake).isGreaterThan(summit);
        assertThat(body).contains("href=\"/stories/nara-summit\"")
                .contains("Updated <time datetime=\"2026-01-14T09:30:00Z\">14 Jan 2026, 09:30 UTC</time> · 4 articles from 3 publishers")
                .contains("2 articles from 2 publishers")
                .contains("President Lee arrived in Nara for a two-day meeting.")
                .contains("<a href=\"/publisher/Korea%20Daily\">Korea Daily</a> · <a href=\"/publisher/Japan%20Times\">Japan Times</a> · ")
                .contains("<span class=\"category\">Politics</span>");
        // The lede is the first section only.
        assertThat(body).doesNotContain("DNA analysis");
    }

    @Test
    void versionsAreListedNewestFirstAndThePageShowsWhatChangedQuotesAndDisagreements() throws Exception {
        StoryPage v1 = summit().asVersion(1, null);
        StoryPage.Changes changes = new StoryPage.Changes(1, Instant.parse("2026-01-13T08:00:00Z"),
                List.of(new StoryPage.CitedSentence("The leaders agreed on DNA analysis of remains.", List.of(3))), List.of(3),
                List.of(new StoryPage.DateCorrection("Talks open in Nara.", "2026-01-12", "2026-01-13", List.of(1))),
                List.of(new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MERGED, "nara-talks", "Leaders <meet> in Nara", 2),
                        new StoryPage.Regrouping(StoryPage.Regrouping.Kind.MOVED_OUT, "seoul-protest", null, 3)));
        StoryPage s = summit();
        StoryPage v2 = new StoryPage(s.id(), s.headline(), s.updated(), s.articleCount(), s.publisherCount(), s.sections(),
                s.timeline(), s.sources(),
                List.of(new StoryPage.Quote("Cooperation between our countries is more important than ever", "President Lee", List.of(1, 2))),
                List.of(new StoryPage.Disagreement("The mine disaster killed (people)", List.of(
                        new StoryPage.Variant("183 people", "The disaster killed 183 people.", List.of(1)),
                        new StoryPage.Variant("180 people", "The disaster killed 180 people.", List.of(2))))),
                2, changes);
        FixedCatalog catalog = new FixedCatalog(List.of(v2)) {
            @Override
            public List<StoryPage> versions(String id) {
                return id.equals("nara-summit") ? List.of(v2, v1) : List.of();
            }
        };
        serve(catalog);

        HttpResponse<String> r = get("/api/stories/nara-summit/versions");
        assertThat(r.statusCode()).isEqualTo(200);
        var json = StoryJson.MAPPER.readTree(r.body());
        assertThat(json.path("id").asText()).isEqualTo("nara-summit");
        assertThat(json.path("versions")).hasSize(2);
        assertThat(json.path("versions").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(json.path("versions").get(0).path("changes").path("newSources").get(0).asInt()).isEqualTo(3);
        assertThat(json.path("versions").get(1).path("changes").isNull()).isTrue();
        assertThat(get("/api/stories/nope/versions").statusCode()).isEqualTo(404);

        String page = get("/stories/nara-summit").body();
        assertThat(page).contains("What changed").contains("Since version 1")
                .contains("New: The leaders agreed on DNA analysis of remains.")
                .contains("Date corrected from 12 Jan 2026 to 13 Jan 2026")
                .contains("Merged with “Leaders &lt;meet&gt; in Nara”, which reported the same event")
                .contains("3 reports of another event moved to <a href=\"/stories/seoul-protest\">another story</a>")
                .contains("“Cooperation between our countries is more important than ever”")
                .contains("President Lee")
                .contains("Where sources differ").contains("<strong>183 people</strong>");
    }

    @Test
    void homePageSaysSoWhenThereAreNoStories() throws Exception {
        serve(new FixedCatalog(List.of()));
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("No stories yet").doesNotContain("<li class=\"headline-item\">");
    }

    @Test
    void storyPageShowsSectionsWithCitationLinksTimelineAndSources() throws Exception {
        serve(new FixedCatalog(List.of(summit(), quake())));
        HttpResponse<String> r = get("/stories/nara-summit");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("<h1>Seoul and Tokyo leaders meet in Nara</h1>")
                .contains("<h2>Second summit in Nara</h2>")
                .contains("<h2>DNA analysis for mine victims</h2>")
                .contains("President Lee arrived in Nara for a two-day meeting.<sup class=\"cite\"><a href=\"#source-1\">[1]</a><a href=\"#source-2\">[2]</a></sup>")
                .contains("Updated <time datetime=\"2026-01-14T09:30:00Z\">14 Jan 2026, 09:30 UTC</time> · 4 articles from 3 publishers");
        // Timeline dates at their precision, background set apart.
        assertThat(body).contains(">13 Jan 2026</time>").contains(">Aug 2025</time>").contains(">1942</time>")
                .contains("<li class=\"entry background\">")
                .contains("<span class=\"label\">Background</span>")
                .contains(">2 Mar 2026</time> <span class=\"label\">Scheduled</span>");
        assertThat(body.indexOf(">1942</time>")).isLessThan(body.indexOf(">13 Jan 2026</time>"));
        // Sources, numbered and anchored.
        assertThat(body).contains("<li id=\"source-1\" value=\"1\">")
                .contains("<li id=\"source-3\" value=\"3\">")
                .contains("<span class=\"publisher\">Korea Daily</span>")
                .contains("<a href=\"https://korea.example/nara\" rel=\"noopener noreferrer\">Lee arrives in Nara</a>")
                .contains("by Kim Min-ji")
                .contains("13 Jan 2026, 08:00 UTC");
    }

    @Test
    void aCitationOfAMissingSourceIsShownButNotLinked() throws Exception {
        StoryPage page = new StoryPage("odd", "Odd story", null, 1, 1,
                List.of(new StoryPage.Section("Only", List.of(new StoryPage.CitedSentence("Claimed.", List.of(1, 7))))),
                List.of(), List.of(new StoryPage.Source(1, "https://a.example/", "A", "A", null, null)));
        serve(new FixedCatalog(List.of(page)));
        String body = get("/stories/odd").body();
        assertThat(body).contains("<a href=\"#source-1\">[1]</a><span>[7]</span>").doesNotContain("#source-7");
        assertThat(body).contains("1 article from 1 publisher").doesNotContain("Updated");
    }

    @Test
    void unknownStoryAndUnknownPathAre404Pages() throws Exception {
        serve(new FixedCatalog(List.of(summit())));
        HttpResponse<String> story = get("/stories/no-such-story");
        assertThat(story.statusCode()).isEqualTo(404);
        assertThat(story.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(story.body()).contains("Story not found").contains("href=\"/\"");
        HttpResponse<String> other = get("/no/such/page");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("not found");
    }

    @Test
    void jsonEndpointsServeThePagesAndA404Error() throws Exception {
        serve(new FixedCatalog(List.of(summit(), quake())));
        HttpResponse<String> list = get("/api/stories");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(contentType(list)).isEqualTo("application/json;charset=utf-8");
        var tree = StoryJson.MAPPER.readTree(list.body());
        assertThat(tree.get("stories")).hasSize(2);
        assertThat(tree.get("stories").get(0).get("id").asText()).isEqualTo("nara-summit");
        assertThat(tree.get("stories").get(1).get("id").asText()).isEqualTo("coast-quake");

        HttpResponse<String> one = get("/api/stories/nara-summit");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(contentType(one)).isEqualTo("application/json;charset=utf-8");
        assertThat(StoryJson.readPage(one.body())).isEqualTo(summit());

        HttpResponse<String> missing = get("/api/stories/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(contentType(missing)).isEqualTo("application/json;charset=utf-8");
        assertThat(StoryJson.MAPPER.readTree(missing.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void aMergedStorysOldIdRedirectsToItsNewId() throws Exception {
        FixedCatalog catalog = new FixedCatalog(List.of(summit()));
        catalog.aliases.put("old-summit", "nara-summit");
        serve(catalog);
        HttpResponse<String> page = get("/stories/old-summit");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/stories/nara-summit"));
        HttpResponse<String> api = get("/api/stories/old-summit");
        assertThat(api.statusCode()).isEqualTo(301);
        assertThat(api.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/stories/nara-summit"));
    }

    @Test
    void aCatalogThatResolvesOldIdsItselfAlsoRedirects() throws Exception {
        StoryCatalog resolving = new StoryCatalog() {
            public List<StoryPage> topStories() {
                return List.of(summit());
            }

            public Optional<StoryPage> story(String id) {
                return id.equals("old") || id.equals("nara-summit") ? Optional.of(summit()) : Optional.empty();
            }
        };
        serve(resolving);
        HttpResponse<String> r = get("/stories/old");
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/stories/nara-summit"));
    }

    @Test
    void idsWithSpacesAndAccentsAreLinkedAndFound() throws Exception {
        StoryPage page = withId(quake(), "séisme côte 2026");
        serve(new FixedCatalog(List.of(page)));
        String home = get("/").body();
        String href = "/stories/s%C3%A9isme%20c%C3%B4te%202026";
        assertThat(home).contains("href=\"" + href + "\"");
        assertThat(get(href).statusCode()).isEqualTo(200);
    }

    @Test
    void markupAndScriptLinksInStoryTextComeOutInert() throws Exception {
        StoryPage evil = new StoryPage("evil", "<script>alert('headline')</script> & more", "2026-01-14T09:30:00Z", 1, 1,
                List.of(new StoryPage.Section("<img src=x onerror=alert(1)>",
                        List.of(new StoryPage.CitedSentence("He said \"<b>hi</b>\".", List.of(1))))),
                List.of(new StoryPage.TimelineEntry("2026-01-13\"><script>", "<i>x</i>", List.of(1), false)),
                List.of(new StoryPage.Source(1, "javascript:alert(document.cookie)", "<script>t</script>", "<p>Pub</p>", "\"'><svg onload=alert(1)>", null),
                        new StoryPage.Source(2, "JaVaScRiPt:alert(2)", "Second", "P2", null, null),
                        new StoryPage.Source(3, "java\tscript:alert(3)", "Third", "P3", null, null),
                        new StoryPage.Source(4, "data:text/html,<script>alert(4)</script>", "Fourth", "P4", null, null)));
        serve(new FixedCatalog(List.of(evil)));
        for (String path : List.of("/", "/stories/evil")) {
            String body = get(path).body();
            assertThat(body).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                    .doesNotContainIgnoringCase("<svg").doesNotContain("<b>").doesNotContain("<i>")
                    .doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"java")
                    .doesNotContainIgnoringCase("href=\"data:");
            assertThat(body).contains("&lt;script&gt;alert(");
        }
        String story = get("/stories/evil").body();
        assertThat(story).contains("<span class=\"title\">&lt;script&gt;t&lt;/script&gt;</span>")
                .contains("<span class=\"url\">javascript:alert(document.cookie)</span>");
        String feed = get("/feed.atom").body();
        assertThat(feed).doesNotContain("<script");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        serve(new FixedCatalog(List.of(summit())));
        for (String path : List.of("/", "/stories/nara-summit", "/api/stories", "/static/storyline.css", "/stories/missing")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).startsWith("default-src 'self'; style-src 'self'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void theStylesheetIsServedFromTheClasspath() throws Exception {
        serve(new FixedCatalog(List.of()));
        HttpResponse<String> css = get("/static/storyline.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/css"));
        assertThat(css.body()).contains("prefers-color-scheme: dark").contains("max-width: 44rem");
        assertThat(get("/").body()).contains("<link rel=\"stylesheet\" href=\"/static/storyline.css\">")
                .doesNotContain("<script").doesNotContain("style=\"");
    }

    @Test
    void theAtomFeedListsTheTopStoriesInOrder() throws Exception {
        serve(new FixedCatalog(List.of(summit(), quake())));
        HttpResponse<String> r = get("/feed.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/atom+xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        assertThat(entries.item(0).getTextContent()).contains("Seoul and Tokyo leaders meet in Nara")
                .contains("http://127.0.0.1:" + server.port() + "/stories/nara-summit")
                .contains("2026-01-14T09:30:00Z");
        assertThat(entries.item(1).getTextContent()).contains("Earthquake shakes coastal towns");
    }

    @Test
    void aFailingCatalogGivesA500PageAndTheServerKeepsServing() throws Exception {
        StoryCatalog flaky = new StoryCatalog() {
            public List<StoryPage> topStories() {
                throw new IllegalStateException("database gone");
            }

            public Optional<StoryPage> story(String id) {
                return Optional.of(summit());
            }
        };
        serve(flaky);
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(500);
        assertThat(home.body()).contains("Something went wrong").doesNotContain("database gone");
        HttpResponse<String> api = get("/api/stories");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(StoryJson.MAPPER.readTree(api.body()).get("error").asText()).isNotBlank();
        assertThat(get("/stories/nara-summit").statusCode()).isEqualTo(200);
    }

    @Test
    void portZeroPicksAFreePortOnLoopback() {
        server = StoryServer.start(new FixedCatalog(List.of()), null, 0);
        assertThat(server.port()).isPositive();
    }

    @Test
    void aPortInUseGivesAClearError() {
        serve(new FixedCatalog(List.of()));
        int taken = server.port();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoryServer.start(new FixedCatalog(List.of()), "127.0.0.1", taken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + taken);
    }

    // ---- fixtures ----

    private void serve(StoryCatalog catalog) {
        server = StoryServer.start(catalog, "127.0.0.1", 0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The Content-Type header without spaces and in lower case, as servers differ in spelling it. */
    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** A catalog over a fixed list, in the given order, with optional merge aliases. */
    static class FixedCatalog implements StoryCatalog {
        final List<StoryPage> pages;
        final Map<String, String> aliases = new LinkedHashMap<>();

        FixedCatalog(List<StoryPage> pages) {
            this.pages = pages;
        }

        @Override
        public List<StoryPage> topStories() {
            return pages;
        }

        @Override
        public Optional<StoryPage> story(String id) {
            return pages.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public Optional<String> canonicalId(String id) {
            return Optional.ofNullable(aliases.get(id));
        }
    }

    static StoryPage summit() {
        return new StoryPage("nara-summit", "Seoul and Tokyo leaders meet in Nara", "2026-01-14T09:30:00Z", 4, 3,
                List.of(new StoryPage.Section("Second summit in Nara", List.of(
                                new StoryPage.CitedSentence("President Lee arrived in Nara for a two-day meeting.", List.of(1, 2)),
                                new StoryPage.CitedSentence("It is their second summit.", List.of(2)))),
                        new StoryPage.Section("DNA analysis for mine victims", List.of(
                                new StoryPage.CitedSentence("The leaders agreed on DNA analysis of remains.", List.of(3))))),
                List.of(new StoryPage.TimelineEntry("1942", "A mine disaster killed 183 workers.", List.of(3), true),
                        new StoryPage.TimelineEntry("2025-08", "Remains were recovered.", List.of(3), true),
                        new StoryPage.TimelineEntry("2026-01-13", "Talks opened in Nara.", List.of(1, 2), false),
                        new StoryPage.TimelineEntry("2026-03-02", "The leaders will meet again in Seoul.", List.of(2), false, true)),
                List.of(new StoryPage.Source(1, "https://korea.example/nara", "Lee arrives in Nara", "Korea Daily", "Kim Min-ji", "2026-01-13T08:00:00Z"),
                        new StoryPage.Source(2, "https://japan.example/summit", "Takaichi hosts Lee", "Japan Times", null, "2026-01-13T10:00:00Z"),
                        new StoryPage.Source(3, "file:///data/wire/mine.html", "Mine victims to be identified", "Wire Service", "Staff", null)))
                .withCategory("Politics");
    }

    static StoryPage quake() {
        return new StoryPage("coast-quake", "Earthquake shakes coastal towns", "2026-01-12T22:00:00Z", 2, 2,
                List.of(new StoryPage.Section("Tremor", List.of(new StoryPage.CitedSentence("A magnitude 6 quake struck.", List.of(1, 2))))),
                List.of(),
                List.of(new StoryPage.Source(1, "https://coast.example/quake", "Quake hits", "Coast Post", null, null),
                        new StoryPage.Source(2, "https://island.example/tremor", "Tremor felt on the islands", "Island Herald", null,
                                "2026-01-12T22:00:00Z"))).withCategory("World");
    }

    static StoryPage withId(StoryPage p, String id) {
        return new StoryPage(id, p.headline(), p.updated(), p.articleCount(), p.publisherCount(), p.sections(), p.timeline(), p.sources())
                .withCategory(p.category());
    }
}
