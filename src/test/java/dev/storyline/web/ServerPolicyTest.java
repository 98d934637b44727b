package dev.storyline.web;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the server does whatever the stories: framing, methods, paging of lists, and feed links. */
class ServerPolicyTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private StoryServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static List<StoryPage> stories(int n) {
        List<StoryPage> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pages.add(StoryServerTest.withId(StoryServerTest.quake(), "story-" + i));
        }
        return pages;
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void noPageMayBeFramedByAnotherSite() throws Exception {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories(1)), "127.0.0.1", 0);
        for (String path : List.of("/", "/stories/story-0", "/api/stories", "/feed.atom", "/missing", "/static/storyline.css")) {
            HttpResponse<String> r = send("GET", path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void unsupportedMethodsGet405WithAllow() throws Exception {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories(1)), "127.0.0.1", 0);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/", "/stories/story-0", "/api/stories", "/feed.atom")) {
                HttpResponse<String> r = send(method, path);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).as(method + " " + path).contains("GET, HEAD");
            }
        }
        assertThat(send("HEAD", "/").statusCode()).isEqualTo(200);
    }

    @Test
    void listsComeAPageAtATimeWithLinkHeaders() throws Exception {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories(45)), "127.0.0.1", 0);

        HttpResponse<String> first = send("GET", "/api/stories");
        assertThat(count(first.body(), "\"id\"")).isEqualTo(Paging.DEFAULT_LIMIT);
        assertThat(first.headers().firstValue("X-Total-Count")).contains("45");
        assertThat(first.headers().firstValue("Link")).contains(
                "</api/stories?page=1>; rel=\"first\", </api/stories?page=2>; rel=\"next\", </api/stories?page=3>; rel=\"last\"");

        HttpResponse<String> last = send("GET", "/api/stories?page=5&limit=10");
        assertThat(last.body()).contains("\"story-40\"").contains("\"story-44\"").doesNotContain("\"story-39\"");
        assertThat(last.headers().firstValue("Link")).hasValueSatisfying(link ->
                assertThat(link).contains("</api/stories?page=4&limit=10>; rel=\"prev\"").doesNotContain("rel=\"next\""));

        HttpResponse<String> home = send("GET", "/?page=2");
        assertThat(home.body()).contains("/stories/story-20").doesNotContain("/stories/story-19\"")
                .contains("rel=\"next\" href=\"/?page=3\"").contains("rel=\"prev\" href=\"/?page=1\"").contains("Page 2 of 3");
        assertThat(home.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link).contains("</?page=3>; rel=\"next\""));
    }

    @Test
    void aBadPageOrLimitIsA400ThatSaysWhatIsAllowed() throws Exception {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories(3)), "127.0.0.1", 0);
        for (String query : List.of("page=0", "page=-1", "page=two", "limit=0", "limit=101", "limit=99999999999")) {
            assertThat(send("GET", "/api/stories?" + query).statusCode()).as(query).isEqualTo(400);
            assertThat(send("GET", "/?" + query).statusCode()).as(query).isEqualTo(400);
        }
        assertThat(send("GET", "/api/stories?limit=101").body()).contains("limit must be a whole number from 1 to 100");
    }

    @Test
    void atomLinksComeFromTheConfiguredBaseUrlNeverFromTheHostHeader() throws Exception {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories(1)), "127.0.0.1", 0, "https://news.example.org/");
        String feed = rawGet("/feed.atom", "evil.example");
        assertThat(feed).contains("https://news.example.org/stories/story-0").doesNotContain("evil.example");
    }

    @Test
    void withoutABaseUrlAtomLinksUseTheListeningAddressEvenWithoutAHostHeader() throws Exception {
        server = StoryServer.start(new StoryServerTest.FixedCatalog(stories(1)), "127.0.0.1", 0);
        String feed = rawGet("/feed.atom", "evil.example");
        assertThat(feed).contains("http://127.0.0.1:" + server.port() + "/stories/story-0").doesNotContain("evil.example")
                .doesNotContain("http://null");
    }

    @Test
    void aBaseUrlThatIsNotAWebAddressIsRefused() {
        assertThatThrownBy(() -> StoryServer.start(new StoryServerTest.FixedCatalog(List.of()), "127.0.0.1", 0, "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s) URL");
    }

    /** A request written by hand, since Java's client will not send a Host header of our choosing. */
    private String rawGet(String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
