package dev.storyline.ingest;

import dev.storyline.ingest.fetch.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorWebTest {

    private static final String ARTICLE = "<html><body><article><p>The council agreed a fund of 2 million euros.</p></article></body></html>";

    private final TestSite site = new TestSite();
    private final IngestOptions local = IngestOptions.defaults().withAllowPrivateNetworks(true)
            .withPolitenessDelay(Duration.ZERO).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    @AfterEach
    void stop() {
        site.close();
    }

    private void read(IngestOptions options, String... inputs) {
        try (Ingestor ingestor = new Ingestor(options)) {
            ingestor.read(List.of(inputs), documents::add, problems::add);
        }
    }

    /** An RSS feed whose items link back to this site: one full article, one teaser. */
    private String feed() {
        return """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Site News</title><language>en</language>
                <item><title>Fund agreed</title><link>%s</link><guid>fund-1</guid>
                  <pubDate>Fri, 07 Mar 2025 16:00:00 GMT</pubDate><author>desk@site.example (News Desk)</author>
                  <description>The council agreed a fund.</description></item>
                <item><title>Hidden</title><link>%s</link><guid>hidden-2</guid>
                  <description>Only a teaser.</description></item>
                </channel></rss>
                """.formatted(site.url("/news/fund"), site.url("/private/draft"));
    }

    @Test
    void aFeedUrlGivesItsItemsAndFetchesThePagesBehindTeasers() {
        site.page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/feed", 200, "application/rss+xml", feed());
        site.page("/news/fund", 200, "text/html; charset=utf-8", ARTICLE);

        read(local, site.url("/feed"));

        assertThat(documents).hasSize(2);
        RawDocument fetched = documents.get(0);
        assertThat(fetched.source()).isEqualTo(site.url("/news/fund"));
        assertThat(fetched.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(new String(fetched.content(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
        assertThat(fetched.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(fetched.hints().title()).isEqualTo("Fund agreed");
        assertThat(fetched.hints().publisher()).isEqualTo("Site News");
        assertThat(fetched.hints().published().instant()).isEqualTo(Instant.parse("2025-03-07T16:00:00Z"));
        assertThat(fetched.hints().guid()).isEqualTo("fund-1");
        assertThat(fetched.hints().language()).isEqualTo("en");

        // robots.txt forbids the second page: the teaser is kept and the refusal reported
        RawDocument teaser = documents.get(1);
        assertThat(teaser.source()).isEqualTo(site.url("/private/draft"));
        assertThat(new String(teaser.content(), StandardCharsets.UTF_8)).isEqualTo("Only a teaser.");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(site.url("/private/draft"));
            assertThat(p.message()).contains("robots.txt").contains("summary is used");
        });
        assertThat(site.paths()).doesNotContain("/private/draft");
    }

    @Test
    void linkedPagesAreNotFetchedWhenSwitchedOff() {
        site.page("/feed", 200, "text/xml", feed());

        read(local.withFetchLinkedPages(false), site.url("/feed"));

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(d -> new String(d.content(), StandardCharsets.UTF_8))
                .containsExactly("The council agreed a fund.", "Only a teaser.");
        assertThat(site.paths()).containsExactly("/robots.txt", "/feed");
    }

    @Test
    void aPageUrlIsOnePageWhoseSourceIsWhereRedirectsEnded() {
        site.redirect("/short", 301, "/news/fund");
        site.page("/news/fund", 200, "text/html", ARTICLE);

        read(local, site.url("/short"));

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(site.url("/news/fund"));
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.hints()).isEqualTo(DocumentHints.NONE);
        });
    }

    @Test
    void anOpmlUrlReadsEveryListedFeed() {
        site.page("/feed", 200, "application/rss+xml", feed());
        site.page("/atom", 200, "application/atom+xml", Fixtures.bytes("feed/atom.atom"));
        site.page("/list.opml", 200, "text/x-opml", """
                <opml version="2.0"><body>
                  <outline text="site" xmlUrl="/feed"/>
                  <outline text="courrier" xmlUrl="%s"/>
                  <outline text="local file" xmlUrl="file:///etc/passwd"/>
                </body></opml>
                """.formatted(site.url("/atom")));

        read(local.withFetchLinkedPages(false), site.url("/list.opml"));

        // the feeds are read in parallel, so only the order within one feed is fixed
        assertThat(documents).extracting(d -> d.hints().publisher())
                .containsExactlyInAnyOrder("Site News", "Site News", "Le Courrier du Port", "Le Courrier du Port");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("file:///etc/passwd");
            assertThat(p.message()).contains("may only name http(s) feeds");
        });
    }

    @Test
    void deadHostsErrorsAndNonPagesAreReportedAndTheNextInputIsRead() {
        site.page("/broken", 500, "text/html", "oops");
        site.page("/photo.jpg", 200, "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 1});
        site.page("/bad-feed", 200, "application/rss+xml", "<rss><channel><item>");
        site.page("/news/fund", 200, "text/html", ARTICLE);

        read(local, site.url("/broken"), site.url("/photo.jpg"), site.url("/bad-feed"),
                "http://127.0.0.1:1/nothing-listens-here", site.url("/news/fund"));

        assertThat(documents).singleElement().extracting(RawDocument::source).isEqualTo(site.url("/news/fund"));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0).message()).contains("HTTP 500");
        assertThat(problems.get(1).message()).contains("image/jpeg");
        assertThat(problems.get(2).source()).isEqualTo(site.url("/bad-feed"));
        assertThat(problems.get(3).source()).isEqualTo("http://127.0.0.1:1/nothing-listens-here");
    }

    @Test
    void defaultOptionsRefuseTheLocalMachine() {
        site.page("/news/fund", 200, "text/html", ARTICLE);

        read(IngestOptions.defaults(), site.url("/news/fund"));

        assertThat(documents).isEmpty();
        assertThat(problems).singleElement().extracting(IngestProblem::message).asString().contains("loopback");
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aTeaserInAFeedFileDoesNotReachIntoTheLocalMachineByDefault(@TempDir Path temp) throws Exception {
        site.page("/private/draft", 200, "text/html", ARTICLE);
        Path feedFile = temp.resolve("site.rss");
        Files.writeString(feedFile, feed());

        read(IngestOptions.defaults(), feedFile.toString());

        assertThat(documents).extracting(d -> new String(d.content(), StandardCharsets.UTF_8))
                .containsExactly("The council agreed a fund.", "Only a teaser.");
        assertThat(problems).hasSize(2).allSatisfy(p ->
                assertThat(p.message()).contains("linked page not fetched").contains("loopback").contains("summary is used"));
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void theFeedsOfAnOpmlListAreReadInParallelWithRobotsTxtAskedOnce() {
        StringBuilder outlines = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String path = "/slow-feed-" + i;
            String body = """
                    <rss version="2.0"><channel><title>Feed %d</title>
                    <item><title>Item</title><link>https://elsewhere.example/%d</link><description>Teaser %d.</description></item>
                    </channel></rss>""".formatted(i, i, i);
            site.route(path, exchange -> {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestSite.send(exchange, 200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
            });
            outlines.append("<outline xmlUrl=\"").append(path).append("\"/>");
        }
        site.page("/all.opml", 200, "text/x-opml", "<opml version=\"2.0\"><body>" + outlines + "</body></opml>");

        long start = System.nanoTime();
        read(local.withFetchLinkedPages(false), site.url("/all.opml"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(d -> d.hints().publisher()).containsExactlyInAnyOrder(
                "Feed 0", "Feed 1", "Feed 2", "Feed 3", "Feed 4", "Feed 5");
        assertThat(took).isLessThan(Duration.ofMillis(2000)); // one after another would take 3 s
        assertThat(site.paths().stream().filter("/robots.txt"::equals)).hasSize(1);
    }

    @Test
    void pagesBehindTeasersAreFetchedAheadButEmittedInItemOrder() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            int delay = 500 - 100 * i; // the first page is the slowest
            String path = "/story/" + i;
            String page = "<html><body><p>Story " + i + "</p></body></html>";
            site.route(path, exchange -> {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestSite.send(exchange, 200, "text/html", page.getBytes(StandardCharsets.UTF_8));
            });
            items.append("<item><title>Story ").append(i).append("</title><link>").append(site.url(path))
                    .append("</link><description>Teaser.</description></item>");
        }
        site.page("/feed", 200, "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Aggregator</title>" + items + "</channel></rss>");

        long start = System.nanoTime();
        read(local, site.url("/feed"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(d -> new String(d.content(), StandardCharsets.UTF_8)).containsExactly(
                "<html><body><p>Story 0</p></body></html>", "<html><body><p>Story 1</p></body></html>",
                "<html><body><p>Story 2</p></body></html>", "<html><body><p>Story 3</p></body></html>",
                "<html><body><p>Story 4</p></body></html>");
        assertThat(documents).extracting(d -> d.hints().title()).containsExactly(
                "Story 0", "Story 1", "Story 2", "Story 3", "Story 4");
        assertThat(took).isLessThan(Duration.ofMillis(1300)); // one after another would take 1.5 s
    }
}
