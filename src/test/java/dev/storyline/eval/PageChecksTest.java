package dev.storyline.eval;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageChecksTest {

    @Test
    void aHeadingMadeOfTheFirstWordsOfItsSentenceIsCountedAsAPrefix() {
        StoryPage.CitedSentence s = new StoryPage.CitedSentence("An earthquake with a magnitude of 6.4 struck Kefalonia.", List.of(1));
        assertThat(PageChecks.isPrefix(new StoryPage.Section("An earthquake with a magnitude", List.of(s)))).isTrue();
        assertThat(PageChecks.isPrefix(new StoryPage.Section("Kefalonia earthquake damages homes", List.of(s)))).isFalse();
    }

    @Test
    void aHeadingThatOpensItsSentenceButForTheArticleIsAPrefixToo() {
        StoryPage.CitedSentence s = new StoryPage.CitedSentence("A man charged with murder was held without bail.", List.of(1));
        assertThat(PageChecks.isPrefix(new StoryPage.Section("Man charged with murder", List.of(s)))).isTrue();
    }

    @Test
    void theSimpleDetectorFlagsCutSentencesCaptionsAndDanglingOpenings() {
        FragmentDetector d = FragmentDetector.SIMPLE;
        assertThat(d.isFragment("Friday and charged with two counts of first degree", List.of())).isTrue();
        assertThat(d.isFragment("6 feet) wide and 40 centimetres deep.", List.of())).isTrue();
        assertThat(d.isFragment("a crater about two metres (6.", List.of())).isTrue();
        assertThat(d.isFragment("Takaichi, right, and Lee Jae Myung, left, hold their meeting in Nara.", List.of())).isTrue();
        assertThat(d.isFragment("This cooperative policy will continue next year, officials said.", List.of())).isTrue();
        assertThat(d.isFragment("Police arrested the suspect around 10:24 a.m. on Friday.", List.of())).isFalse();
    }
}
