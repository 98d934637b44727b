package dev.storyline.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebAddressTest {

    @Test
    void validAddressesAreLeftAlone() throws Exception {
        assertThat(WebAddress.parse(" https://news.example/a%20b?q=1#top ")).isEqualTo(URI.create("https://news.example/a%20b?q=1#top"));
    }

    @Test
    void spacesAndOtherIllegalCharactersAreEscaped() throws Exception {
        URI uri = WebAddress.parse("https://news.example/2025/storm damage|photos?tag={x}");
        assertThat(uri.getRawPath()).isEqualTo("/2025/storm%20damage%7Cphotos");
        assertThat(uri.getRawQuery()).isEqualTo("tag=%7Bx%7D");
        assertThat(uri.getHost()).isEqualTo("news.example");
    }

    @Test
    void internationalHostNamesBecomePunycode() throws Exception {
        URI uri = WebAddress.parse("https://bücher.example:8443/straße");
        assertThat(uri.getHost()).isEqualTo("xn--bcher-kva.example");
        assertThat(uri.getPort()).isEqualTo(8443);
        assertThat(uri.toASCIIString()).endsWith("/stra%C3%9Fe");
    }

    @Test
    void hopelessAddressesStillFail() {
        assertThatThrownBy(() -> WebAddress.parse("http://exa mple.com:port/")).isInstanceOf(java.net.URISyntaxException.class);
    }
}
