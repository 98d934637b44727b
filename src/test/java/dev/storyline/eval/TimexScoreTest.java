package dev.storyline.eval;

import dev.storyline.eval.TimeMlDocument.Timex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimexScoreTest {

    private static final String TEXT = "He left two weeks ago and returns on Friday, said aides.";

    private static TimeMlDocument doc(List<Timex> gold) {
        return new TimeMlDocument("d", null, null, TEXT, gold);
    }

    @Test
    void exactSpanIsStrictOverlapIsRelaxedAndValueCountsOnRelaxedPairs() {
        Timex agoGold = new Timex(8, 21, "DATE", "2026-W01");
        Timex fridayGold = new Timex(37, 43, "DATE", "2026-01-16");
        TimexScore score = new TimexScore();
        score.add(doc(List.of(agoGold, fridayGold)), List.of(
                new Timex(8, 21, "DATE", "2026-W01"),      // strict, right value
                new Timex(34, 43, "DATE", "2026-01-09"),   // "on Friday": relaxed only, wrong value
                new Timex(45, 49, "DATE", "PAST_REF")));   // false alarm
        assertThat(score.strict().precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.strict().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.relaxed().recall()).isCloseTo(1.0, within(1e-9));
        assertThat(score.relaxed().precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.value().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.report().get(0)).startsWith("strict P=0.3333 R=0.5000");
    }

    @Test
    void oneSystemSpanOverTwoGoldSpansMatchesOnlyOne() {
        TimexScore score = new TimexScore();
        score.add(doc(List.of(new Timex(8, 11, "DURATION", "P2W"), new Timex(12, 21, "DATE", "X"))),
                List.of(new Timex(8, 21, "DATE", "X")));
        assertThat(score.relaxed().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.relaxed().precision()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nothingFoundScoresZeroWithoutFailing() {
        TimexScore score = new TimexScore();
        score.add(doc(List.of(new Timex(8, 21, "DATE", "2026-W01"))), List.of());
        assertThat(score.value().f1()).isZero();
    }
}
