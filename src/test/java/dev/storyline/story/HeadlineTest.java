package dev.storyline.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTest {

    @Test
    void removesTheSiteNameFromASourceHeadline() {
        assertThat(Headline.clean("Baltreed to acquire Kestrel Terminals in $1.2bn deal - Freight Daily", "Freight Daily"))
                .isEqualTo("Baltreed to acquire Kestrel Terminals in $1.2bn deal");
        assertThat(Headline.clean("Strong earthquake shakes Kefalonia, damaging homes | Harbour Times", null))
                .isEqualTo("Strong earthquake shakes Kefalonia, damaging homes");
    }

    @Test
    void aLongSentenceIsCutAtAClauseOrVisiblyAtAWord() {
        String longFact = "Bettie Page, the pin-up model whose photographs defined an era of American glamour, died on Thursday"
                + " of pneumonia at a Los Angeles area hospital, her longtime agent said.";
        String h = Headline.shorten(longFact);
        assertThat(h.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
        assertThat(longFact).startsWith(h.replace("…", ""));
        assertThat(Headline.shorten("A ".repeat(80) + "end.")).endsWith("…");
    }
}
