package dev.storyline.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void keepsAbbreviatedDatesAndAmountsInsideOneSentence() {
        assertThat(texts("The deal, worth $1.2 billion, closed on Jan. 13 in New York. Shares rose 4.5 percent.")).containsExactly(
                "The deal, worth $1.2 billion, closed on Jan. 13 in New York.", "Shares rose 4.5 percent.");
    }

    @Test
    void aTimeBeforeItsDayStaysInTheSentence() {
        assertThat(texts("She was arrested around 10:24 a.m. Friday and charged with two counts of murder. Bail was denied."))
                .containsExactly("She was arrested around 10:24 a.m. Friday and charged with two counts of murder.", "Bail was denied.");
    }

    @Test
    void aTimeAtTheEndOfASentenceStillEndsIt() {
        assertThat(texts("He made the call around 10:30 a.m. Oregon State Police arrived an hour later."))
                .containsExactly("He made the call around 10:30 a.m.", "Oregon State Police arrived an hour later.");
    }

    @Test
    void tokenisedTimesAndDecimalsAreClosedAndNotCut() {
        assertThat(texts("Around 1: 30 a. m. Friday, she checked in. He saw a crater about two metres (6. 6 feet) wide. "
                + "Jewels worth $2. 6 million were taken. The camp holds 20, 000 refugees."))
                .containsExactly("Around 1:30 a.m. Friday, she checked in.", "He saw a crater about two metres (6.6 feet) wide.",
                        "Jewels worth $2.6 million were taken.", "The camp holds 20,000 refugees.");
    }

    @Test
    void titlesAndInitialsDoNotEndASentence() {
        assertThat(texts("Lt. Gen. David Petraeus met Gov. Jerry Brown. The gunman, John F. Kennedy of Boston, fled."))
                .containsExactly("Lt. Gen. David Petraeus met Gov. Jerry Brown.", "The gunman, John F. Kennedy of Boston, fled.");
    }

    @Test
    void aPieceThatOpensInLowerCaseOrInsideParenthesesContinuesTheSentence() {
        assertThat(SplitRepair.join(List.of("He left Newport Beach, Calif.", "on Thursday with his lawyer.", "Then he left.")))
                .containsExactly("He left Newport Beach, Calif. on Thursday with his lawyer.", "Then he left.");
        assertThat(SplitRepair.join(List.of("The crater was two metres (6.", "6 feet) wide.", "Nobody was hurt.")))
                .containsExactly("The crater was two metres (6. 6 feet) wide.", "Nobody was hurt.");
        assertThat(SplitRepair.join(List.of("The plan was called Plan B.", "The vote failed.")))
                .containsExactly("The plan was called Plan B.", "The vote failed.");
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
