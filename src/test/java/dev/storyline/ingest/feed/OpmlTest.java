package dev.storyline.ingest.feed;

import dev.storyline.ingest.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpmlTest {

    @Test
    void nestedOutlinesWithFeedAddressesAreListedInOrder() throws Exception {
        assertThat(Opml.subscriptions(Fixtures.bytes("feed/subscriptions.opml"))).containsExactly(
                new Opml.Subscription("Portvale Gazette", "rss2.xml"),
                new Opml.Subscription("Le Courrier", "atom.atom"));
    }

    @Test
    void brokenOrForeignDocumentsAreRefused() {
        assertThatThrownBy(() -> Opml.subscriptions("<opml><body>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedFeedException.class);
        assertThatThrownBy(() -> Opml.subscriptions("<rss/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedFeedException.class).hasMessageContaining("<rss>");
        assertThatThrownBy(() -> Opml.subscriptions(
                "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><opml>&x;</opml>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedFeedException.class);
    }
}
