package dev.storyline.eval;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.story.StoryPage;
import dev.storyline.story.StorySynthesizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

class StoryEvaluationTest {

    private static SentenceEmbedder embedder;
    private static StoryEvaluation evaluation;

    private static final AnalyzedArticle ONE = analyzed("f1", "Floods sweep the Vale of Brenna", "2026-05-11T08:00:00Z", "Harbour Times",
            "Floods in the Vale of Brenna killed 12 people on Monday, the regional government said.\n\n"
                    + "Rescue teams evacuated 40 families from villages along the Brenna river overnight.");
    private static final AnalyzedArticle TWO = analyzed("f2", "Vale of Brenna floods", "2026-05-11T09:00:00Z", "Island Post",
            "Floods in the Vale of Brenna killed 12 people on Monday, the regional government said.\n\n"
                    + "Schools across the valley will stay closed until the end of the week.");

    @BeforeAll
    static void load() {
        embedder = new SentenceEmbedder();
        evaluation = new StoryEvaluation(null, null, embedder, new StorySynthesizer());
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void aSynthesizedPageIsFullySupportedAndCitesBothSourcesForTheSharedFact() {
        StoryPage page = new StorySynthesizer().synthesize("flood", List.of(ONE, TWO));
        StoryEvaluation.PageScore s = evaluation.score("flood", page, List.of(ONE, TWO), 0, 0, 0);
        assertThat(s.supported()).isEqualTo(s.cited());
        assertThat(s.multiSourceSentences()).isPositive();
        assertThat(s.uncited()).isZero();
    }

    @Test
    void aCitationToASourceThatDoesNotSayItCountsAsUnsupported() {
        StoryPage honest = new StorySynthesizer().synthesize("flood", List.of(ONE, TWO));
        StoryPage forged = new StoryPage("flood", honest.headline(), honest.updated(), 2, 2,
                List.of(new StoryPage.Section("Schools", List.of(new StoryPage.CitedSentence(
                        "Schools across the valley will stay closed until the end of the week.", List.of(1, 2))))),
                List.of(), honest.sources());
        StoryEvaluation.PageScore s = evaluation.score("flood", forged, List.of(ONE, TWO), 0, 0, 0);
        assertThat(s.cited()).isEqualTo(2);
        assertThat(s.supported()).isEqualTo(1);
        assertThat(s.unsupported()).singleElement().asString().startsWith("[1] Schools");
        StoryEvaluation.Summary sum = StoryEvaluation.summarize(List.of(s));
        assertThat(sum.citationSupport()).isEqualTo(0.5);
        assertThat(sum.multiSourceShare()).isEqualTo(1.0);
    }
}
