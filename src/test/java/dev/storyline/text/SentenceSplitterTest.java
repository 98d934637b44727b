package dev.storyline.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsAbbreviatedDatesAndAmountsInsideOneSentence() {
        List<Sentence> s = splitter.split("The deal, worth $1.2 billion, closed on Jan. 13 in New York. Shares rose 4.5 percent.");
        assertThat(s).extracting(Sentence::text).containsExactly(
                "The deal, worth $1.2 billion, closed on Jan. 13 in New York.", "Shares rose 4.5 percent.");
    }

    @Test
    void numbersSentencesAcrossParagraphsAndRemembersTheParagraph() {
        List<Sentence> s = splitter.split("First one. Second one.\n\nThird\nline wrapped.");
        assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        assertThat(s.get(2).text()).isEqualTo("Third line wrapped.");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(splitter.split("  \n\n ")).isEmpty();
    }
}
