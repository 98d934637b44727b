package dev.storyline.ingest.fetch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetcherTest {

    private static final String PAGE = "<html><body><p>Harbour news</p></body></html>";

    private final TestSite site = new TestSite();

    @AfterEach
    void stop() {
        site.close();
    }

    private static FetchException.Reason reasonOf(Throwable e) {
        return ((FetchException) e).reason();
    }

    @Test
    void defaultSettingsRefuseLoopbackWithoutSendingAnything() {
        site.page("/news", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.strict())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/news"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS))
                    .hasMessageContaining("127.0.0.1").hasMessageContaining("loopback");
        }
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void defaultSettingsRefuseOtherPrivateRangesBeforeConnecting() {
        try (Fetcher fetcher = new Fetcher(TestSettings.strict())) {
            for (String url : new String[]{"http://10.20.30.40/", "http://169.254.169.254/latest/meta-data/",
                    "http://[::1]:" + site.port() + "/", "http://192.168.0.1/"}) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
                        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS));
                // Refusal is immediate: no connection attempt (which would wait for the connect timeout).
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            }
        }
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void allowPrivateNetworksFetchesWithOurUserAgentAfterAskingForRobotsTxt() throws Exception {
        site.page("/news", 200, "text/html; charset=utf-8", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            FetchedResource page = fetcher.fetch(URI.create(site.url("/news")));
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
            assertThat(page.mediaType()).isEqualTo("text/html");
            assertThat(page.status()).isEqualTo(200);
        }
        assertThat(site.paths()).containsExactly("/robots.txt", "/news");
        assertThat(site.requests()).allSatisfy(r ->
                assertThat(r.userAgent()).isEqualTo("Storyline/0.1 (+https://github.com/storyline)"));
    }

    @Test
    void robotsTxtIsReadOncePerSiteAndItsDisallowIsObeyed() throws Exception {
        site.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/memo", 200, "text/html", PAGE);
        site.page("/public", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/private/memo"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.ROBOTS))
                    .hasMessageContaining("robots.txt");
            fetcher.fetch(URI.create(site.url("/public")));
        }
        assertThat(site.paths()).containsExactly("/robots.txt", "/public");
    }

    @Test
    void robotsTxtServerErrorKeepsUsAwayButClientErrorAllowsAll() throws Exception {
        site.page("/robots.txt", 503, "text/plain", "down");
        site.page("/news", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/news"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.ROBOTS))
                    .hasMessageContaining("503");
        }
        site.page("/robots.txt", 403, "text/plain", "forbidden");
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThat(fetcher.fetch(URI.create(site.url("/news"))).status()).isEqualTo(200);
        }
    }

    @Test
    void redirectsAreFollowedHopByHop() throws Exception {
        site.redirect("/old", 301, "/moved");
        site.redirect("/moved", 307, site.url("/final"));
        site.page("/final", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            FetchedResource page = fetcher.fetch(URI.create(site.url("/old")));
            assertThat(page.location()).isEqualTo(URI.create(site.url("/final")));
            assertThat(page.requested()).isEqualTo(URI.create(site.url("/old")));
        }
    }

    @Test
    void aRedirectIntoThePrivateNetworkIsRefusedAtThatHop() {
        site.redirect("/innocent", 302, "http://169.254.169.254/latest/meta-data/");
        // The test site itself lives on loopback, so only loopback is exempted here.
        AddressGuard loopbackOnly = new AddressGuard(InetAddress::isLoopbackAddress);
        try (Fetcher fetcher = new Fetcher(TestSettings.strict(), loopbackOnly)) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/innocent"))))
                    .satisfies(e -> {
                        assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BLOCKED_ADDRESS);
                        assertThat(((FetchException) e).uri().getHost()).isEqualTo("169.254.169.254");
                    });
        }
    }

    @Test
    void escapesSurviveFragmentsAndSloppyRedirectLocations() throws Exception {
        site.redirect("/old%20name", 302, "/new name/ü");
        site.page("/new%20name/%C3%BC", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            FetchedResource page = fetcher.fetch(URI.create(site.url("/old%20name#section")));
            assertThat(page.location().getRawPath()).isEqualTo("/new%20name/%C3%BC");
        }
        assertThat(site.paths()).containsExactly("/robots.txt", "/old%20name", "/new%20name/%C3%BC");
    }

    @Test
    void moreThanFiveRedirectsIsAnError() {
        for (int i = 0; i < 7; i++) {
            site.redirect("/r" + i, 302, "/r" + (i + 1));
        }
        site.page("/r7", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/r0"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.REDIRECT));
        }
        assertThat(site.paths()).doesNotContain("/r7");
    }

    @Test
    void redirectToAnotherSchemeIsRefused() {
        site.redirect("/to-file", 302, "file:///etc/passwd");
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/to-file"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BAD_URL));
        }
    }

    @Test
    void gzipAndDeflateBodiesAreDecoded() throws Exception {
        byte[] gzipped = compress(PAGE, true);
        byte[] deflated = compress(PAGE, false);
        site.route("/gz", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestSite.send(ex, 200, "text/html", gzipped);
        });
        site.route("/deflate", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "deflate");
            TestSite.send(ex, 200, "text/html", deflated);
        });
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThat(fetcher.fetch(URI.create(site.url("/gz"))).body()).asString(StandardCharsets.UTF_8).isEqualTo(PAGE);
            assertThat(fetcher.fetch(URI.create(site.url("/deflate"))).body()).asString(StandardCharsets.UTF_8).isEqualTo(PAGE);
        }
        assertThat(site.requests().getLast().acceptEncoding()).contains("gzip");
    }

    @Test
    void oversizedBodiesAreCutOffWhetherDeclaredStreamedOrCompressed() throws Exception {
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) 'a');
        site.page("/declared", 200, "text/html", big);
        site.route("/streamed", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write(big, 0, 10_000); // 10 MB in all, far past the cap
                }
            }
        });
        byte[] bomb = compress(new String(big, StandardCharsets.US_ASCII), true);
        site.route("/bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            TestSite.send(ex, 200, "text/html", bomb);
        });
        FetchSettings small = new FetchSettings("Storyline/0.1", true, Duration.ZERO, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 100_000);
        try (Fetcher fetcher = new Fetcher(small)) {
            for (String path : new String[]{"/declared", "/streamed", "/bomb"}) {
                assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url(path))))
                        .as(path)
                        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.TOO_LARGE))
                        .hasMessageContaining("larger than 100000 bytes");
            }
        }
        assertThat(bomb.length).isLessThan(100_000);
    }

    @Test
    void serverErrorsAreReportedWithTheirStatus() {
        site.page("/broken", 500, "text/html", "<h1>oops</h1>");
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/broken"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.HTTP_STATUS))
                    .hasMessageContaining("HTTP 500");
        }
    }

    @Test
    void aSlowServerTimesOut() {
        site.route("/slow", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestSite.send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        FetchSettings impatient = new FetchSettings("Storyline/0.1", true, Duration.ZERO, Duration.ofSeconds(1),
                Duration.ofMillis(300), 100_000);
        try (Fetcher fetcher = new Fetcher(impatient)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> fetcher.fetch(URI.create(site.url("/slow"))))
                    .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aDeadPortIsANetworkError() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            // robots.txt is unreachable too, so the page is refused on robots grounds or as a network error
            assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + deadPort + "/news")))
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("127.0.0.1:" + deadPort);
        }
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            for (String url : new String[]{"file:///etc/passwd", "ftp://example.org/x", "gopher://x/"}) {
                assertThatThrownBy(() -> fetcher.fetch(URI.create(url)))
                        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(FetchException.Reason.BAD_URL));
            }
        }
    }

    @Test
    void requestsToOneHostKeepThePolitenessDelay() throws Exception {
        site.page("/a", 200, "text/html", PAGE);
        site.page("/b", 200, "text/html", PAGE);
        FetchSettings polite = new FetchSettings("Storyline/0.1", true, Duration.ofMillis(400),
                Duration.ofSeconds(2), Duration.ofSeconds(3), 100_000);
        try (Fetcher fetcher = new Fetcher(polite)) {
            fetcher.fetch(URI.create(site.url("/a")));
            fetcher.fetch(URI.create(site.url("/b")));
        }
        var requests = site.requests();
        assertThat(requests).extracting(TestSite.Request::path).containsExactly("/robots.txt", "/a", "/b");
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).nanoTime() - requests.get(i - 1).nanoTime();
            assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        }
    }

    @Test
    void aCrawlDelayLongerThanOurOwnDelayIsHonoured() throws Exception {
        site.page("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 0.4\n");
        site.page("/a", 200, "text/html", PAGE);
        site.page("/b", 200, "text/html", PAGE);
        try (Fetcher fetcher = new Fetcher(TestSettings.open())) {
            fetcher.fetch(URI.create(site.url("/a")));
            fetcher.fetch(URI.create(site.url("/b")));
        }
        var requests = site.requests();
        assertThat(requests).extracting(TestSite.Request::path).containsExactly("/robots.txt", "/a", "/b");
        assertThat(Duration.ofNanos(requests.get(2).nanoTime() - requests.get(1).nanoTime()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(350));
    }

    private static byte[] compress(String text, boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
