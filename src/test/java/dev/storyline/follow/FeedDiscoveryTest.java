package dev.storyline.follow;

import dev.storyline.ingest.feed.MalformedFeedException;
import dev.storyline.ingest.feed.Opml;
import dev.storyline.ingest.fetch.FetchSettings;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What `feeds add` makes of a feed URL, a web page that names its feed, an OPML list, and what `feeds export` writes. */
class FeedDiscoveryTest {

    private final TestSite site = new TestSite();
    private final Fetcher fetcher = new Fetcher(new FetchSettings("Storyline/0.1 (test)", true, Duration.ZERO,
            Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20));
    private final FeedDiscovery discovery = new FeedDiscovery(fetcher);

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    @Test
    void aFeedUrlIsTakenWithTheFeedsTitle() {
        site.page("/feed.xml", 200, "application/rss+xml", FeedFixtures.rss(site, "Harbour Times", "a.html"));
        List<FeedDiscovery.Found> found = discovery.resolve(site.url("/feed.xml"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.isFeed()).isTrue();
            assertThat(f.url()).isEqualTo(site.url("/feed.xml"));
            assertThat(f.title()).isEqualTo("Harbour Times");
        });
    }

    @Test
    void aWebPageIsResolvedThroughItsAlternateLink() {
        site.page("/news/", 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>News</title>"
                + "<link rel=\"stylesheet\" href=\"/s.css\" type=\"text/css\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../atom.xml\"></head><body>hi</body></html>");
        site.page("/atom.xml", 200, "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Island Post</title><id>urn:x</id><updated>2026-12-01T00:00:00Z</updated></feed>");
        List<FeedDiscovery.Found> found = discovery.resolve(site.url("/news/"));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.problem()).isNull();
            assertThat(f.url()).isEqualTo(site.url("/atom.xml"));
            assertThat(f.title()).isEqualTo("Island Post");
            assertThat(f.siteUrl()).isEqualTo(site.url("/news/"));
        });
    }

    @Test
    void aPageWithoutAFeedIsRefusedWithTheReason() {
        site.page("/plain/", 200, "text/html", "<!DOCTYPE html><html><head><title>x</title></head><body>no feed</body></html>");
        assertThat(discovery.resolve(site.url("/plain/"))).singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("names no feed"));
    }

    @Test
    void anOpmlFileGivesEveryListedFeedAndRefusesLocalOnes(@TempDir Path dir) throws IOException {
        Path list = dir.resolve("subs.opml");
        Files.writeString(list, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body><outline text=\"News\">"
                + "<outline text=\"A\" xmlUrl=\"https://a.example/feed\"/><outline text=\"B\" xmlUrl=\"b.xml\"/></outline></body></opml>");
        List<FeedDiscovery.Found> found = discovery.resolve(list.toString());
        assertThat(found).extracting(FeedDiscovery.Found::url).containsExactly("https://a.example/feed", "b.xml");
        assertThat(found.get(0).isFeed()).isTrue();
        assertThat(found.get(1).problem()).contains("only http(s) feeds");
    }

    @Test
    void theExportIsOpmlThatReadsBackWithTitlesEscaped() throws MalformedFeedException {
        FetchState state = FetchState.fresh(Instant.EPOCH, Duration.ofMinutes(30));
        List<Subscription> feeds = List.of(
                new Subscription("1", "https://a.example/feed?x=1&y=2", "Tom & Jerry <News>", "https://a.example/", Instant.EPOCH, state),
                new Subscription("2", "https://b.example/rss", null, null, Instant.EPOCH, state));
        String opml = OpmlExport.write(feeds, Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(opml).contains("version=\"2.0\"").contains("<dateCreated>Tue, 1 Dec 2026 00:00:00 GMT</dateCreated>");
        assertThat(Opml.subscriptions(opml.getBytes(StandardCharsets.UTF_8))).containsExactly(
                new Opml.Subscription("Tom & Jerry <News>", "https://a.example/feed?x=1&y=2"),
                new Opml.Subscription("https://b.example/rss", "https://b.example/rss"));
    }
}
