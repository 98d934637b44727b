package dev.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Google Reader API driven with the requests reader apps send, in the order they send them (as the
 * FreshRSS and Miniflux docs and the apps' public sources show: NetNewsWire and Reeder sync by tag/list,
 * subscription/list, stream/items/ids of the unread and the starred, then POST stream/items/contents;
 * Read You and FeedMe page through stream/contents; all mark read with POST edit-tag).
 */
class ReaderApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String FORM = "application/x-www-form-urlencoded";
    private StoryServer server;
    private String base;

    @BeforeEach
    void start() {
        List<StoryPage> stories = List.of(
                story("nara-summit", "Seoul and Tokyo leaders meet in Nara", "2026-11-30T10:00:00Z"),
                story("aegean-quake", "Earthquake shakes <coastal> towns", "2026-11-30T12:00:00Z"),
                story("baltic-ports", "Storm closes Baltic ports", "2026-11-29T08:00:00Z"));
        server = StoryServer.start(new ReaderFeedsTest.FiledCatalog(stories, Map.of()), new OpenApiConformanceTest.FixedOperations(),
                null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static StoryPage story(String id, String headline, String updated) {
        return new StoryPage(id, headline, updated, 2, 2, List.of(new StoryPage.Section("What happened",
                List.of(new StoryPage.CitedSentence(headline + " <script>x</script>.", List.of(1))))), List.of(),
                List.of(new StoryPage.Source(1, "https://a.example/" + id, headline, "A News", null, updated)));
    }

    private HttpResponse<String> send(String method, String path, String auth, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) {
            b.header("Authorization", "GoogleLogin auth=" + auth);
        }
        if (form != null) {
            b.header("Content-Type", FORM).method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        return StoryJson.MAPPER.readTree(r.body());
    }

    private String login() throws Exception {
        HttpResponse<String> r = send("POST", "/accounts/ClientLogin", null, "Email=reader&Passwd=secret-token");
        assertThat(r.statusCode()).isEqualTo(200);
        String auth = r.body().lines().filter(l -> l.startsWith("Auth=")).findFirst().orElseThrow().substring(5);
        assertThat(r.body()).startsWith("SID=");
        return auth;
    }

    private static List<String> titles(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(n -> out.add(n.get("title").asText()));
        return out;
    }

    private static List<String> ids(JsonNode refs) {
        List<String> out = new ArrayList<>();
        refs.get("itemRefs").forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void aWrongPasswordOrNoLoginIsRefused() throws Exception {
        HttpResponse<String> bad = send("POST", "/accounts/ClientLogin", null, "Email=reader&Passwd=guess");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("Error=BadAuthentication");
        assertThat(send("GET", "/reader/api/0/subscription/list?output=json", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/reader/api/0/subscription/list?output=json", "storyline/forged", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theSyncOfNetNewsWireAndReederGetsEveryStoryAndMarksOneRead() throws Exception {
        // The Old Reader-style login with the extra fields some apps send
        HttpResponse<String> loginJson = send("POST", "/accounts/ClientLogin?output=json", null,
                "output=json&client=NetNewsWire&accountType=HOSTED_OR_GOOGLE&service=reader&Email=reader&Passwd=secret-token");
        assertThat(json(loginJson).get("Auth").asText()).startsWith("storyline/");
        String auth = login();
        String token = send("GET", "/reader/api/0/token", auth, null).body();
        assertThat(token).isNotBlank();
        assertThat(json(send("GET", "/reader/api/0/user-info?output=json", auth, null)).get("userId").asText()).isEqualTo("1");
        JsonNode tags = json(send("GET", "/reader/api/0/tag/list?output=json", auth, null));
        assertThat(tags.get("tags").findValuesAsText("id")).contains("user/-/label/Storyline");
        JsonNode subs = json(send("GET", "/reader/api/0/subscription/list?output=json", auth, null));
        assertThat(subs.get("subscriptions")).hasSize(1);
        assertThat(subs.at("/subscriptions/0/id").asText()).isEqualTo("feed/" + base + "/feed.atom");
        assertThat(subs.at("/subscriptions/0/categories/0/label").asText()).isEqualTo("Storyline");

        String unreadQuery = "/reader/api/0/stream/items/ids?n=1000&output=json&s=user/-/state/com.google/reading-list&xt=user/-/state/com.google/read";
        List<String> unread = ids(json(send("GET", unreadQuery, auth, null)));
        // newest first: the quake (12:00), the summit (10:00), the ports (the day before)
        assertThat(unread).containsExactly(Long.toString(ReaderApi.itemId("aegean-quake")), Long.toString(ReaderApi.itemId("nara-summit")),
                Long.toString(ReaderApi.itemId("baltic-ports")));
        assertThat(ids(json(send("GET", "/reader/api/0/stream/items/ids?n=1000&output=json&s=user/-/state/com.google/starred", auth, null)))).isEmpty();

        // contents asked by decimal id and by the long tag: form
        String quakeTag = String.format("tag:google.com,2005:reader/item/%016x", ReaderApi.itemId("aegean-quake"));
        JsonNode contents = json(send("POST", "/reader/api/0/stream/items/contents?output=json", auth,
                "T=" + token + "&i=" + unread.get(1) + "&i=" + quakeTag.replace(":", "%3A").replace("/", "%2F").replace(",", "%2C")));
        JsonNode items = contents.get("items");
        assertThat(items).hasSize(2);
        assertThat(titles(items)).containsExactly("Seoul and Tokyo leaders meet in Nara", "Earthquake shakes <coastal> towns");
        JsonNode quake = items.get(1);
        assertThat(quake.get("id").asText()).isEqualTo(quakeTag);
        assertThat(quake.at("/canonical/0/href").asText()).isEqualTo(base + "/stories/aegean-quake");
        assertThat(quake.at("/origin/streamId").asText()).isEqualTo("feed/" + base + "/feed.atom");
        assertThat(quake.get("timestampUsec").asText()).isEqualTo("1796040000000000");
        String html = quake.at("/summary/content").asText();
        assertThat(html).contains("Earthquake shakes &lt;coastal&gt; towns &lt;script&gt;x&lt;/script&gt;.")
                .contains("href=\"" + base + "/stories/aegean-quake#source-1\"")
                .contains("href=\"https://a.example/aegean-quake\"")
                .doesNotContain("<script>");

        HttpResponse<String> marked = send("POST", "/reader/api/0/edit-tag", auth,
                "T=" + token + "&a=user/-/state/com.google/read&i=" + unread.get(0));
        assertThat(marked.body()).isEqualTo("OK");
        assertThat(ids(json(send("GET", unreadQuery, auth, null)))).doesNotContain(unread.get(0)).hasSize(2);
        JsonNode counts = json(send("GET", "/reader/api/0/unread-count?output=json", auth, null));
        assertThat(counts.get("max").asInt()).isEqualTo(2);

        send("POST", "/reader/api/0/edit-tag", auth, "T=" + token + "&r=user/-/state/com.google/read&a=user/-/state/com.google/starred&i=" + unread.get(0));
        assertThat(ids(json(send("GET", unreadQuery, auth, null)))).hasSize(3);
        assertThat(ids(json(send("GET", "/reader/api/0/stream/items/ids?n=1000&output=json&s=user/-/state/com.google/starred", auth, null))))
                .containsExactly(unread.get(0));
    }

    @Test
    void readYouAndFeedMePageThroughStreamContentsAndMarkAllRead() throws Exception {
        String auth = login();
        JsonNode first = json(send("GET", "/reader/api/0/stream/contents/user/-/state/com.google/reading-list?output=json&n=2&xt=user/-/state/com.google/read", auth, null));
        assertThat(titles(first.get("items"))).containsExactly("Earthquake shakes <coastal> towns", "Seoul and Tokyo leaders meet in Nara");
        String continuation = first.get("continuation").asText();
        JsonNode second = json(send("GET", "/reader/api/0/stream/contents/user/-/state/com.google/reading-list?output=json&n=2&c=" + continuation, auth, null));
        assertThat(titles(second.get("items"))).containsExactly("Storm closes Baltic ports");
        assertThat(second.has("continuation")).isFalse();
        JsonNode feed = json(send("GET", "/reader/api/0/stream/contents/feed/" + base + "/feed.atom?output=json&n=50&r=o", auth, null));
        assertThat(titles(feed.get("items"))).first().isEqualTo("Storm closes Baltic ports");
        String encoded = java.net.URLEncoder.encode("feed/" + base + "/feed.atom", java.nio.charset.StandardCharsets.UTF_8);
        JsonNode sameFeed = json(send("GET", "/reader/api/0/stream/contents/" + encoded + "?output=json&n=50", auth, null));
        assertThat(sameFeed.get("items")).hasSize(3);
        // only what is newer than 2026-11-30T00:00Z
        JsonNode recent = json(send("GET", "/reader/api/0/stream/items/ids?output=json&n=100&s=user/-/state/com.google/reading-list&ot=1795996800", auth, null));
        assertThat(recent.get("itemRefs")).hasSize(2);

        assertThat(send("POST", "/reader/api/0/mark-all-as-read", auth, "s=user/-/state/com.google/reading-list&ts=1796032800000000").body()).isEqualTo("OK");
        JsonNode unread = json(send("GET", "/reader/api/0/stream/items/ids?output=json&n=100&s=user/-/state/com.google/reading-list&xt=user/-/state/com.google/read", auth, null));
        // everything up to 10:00 on the 30th is read; the quake at 12:00 is not
        assertThat(ids(unread)).containsExactly(Long.toString(ReaderApi.itemId("aegean-quake")));
    }

    @Test
    void itemIdsAreReadInEveryFormTheAppsUse() {
        long id = ReaderApi.itemId("nara-summit");
        assertThat(id).isPositive().isEqualTo(ReaderApi.itemId("nara-summit"));
        assertThat(ReaderApi.parseItemId(Long.toString(id))).isEqualTo(id);
        assertThat(ReaderApi.parseItemId(String.format("tag:google.com,2005:reader/item/%016x", id))).isEqualTo(id);
        assertThat(ReaderApi.parseItemId(Long.toHexString(id))).isEqualTo(id);
        assertThat(ReaderApi.parseItemId("not an id")).isNull();
    }

    @Test
    void anUnknownCallSaysItIsNotSupported() throws Exception {
        String auth = login();
        HttpResponse<String> r = send("POST", "/reader/api/0/subscription/quickadd", auth, "quickadd=https://x.example/feed");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("not supported");
    }
}
