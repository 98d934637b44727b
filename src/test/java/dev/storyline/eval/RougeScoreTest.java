package dev.storyline.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RougeScoreTest {

    @Test
    void stemsAsTheOriginalPorterAlgorithm() {
        // expected stems as the reference scorer's Porter (1980) gives them
        assertThat(List.of("caresses", "ponies", "relational", "generalizations", "hopping", "filing", "agreed",
                "conditional", "adjustment", "happy", "oscillators", "logically").stream().map(PorterStemmer::stem))
                .containsExactly("caress", "poni", "relat", "gener", "hop", "file", "agre", "condit", "adjust",
                        "happi", "oscil", "logic");
    }

    @Test
    void tokenisesLikeTheReferenceScorer() {
        assertThat(RougeScore.tokens("The U.S. Navy said 3 pirates were seized on Tuesday, officials reported."))
                .containsExactly("the", "u", "s", "navi", "said", "3", "pirat", "were", "seiz", "on", "tuesdai",
                        "offici", "report");
    }

    @Test
    void scoresOverlapAsTheReferenceScorer() {
        RougeScore.Scores s = RougeScore.score(RougeScore.tokens("the cat sat on the mat"),
                RougeScore.tokens("the cat lay on the mat today"));
        assertThat(s.rouge1().recall()).isCloseTo(0.8333, within(1e-4));
        assertThat(s.rouge1().f1()).isCloseTo(0.7692, within(1e-4));
        assertThat(s.rouge2().f1()).isCloseTo(0.5455, within(1e-4));
        assertThat(s.rougeL().f1()).isCloseTo(0.7692, within(1e-4));
    }

    @Test
    void splitsBaselineSentencesButKeepsAbbreviationsAndInitials() {
        assertThat(SummaryBaselines.sentences("Mr. Smith went to Washington. He said \"No.\" Then 3 men left! U.S. officials agreed. A. B. Jones too."))
                .containsExactly("Mr. Smith went to Washington.", "He said \"No.\" Then 3 men left!", "U.S. officials agreed.",
                        "A. B. Jones too.");
    }

    @Test
    void leadTakesTheFirstSentenceOfEachArticleInTurnCutToTheLength() {
        var pool = SummaryBaselines.pool(List.of(
                "Storm floods the old town harbour today. Boats were lost in the night.",
                "Rescue crews reached the flooded harbour by noon. Schools stay closed all week."));
        assertThat(SummaryBaselines.lead(pool, 10)).containsExactly("storm", "flood", "the", "old", "town",
                "harbour", "todai", "rescu", "crew", "reach");
    }
}
