package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    @Test
    void splitsWordsAsPythonsUnicodeWordClassDoes() {
        // Python: re.findall(r'\w+', ...) gives exactly these; a combining accent splits a word there.
        assertThat(ExtractionScore.words("naïve café_au 3½ 東京 cafe\u0301s x²"))
                .containsExactly("naïve", "café_au", "3½", "東京", "cafe", "s", "x²");
    }

    @Test
    void scoresOnePageByItsShingles() {
        // truth shingles: (a b c d) (b c d e); predicted: (a b c d) (b c d x) -> tp 1, fp 1, fn 1.
        ExtractionScore.PageScore s = ExtractionScore.page("a b c d e", "a b, c d x");
        assertThat(s.tp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.fp()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.fn()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void countsRepeatedShingles() {
        // truth: (a b c d) twice, (b c d a), (c d a b), (d a b c); predicted: (a b c d) once -> tp 1, fn 4.
        ExtractionScore.PageScore s = ExtractionScore.page("a b c d a b c d", "a b c d");
        assertThat(s.tp()).isCloseTo(1 / 5.0, within(1e-12));
        assertThat(s.fp()).isZero();
        assertThat(s.fn()).isCloseTo(4 / 5.0, within(1e-12));
    }

    @Test
    void aShortTextIsOneShorterShingle() {
        ExtractionScore.PageScore s = ExtractionScore.page("one two", "one two");
        assertThat(s.tp()).isEqualTo(1.0);
        assertThat(ExtractionScore.page("one two", "one two three four five").tp()).isZero();
    }

    @Test
    void averagesPagesTheBenchmarksWay() {
        ExtractionScore.PageScore half = ExtractionScore.page("a b c d e", "a b c d x");
        ExtractionScore.PageScore missed = ExtractionScore.page("w x y z", "");
        ExtractionScore.PageScore bothEmpty = ExtractionScore.page("", "");
        ExtractionScore.Summary s = ExtractionScore.summarize(List.of(half, missed, bothEmpty));
        // precision over pages that predicted or had to find something with tp+fp>0: only "half" -> 0.5;
        // recall over pages with tp+fn>0: "half" 0.5 and "missed" 0 -> 0.25; F1 = 2*0.5*0.25/0.75.
        assertThat(s.pages()).isEqualTo(3);
        assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.25, within(1e-12));
        assertThat(s.f1()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void aPerfectPredictionScoresOne() {
        ExtractionScore.Summary s = ExtractionScore.summarize(List.of(
                ExtractionScore.page("The storm hit the coast on Monday.", "The storm hit the coast on Monday.")));
        assertThat(s.f1()).isEqualTo(1.0);
    }
}
