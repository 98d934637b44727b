package dev.storyline.follow;

import com.sun.net.httpserver.HttpExchange;
import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.feed.FeedItem;
import dev.storyline.ingest.fetch.FetchSettings;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.storyline.follow.FeedFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds that misbehave, served by a real HTTP server on 127.0.0.1 and followed as {@code run} follows them:
 * encodings declared only in the XML prolog, only in the HTTP header, or differently in each; an item far
 * larger than any article; a feed over the size cap; servers that answer slowly or trickle; redirect loops
 * and chains; a redirect into the private network. Each problem is its feed's own, said in plain words on
 * the feed (as the Feeds page shows it), and the other feeds of the same round go on.
 */
class HostileFeedsTest {

    private static final String CYRILLIC_TITLE = "Новости дня";
    private static final String CYRILLIC_ITEM = "Землетрясение в порту";
    private static final String JAPANESE_TITLE = "今日のニュース";
    private static final String JAPANESE_ITEM = "港で地震が発生";
    private static final PollPolicy POLICY = FeedFixtures.POLICY;

    private static TestSite site;
    private static Storyline storyline;

    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final List<FeedDelivery> delivered = new CopyOnWriteArrayList<>();
    private StoryStore store;
    private Fetcher fetcher;
    private FeedFollower follower;

    @BeforeAll
    static void start() {
        site = new TestSite();
        FeedFixtures.serveArticles(site);
        site.page("/good.xml", 200, "application/rss+xml",
                FeedFixtures.rss(site, "Harbour Times", "quake-harbour-times.html"));
        storyline = Storyline.standard(IngestOptions.defaults().withAllowPrivateNetworks(true).withPolitenessDelay(Duration.ZERO));
    }

    @AfterAll
    static void stop() {
        storyline.close();
        site.close();
    }

    @AfterEach
    void close() throws InterruptedException {
        if (follower != null) {
            follower.close();
        }
        fetcher.close();
        store.close();
    }

    private static FetchSettings settings(long maxBytes, Duration readTimeout, List<String> allowedPrivateHosts) {
        return new FetchSettings("Storyline/0.1 (test)", allowedPrivateHosts == null, Duration.ZERO,
                Duration.ofSeconds(2), readTimeout, maxBytes, allowedPrivateHosts == null ? List.of() : allowedPrivateHosts);
    }

    private static FetchSettings open() {
        return settings(10L * 1024 * 1024, Duration.ofSeconds(3), null);
    }

    /** Follows the feeds at these addresses (paths on the test site, or whole URLs) with these settings. */
    private void follow(FetchSettings settings, String... addresses) {
        follow(settings, FollowLog.text(), addresses);
    }

    private void follow(FetchSettings settings, FollowLog log, String... addresses) {
        store = StoryStore.open(data);
        fetcher = new Fetcher(settings);
        Subscriptions subscriptions = new Subscriptions(store);
        for (String a : addresses) {
            subscriptions.add(a.startsWith("http") ? a : site.url(a), null, null, clock.instant(), POLICY.initialInterval());
        }
        InMemoryDeliveryQueue inner = new InMemoryDeliveryQueue(64);
        DeliveryQueue recording = new DeliveryQueue() {
            @Override
            public void put(FeedDelivery delivery) throws InterruptedException {
                delivered.add(delivery);
                inner.put(delivery);
            }

            @Override
            public List<FeedDelivery> take(int max, Duration wait) throws InterruptedException {
                return inner.take(max, wait);
            }

            @Override
            public int depth() {
                return inner.depth();
            }
        };
        follower = new FeedFollower(subscriptions, fetcher, storyline, recording, POLICY, 4, clock, log);
    }

    private Subscription feed(String address) {
        return new Subscriptions(store).find(address.startsWith("http") ? address : site.url(address)).orElseThrow();
    }

    private List<FeedItem> itemsOf(String address) {
        String url = address.startsWith("http") ? address : site.url(address);
        return delivered.stream().filter(d -> d.feedUrl().equals(url)).flatMap(d -> d.feed().items().stream()).toList();
    }

