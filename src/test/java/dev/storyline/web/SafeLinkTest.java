package dev.storyline.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/a?b=1#c", "http://news.example/", "HTTPS://NEWS.EXAMPLE/X"})
    void webUrlsBecomeLinks(String url) {
        assertThat(SafeLink.href(url)).contains(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,hi", "vbscript:x", "mailto:a@b.example", "/relative/path", "//evil.example/x",
            "record-42", "http:opaque", "http:/no-host", "file:///data/articles/a.html", "FILE:/etc/passwd", "", " "})
    void everythingElseStaysText(String url) {
        assertThat(SafeLink.href(url)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsNotALink() {
        assertThat(SafeLink.href(null)).isEmpty();
    }
}
