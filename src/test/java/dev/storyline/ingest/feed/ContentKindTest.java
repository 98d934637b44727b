package dev.storyline.ingest.feed;

import dev.storyline.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ContentKindTest {

    private static ContentKind sniff(String text) {
        return ContentKind.sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void feedsAreToldApartByTheirRootElement() {
        assertThat(ContentKind.sniff(Fixtures.bytes("feed/rss2.xml"))).isEqualTo(ContentKind.RSS);
        assertThat(ContentKind.sniff(Fixtures.bytes("feed/rss1.rdf"))).isEqualTo(ContentKind.RSS_RDF);
        assertThat(ContentKind.sniff(Fixtures.bytes("feed/atom.atom"))).isEqualTo(ContentKind.ATOM);
        assertThat(ContentKind.sniff(Fixtures.bytes("feed/jsonfeed.json"))).isEqualTo(ContentKind.JSON_FEED);
        assertThat(ContentKind.sniff(Fixtures.bytes("feed/subscriptions.opml"))).isEqualTo(ContentKind.OPML);
    }

    @Test
    void commentsDeclarationsAndByteOrderMarksAreSkipped() {
        assertThat(sniff("\uFEFF<?xml version=\"1.0\"?>\n<!-- generated --><?xml-stylesheet href=\"a.xsl\"?>\n<rss version=\"2.0\">"))
                .isEqualTo(ContentKind.RSS);
        assertThat(sniff("  <!DOCTYPE html><html><body>")).isEqualTo(ContentKind.HTML);
        assertThat(sniff("<html lang=\"en\">")).isEqualTo(ContentKind.HTML);
    }

    @Test
    void otherDocumentsAreNotFeeds() {
        assertThat(sniff("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")).isEqualTo(ContentKind.OTHER);
        assertThat(sniff("{\"id\": \"a\", \"text\": \"b\"}")).isEqualTo(ContentKind.OTHER);
        assertThat(sniff("plain words")).isEqualTo(ContentKind.OTHER);
    }

    @Test
    void declaredTypeDecidesOnlyWhenSniffingFindsNothingSpecific() {
        byte[] rss = Fixtures.bytes("feed/rss2.xml");
        assertThat(ContentKind.of("text/html", rss)).isEqualTo(ContentKind.RSS);
        assertThat(ContentKind.of("application/xhtml+xml", "<p>x</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo(ContentKind.HTML);
        assertThat(ContentKind.of("application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))).isEqualTo(ContentKind.OTHER);
    }
}
