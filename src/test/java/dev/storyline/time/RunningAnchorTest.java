package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article read in order: "the next day" in a sentence that names no day counts from the day an earlier
 * sentence named, the article's running anchor, as long as that sentence is close.
 */
class RunningAnchorTest {

    private static final TemporalTagger TAGGER = new TemporalTagger();
    /** A Friday: the article's publication day. */
    private static final LocalDate FRI_20_MAR_2026 = LocalDate.of(2026, 3, 20);

    private static List<List<String>> values(String... sentences) {
        TemporalTagger.Reading reading = TAGGER.reading(FRI_20_MAR_2026);
        return java.util.Arrays.stream(sentences)
                .map(s -> reading.next(s).stream().map(TimeExpression::value).toList()).toList();
    }

    @Test
    void theNextDayCountsFromTheDayAnEarlierSentenceNamed() {
        assertThat(values("On March 3, police arrested the harbour master in Argostoli.",
                "The next day, he was charged with fraud.",
                "The day before, the port authority had suspended him."))
                .containsExactly(List.of("2026-03-03"), List.of("2026-03-04"), List.of("2026-03-03"));
    }

    @Test
    void theDayOfTheSentenceItselfComesFirst() {
        assertThat(values("On March 3, police arrested the harbour master.",
                "He was released on March 10 and rearrested the next day."))
                .containsExactly(List.of("2026-03-03"), List.of("2026-03-10", "2026-03-11"));
    }

    @Test
    void aRelativeDayStillResolvesByTenseAsTheRunningAnchorDoesNotTouchWeekdays() {
        // "Tuesday" in the past tense is the latest Tuesday before publication, whatever day came before
        assertThat(values("On March 3, police arrested the harbour master.", "He was charged on Tuesday."))
                .containsExactly(List.of("2026-03-03"), List.of("2026-03-17"));
    }

    @Test
    void anAnchorFarBackOrMissingDatesNothing() {
        assertThat(values("The next day, he was charged with fraud.")).containsExactly(List.of());
        assertThat(values("On March 3, police arrested the harbour master.", "He had worked there for years.",
                "Colleagues described him as careful.", "Few expected the inquiry.",
                "The next day, he was charged with fraud."))
                .last().isEqualTo(List.of());
    }

    @Test
    void aSentenceTaggedAloneHasNoRunningAnchor() {
        assertThat(TAGGER.tag("The next day, he was charged with fraud.", FRI_20_MAR_2026)).isEmpty();
        assertThat(TAGGER.tag("The next day, he was charged with fraud.", FRI_20_MAR_2026, LocalDate.of(2026, 3, 3)))
                .extracting(TimeExpression::value).containsExactly("2026-03-04");
    }
}