    private static byte[] rss(String prolog, String title, String itemTitle, Charset charset) {
        return (prolog + "\n<rss version=\"2.0\"><channel><title>" + title + "</title><link>http://news.example/</link>"
                + "<description>test</description><item><title>" + itemTitle + "</title>"
                + "<guid isPermaLink=\"false\">urn:test:" + Math.abs(itemTitle.hashCode()) + "</guid>"
                + "<description>" + itemTitle + ".</description></item></channel></rss>\n").getBytes(charset);
    }

    @Test
    void aFeedDeclaringItsEncodingOnlyInTheXmlPrologIsReadInIt() throws InterruptedException {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] feed = rss("<?xml version=\"1.0\" encoding=\"windows-1251\"?>", CYRILLIC_TITLE, CYRILLIC_ITEM, cp1251);
        // text/xml without a charset is the worst case: RFC 3023 would read it as US-ASCII.
        site.page("/prolog-text.xml", 200, "text/xml", feed);
        site.page("/prolog-app.xml", 200, "application/rss+xml", feed);
        follow(open(), "/prolog-text.xml", "/prolog-app.xml");

        follower.pollRound();

        for (String path : List.of("/prolog-text.xml", "/prolog-app.xml")) {
            assertThat(feed(path).state().lastError()).as(path).isNull();
            assertThat(feed(path).title()).as(path).isEqualTo(CYRILLIC_TITLE);
            assertThat(itemsOf(path)).as(path).extracting(FeedItem::title).containsExactly(CYRILLIC_ITEM);
        }
    }

    @Test
    void aFeedDeclaringItsEncodingOnlyInTheHttpHeaderIsReadInIt() throws InterruptedException {
        site.page("/header-only.xml", 200, "application/rss+xml; charset=Shift_JIS",
                rss("<?xml version=\"1.0\"?>", JAPANESE_TITLE, JAPANESE_ITEM, Charset.forName("Shift_JIS")));
        site.page("/header-only-text.xml", 200, "text/xml; charset=Shift_JIS",
                rss("", JAPANESE_TITLE, JAPANESE_ITEM, Charset.forName("Shift_JIS")));
        follow(open(), "/header-only.xml", "/header-only-text.xml");

        follower.pollRound();

        for (String path : List.of("/header-only.xml", "/header-only-text.xml")) {
            assertThat(feed(path).state().lastError()).as(path).isNull();
            assertThat(feed(path).title()).as(path).isEqualTo(JAPANESE_TITLE);
            assertThat(itemsOf(path)).as(path).extracting(FeedItem::title).containsExactly(JAPANESE_ITEM);
        }
    }

    @Test
    void whenHeaderAndPrologDisagreeTheDeclarationTheBytesBearOutWins() throws InterruptedException {
        // The header says UTF-8, but the bytes are windows-1251 as the prolog says (a server's default charset).
        site.page("/says-utf8.xml", 200, "application/rss+xml; charset=utf-8",
                rss("<?xml version=\"1.0\" encoding=\"windows-1251\"?>", CYRILLIC_TITLE, CYRILLIC_ITEM, Charset.forName("windows-1251")));
        // The header says windows-1251, but the bytes are the UTF-8 the prolog declares.
        site.page("/says-1251.xml", 200, "text/xml; charset=windows-1251",
                rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", CYRILLIC_TITLE, CYRILLIC_ITEM, StandardCharsets.UTF_8));
        // Two legacy charsets: the prolog's, unless the bytes are not valid in it (Shift_JIS bytes are not EUC-JP).
        site.page("/says-sjis.xml", 200, "application/xml; charset=Shift_JIS",
                rss("<?xml version=\"1.0\" encoding=\"EUC-JP\"?>", JAPANESE_TITLE, JAPANESE_ITEM, Charset.forName("Shift_JIS")));
        // A server-wide default charset on a windows-1251 feed that says so itself.
        site.page("/says-latin1.xml", 200, "text/xml; charset=ISO-8859-1",
                rss("<?xml version=\"1.0\" encoding=\"windows-1251\"?>", CYRILLIC_TITLE, CYRILLIC_ITEM, Charset.forName("windows-1251")));
        follow(open(), "/says-utf8.xml", "/says-1251.xml", "/says-sjis.xml", "/says-latin1.xml");

        follower.pollRound();

        for (String path : List.of("/says-utf8.xml", "/says-1251.xml", "/says-latin1.xml")) {
            assertThat(feed(path).state().lastError()).as(path).isNull();
            assertThat(feed(path).title()).as(path).isEqualTo(CYRILLIC_TITLE);
            assertThat(itemsOf(path)).as(path).extracting(FeedItem::title).containsExactly(CYRILLIC_ITEM);
        }
        assertThat(feed("/says-sjis.xml").title()).isEqualTo(JAPANESE_TITLE);
    }

    @Test
    void aHugeItemIsCutToTheItemCapWithAProblemAndTheRestOfTheFeedIsKept() throws InterruptedException {
        String huge = "The harbour crane collapsed during the storm. ".repeat(70_000); // about 3.2 MB
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Big</title>"
                + "<link>http://news.example/</link><description>d</description>"
                + "<item><title>First</title><guid isPermaLink=\"false\">urn:t:1</guid><description>One.</description></item>"
                + "<item><title>Enormous</title><guid isPermaLink=\"false\">urn:t:2</guid><description>" + huge + "</description></item>"
                + "<item><title>Last</title><guid isPermaLink=\"false\">urn:t:3</guid><description>Three.</description></item>"
                + "</channel></rss>";
        site.page("/huge-item.xml", 200, "application/rss+xml", xml);
        follow(open(), "/huge-item.xml", "/good.xml");

        follower.pollRound();

        List<FeedItem> items = itemsOf("/huge-item.xml");
        assertThat(items).extracting(FeedItem::title).containsExactly("First", "Enormous", "Last");
        assertThat(items.get(1).body().length()).isLessThanOrEqualTo(dev.storyline.ingest.feed.FeedParser.MAX_ITEM_CHARS)
                .isGreaterThan(100_000);
        Subscription big = feed("/huge-item.xml");
        assertThat(big.state().lastOutcome()).isEqualTo("FETCHED");
        assertThat(big.state().lastError()).contains("'Enormous'").contains("cut");
        assertThat(feed("/good.xml").state().lastError()).isNull();
    }

    @Test
    void aFeedOverTheSizeCapIsRefusedInPlainWordsAndTheOthersGoOn() throws InterruptedException {
        site.page("/too-big.xml", 200, "application/rss+xml", "<rss>" + "x".repeat(2 * 1024 * 1024) + "</rss>");
        follow(settings(1024 * 1024, Duration.ofSeconds(3), null), "/too-big.xml", "/good.xml");

        follower.pollRound();

        assertThat(feed("/too-big.xml").state().lastError()).startsWith("the feed is too large");
        assertThat(feed("/good.xml").state().lastError()).isNull();
        assertThat(itemsOf("/good.xml")).hasSize(1);
    }

    @Test
    void aSlowServerTimesOutIsTriedAgainLaterAndTheOtherFeedsGoOn() throws InterruptedException {
        AtomicBoolean slow = new AtomicBoolean(true);
        byte[] body = bytes(FeedFixtures.rss(site, "Slow Times", "ports-freight-daily.html"));
        site.route("/slow.xml", ex -> {
            if (slow.get()) {
                pause(10_000);
            }
            TestSite.send(ex, 200, "application/rss+xml", body);
        });
        // Headers at once, then a byte every 200 ms: only a budget for the whole response catches this one.
        site.route("/trickle.xml", ex -> trickle(ex, body, slow));
        follow(settings(10L * 1024 * 1024, Duration.ofSeconds(1), null), "/slow.xml", "/trickle.xml", "/good.xml");

        long started = System.nanoTime();
        follower.pollRound();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(seconds).isLessThan(8);
        assertThat(feed("/good.xml").state().lastError()).isNull();
        assertThat(itemsOf("/good.xml")).hasSize(1);
        for (String path : List.of("/slow.xml", "/trickle.xml")) {
            Subscription s = feed(path);
            assertThat(s.state().lastError()).as(path).startsWith("the site took too long to answer");
            assertThat(s.state().nextFetch()).as(path).isAfter(clock.instant());
        }

        slow.set(false);
        clock.advance(Duration.ofHours(1));
        follower.pollRound();

        assertThat(feed("/slow.xml").state().lastError()).isNull();
        assertThat(feed("/trickle.xml").state().lastError()).isNull();
        assertThat(itemsOf("/slow.xml")).hasSize(1);
    }

    @Test
    void redirectLoopsAndLongRedirectChainsAreReportedWithoutHanging() throws InterruptedException {
        site.redirect("/loop-a.xml", 302, "/loop-b.xml");
        site.redirect("/loop-b.xml", 302, "/loop-a.xml");
        for (int i = 0; i < 9; i++) {
            site.redirect("/hop-" + i + ".xml", 302, "/hop-" + (i + 1) + ".xml");
        }
        site.page("/hop-9.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Far", "ports-baltic-ledger.txt"));
        follow(open(), "/loop-a.xml", "/hop-0.xml", "/good.xml");

        long started = System.nanoTime();
        follower.pollRound();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(feed("/loop-a.xml").state().lastError()).startsWith("the feed redirects in a way that cannot be followed")
                .contains("redirect loop").contains("/loop-b.xml");
        assertThat(feed("/hop-0.xml").state().lastError()).contains("more than 5 redirects");
        assertThat(site.paths().stream().filter("/loop-a.xml"::equals).count()).isEqualTo(1);
        assertThat(feed("/good.xml").state().lastError()).isNull();
    }

    @Test
    void aRedirectIntoThePrivateNetworkIsRefusedUnlessThatHostIsAllowed() throws InterruptedException {
        String local = "http://localhost:" + site.port();
        site.redirect("/to-loopback.xml", 302, site.url("/inner.xml"));
        site.redirect("/to-metadata.xml", 302, "http://169.254.169.254/latest/meta-data/");
        site.page("/inner.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Inner", "quake-island-post.txt"));
        // Only the host the feeds are subscribed at is allowed, as a configuration would name an intranet host.
        follow(settings(10L * 1024 * 1024, Duration.ofSeconds(3), List.of("localhost")),
                local + "/to-loopback.xml", local + "/to-metadata.xml");

        follower.pollRound();

        assertThat(feed(local + "/to-loopback.xml").state().lastError())
                .startsWith("the address points into a private network").contains("127.0.0.1");
        assertThat(feed(local + "/to-metadata.xml").state().lastError())
                .startsWith("the address points into a private network").contains("169.254.169.254");
        assertThat(site.paths()).doesNotContain("/inner.xml");
    }

    @Test
    void aPrivateHostNamedInTheSettingsIsFollowedThroughARedirect() throws InterruptedException {
        String local = "http://localhost:" + site.port();
        site.redirect("/to-inner.xml", 302, site.url("/inner-allowed.xml"));
        site.page("/inner-allowed.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Inner", "quake-island-post.txt"));
        follow(settings(10L * 1024 * 1024, Duration.ofSeconds(3), List.of("localhost", "127.0.0.0/8")),
                local + "/to-inner.xml");

        follower.pollRound();

        assertThat(feed(local + "/to-inner.xml").state().lastError()).isNull();
        assertThat(feed(local + "/to-inner.xml").title()).isEqualTo("Inner");
    }

    @Test
    void jsonLogsAreOneObjectPerLineAndTellAFeedsProblemOnceWithItsSource() throws Exception {
        site.route("/down.xml", ex -> {
            ex.getResponseHeaders().add("Retry-After", "60");
            TestSite.send(ex, 503, "text/plain", bytes("maintenance"));
        });
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        FollowLog log = new FollowLog(FollowLog.Format.JSON, new PrintStream(lines, true, StandardCharsets.UTF_8), clock);
        follow(open(), log, "/down.xml", "/good.xml");

        follower.pollRound();
        clock.advance(Duration.ofDays(2));
        follower.pollRound();

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines.toString(StandardCharsets.UTF_8).split("\n")) {
            events.add(json.readTree(line));
        }
        assertThat(events).allSatisfy(e -> assertThat(e.path("time").asText()).startsWith("2026-12-"));
        assertThat(events).filteredOn(e -> e.path("event").asText().equals("fetch")).hasSize(4);
        List<JsonNode> problems = events.stream().filter(e -> e.path("event").asText().equals("problem")).toList();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().path("source").asText()).isEqualTo(site.url("/down.xml"));
        assertThat(problems.getFirst().path("problem").asText()).contains("503");
        assertThat(events).filteredOn(e -> e.path("event").asText().equals("page"))
                .anySatisfy(e -> assertThat(e.path("articles").asInt()).isEqualTo(1));
    }

    private static void trickle(HttpExchange ex, byte[] body, AtomicBoolean slow) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            for (byte b : body) {
                out.write(b);
                if (slow.get()) {
                    out.flush();
                    pause(200);
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
