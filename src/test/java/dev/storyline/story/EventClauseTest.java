package dev.storyline.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventClauseTest {

    private static String around(String sentence, String date) {
        int i = sentence.indexOf(date);
        return EventClause.around(sentence, i, i + date.length());
    }

    @Test
    void keepsTheClauseThatHoldsTheDateAndDropsParticiplesAndAttribution() {
        assertThat(around("A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Tuesday evening, damaging dozens"
                + " of homes and part of the port of Argostoli, the Greek civil protection agency said.", "Tuesday"))
                .isEqualTo("A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Tuesday evening.");
    }

    @Test
    void aDateInTheAttributionKeepsTheWholeSentence() {
        String s = "Baltreed has agreed to buy Kestrel Terminals for $1.2 billion in cash, the two companies said on Monday.";
        assertThat(around(s, "Monday")).isEqualTo(s);
    }

    @Test
    void aShortDatedPhraseTakesItsSubjectFromTheClauseBefore() {
        assertThat(around("Kefalonia was struck by earthquakes, in August 1953, that destroyed most of its towns.", "August 1953"))
                .isEqualTo("Kefalonia was struck by earthquakes, in August 1953.");
    }

    @Test
    void aSentenceWithoutClausesStaysWhole() {
        String s = "Engineers began inspecting schools on Wednesday.";
        assertThat(around(s, "Wednesday")).isEqualTo(s);
    }
}
