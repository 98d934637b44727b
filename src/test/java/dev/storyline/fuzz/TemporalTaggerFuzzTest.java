package dev.storyline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The temporal tagger, through its public API only, over any text and any publication date: it never
 * throws, and each expression lies inside the text, in text order, without overlapping the one before.
 */
class TemporalTaggerFuzzTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    @FuzzTest(maxExecutions = FuzzBudget.EXECUTIONS)
    void anyTextGivesExpressionsInsideIt(FuzzedDataProvider data) {
        LocalDate reference = data.consumeBoolean() ? null
                : LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
        String text = data.consumeRemainingAsString();
        List<TimeExpression> found = TAGGER.tag(text, reference);
        int previousEnd = 0;
        for (TimeExpression e : found) {
            assertThat(e.start()).isBetween(previousEnd, e.end());
            assertThat(e.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            previousEnd = e.end();
        }
    }
}
