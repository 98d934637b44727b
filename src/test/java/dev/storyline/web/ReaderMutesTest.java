package dev.storyline.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderMutesTest {

    @Test
    void aCookieRoundTripsNamesWithSpacesAmpersandsAndAccents() {
        ReaderMutes m = new ReaderMutes(List.of("Smith & Sons", "Le Monde"), List.of("café", "a=b"));
        ReaderMutes back = ReaderMutes.fromCookie(m.toCookie());
        assertThat(back).isEqualTo(m);
        assertThat(m.toCookie()).doesNotContain(" ").doesNotContain(";").doesNotContain(",");
    }

    @Test
    void aDamagedCookieKeepsWhatItCanRead() {
        ReaderMutes m = ReaderMutes.fromCookie("p=Good&p=%zz&junk&x=1&w=word");
        assertThat(m.publishers()).containsExactly("Good");
        assertThat(m.words()).containsExactly("word");
        assertThat(ReaderMutes.fromCookie(null).isEmpty()).isTrue();
    }

    @Test
    void entriesAreTrimmedDeduplicatedAndBounded() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add("Publisher " + i);
        }
        many.add(0, "  publisher 1 ");
        many.add("x".repeat(ReaderMutes.MAX_LENGTH + 1));
        ReaderMutes m = new ReaderMutes(many, List.of("", "  "));
        assertThat(m.publishers()).hasSize(ReaderMutes.MAX_ENTRIES).startsWith("publisher 1", "Publisher 0", "Publisher 2");
        assertThat(m.words()).isEmpty();
    }

    @Test
    void aMutedWordMatchesWholeWordsOnly() {
        var page = StoryServerTest.summit();
        assertThat(ReaderMutes.fromLines(null, "Nara").hides(page)).isTrue();
        assertThat(ReaderMutes.fromLines(null, "Nar").hides(page)).isFalse();
        assertThat(ReaderMutes.fromLines(null, "SEOUL AND TOKYO").hides(page)).isTrue();
    }
}
