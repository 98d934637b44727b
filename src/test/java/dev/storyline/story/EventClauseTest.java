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
    void aListAfterACommaIsNeverCutShort() {
        String s = "Kestrel Terminals operates terminals in Gdansk, Klaipeda and Riga and handled 2.1 million containers last year.";
        assertThat(around(s, "last year")).isEqualTo(s);
        String t = "Last year Kestrel bought terminals in Gdansk, Klaipeda and Riga.";
        assertThat(around(t, "Last year")).isEqualTo(t);
    }

    @Test
    void aTrailingWhichClauseIsCut() {
        assertThat(around("The mayor resigned on Monday after a vote of no confidence, which the council had called.", "Monday"))
                .isEqualTo("The mayor resigned on Monday after a vote of no confidence.");
    }

    @Test
    void aSentenceWithoutClausesStaysWhole() {
        String s = "Engineers began inspecting schools on Wednesday.";
        assertThat(around(s, "Wednesday")).isEqualTo(s);
    }
}
