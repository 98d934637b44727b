package dev.storyline.ingest.feed;

import dev.storyline.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedParserTest {

    @Test
    void rss2ItemsCarryLinkGuidDateAuthorAndFullContent() throws Exception {
        Feed feed = FeedParser.parse(Fixtures.bytes("feed/rss2.xml"), null, null);
        assertThat(feed.title()).isEqualTo("Portvale Gazette");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().getFirst();
        assertThat(first.link()).isEqualTo("https://gazette.example/news/breakwater-reopens");
        assertThat(first.guid()).isEqualTo("gazette-1001");
        assertThat(first.title()).isEqualTo("Breakwater to reopen within two weeks");
        assertThat(first.published().instant()).isEqualTo(Instant.parse("2025-03-04T09:30:00Z"));
        assertThat(first.author()).isEqualTo("Anna Berg");
        assertThat(first.language()).isEqualTo("en-gb");
        assertThat(first.bodyIsHtml()).isTrue();
        assertThat(first.body()).contains("Mira Olsen").doesNotContain("Divers found the foundations intact.");
        assertThat(first.isSummaryOnly()).isFalse();

        FeedItem second = feed.items().get(1);
        assertThat(second.published().instant()).isEqualTo(Instant.parse("2025-03-05T13:00:00Z"));
        assertThat(second.body()).isEqualTo("<p>The regional council meets on Friday.</p>");
        assertThat(second.isSummaryOnly()).isTrue();
    }

    @Test
    void rss1ItemsUseDublinCoreDatesAndCreators() throws Exception {
        Feed feed = FeedParser.parse(Fixtures.bytes("feed/rss1.rdf"), null, null);
        assertThat(feed.title()).isEqualTo("Northern Wire");
        FeedItem item = feed.items().getFirst();
        assertThat(item.link()).isEqualTo("https://wire.example/2025/03/ferry-strike");
        assertThat(item.published().instant()).isEqualTo(Instant.parse("2025-03-10T08:15:00Z"));
        assertThat(item.author()).isEqualTo("Lars Dahl");
        assertThat(item.body()).startsWith("Ferry crews");
        assertThat(item.bodyIsHtml()).isFalse();
    }

    @Test
    void atomEntriesFallBackToUpdatedAndResolveRelativeLinksAgainstTheFeedLocation() throws Exception {
        Feed feed = FeedParser.parse(Fixtures.bytes("feed/atom.atom"), "application/atom+xml",
                URI.create("https://courrier.example/feeds/all.atom"));
        assertThat(feed.title()).isEqualTo("Le Courrier du Port");
        FeedItem digue = feed.items().getFirst();
        assertThat(digue.guid()).isEqualTo("tag:courrier.example,2025:digue");
        assertThat(digue.published().instant()).isEqualTo(Instant.parse("2025-03-06T08:00:00Z"));
        assertThat(digue.author()).isEqualTo("Claire Martin");
        assertThat(digue.bodyIsHtml()).isTrue();
        assertThat(digue.body()).isEqualTo("<p>Les plongeurs ont trouvé les fondations intactes.</p>");
        FeedItem plain = feed.items().get(1);
        assertThat(plain.link()).isEqualTo("https://courrier.example/plain");
        assertThat(plain.published().instant()).isEqualTo(Instant.parse("2025-03-07T12:00:00Z"));
        assertThat(plain.bodyIsHtml()).isFalse();
    }

    @Test
    void jsonFeedItemsAreRead() throws Exception {
        Feed feed = FeedParser.parse(Fixtures.bytes("feed/jsonfeed.json"), null, null);
        assertThat(feed.title()).isEqualTo("Harbour Notes");
        FeedItem first = feed.items().getFirst();
        assertThat(first.source()).isEqualTo("https://notes.example/1");
        assertThat(first.guid()).isEqualTo("n-1");
        assertThat(first.author()).isEqualTo("Tom Lee");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.bodyIsHtml()).isTrue();
        assertThat(first.published().instant()).isEqualTo(Instant.parse("2025-03-03T17:00:00Z"));
        FeedItem second = feed.items().get(1);
        assertThat(second.link()).isNull();
        assertThat(second.source()).isEqualTo("n-2");
        assertThat(second.author()).isEqualTo("Desk");
        assertThat(second.published().pageForm()).isEqualTo("2025-03-04");
        assertThat(second.bodyIsHtml()).isFalse();
    }

    @Test
    void malformedFeedsAreReportedNotThrownAsRuntimeErrors() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("feed/malformed.rss"), null, null))
                .isInstanceOf(MalformedFeedException.class).hasMessageContaining("RSS or Atom");
        assertThatThrownBy(() -> FeedParser.parse("{\"version\":\"https://jsonfeed.org/version/1\",".getBytes(StandardCharsets.UTF_8), null, null))
                .isInstanceOf(MalformedFeedException.class).hasMessageContaining("JSON Feed");
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], null, null)).isInstanceOf(MalformedFeedException.class);
    }

    @Test
    void externalEntitiesAreNeverExpanded() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title>
                <item><title>x</title><link>https://a.example/</link><description>d</description></item>
                </channel></rss>
                """;
        assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), null, null))
                .isInstanceOf(MalformedFeedException.class);
    }

    @Test
    void anItemEndingInReadMoreIsATeaserEvenWhenLong() {
        String teaser = "<p>" + "Word ".repeat(200) + "</p><p>Read more</p>";
        assertThat(new FeedItem("https://a.example/1", null, null, null, null, null, teaser, true).isSummaryOnly()).isTrue();
        String article = "<p>" + "Word ".repeat(200) + "and the end.</p>";
        assertThat(new FeedItem("https://a.example/1", null, null, null, null, null, article, true).isSummaryOnly()).isFalse();
        assertThat(new FeedItem("https://a.example/1", null, null, null, null, null, null, false).isSummaryOnly()).isTrue();
    }
}
