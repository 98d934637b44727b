package dev.storyline.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceQualityTest {

    @Test
    void removesADatelineButKeepsTheReport() {
        assertThat(SentenceQuality.clean("ATHENS (Reuters) - A strong earthquake hit Kefalonia on Tuesday."))
                .isEqualTo("A strong earthquake hit Kefalonia on Tuesday.");
        assertThat(SentenceQuality.clean("LONDON — Prices rose again in March, the statistics office said."))
                .isEqualTo("Prices rose again in March, the statistics office said.");
    }

    @Test
    void sentencesThatNeedTheirNeighbourDoNotStandAlone() {
        assertThat(SentenceQuality.standsAlone("He said the island's ferry services were running normally.")).isFalse();
        assertThat(SentenceQuality.standsAlone("The two were later released without charge by police.")).isFalse();
        assertThat(SentenceQuality.standsAlone("This was the third such attack in the region this year.")).isFalse();
    }

    @Test
    void furnitureAndHalfQuotesDoNotStandAlone() {
        assertThat(SentenceQuality.standsAlone("Sign up for our newsletter to get the morning briefing every day.")).isFalse();
        assertThat(SentenceQuality.standsAlone("Photo: Reuters/Stavros Kalogeras shows the damaged quay at night.")).isFalse();
        assertThat(SentenceQuality.standsAlone("\"We will rebuild every house on the island, the mayor told reporters.")).isFalse();
    }

    @Test
    void aPlainCompleteReportSentenceStandsAlone() {
        assertThat(SentenceQuality.standsAlone("About 300 people spent the night in tents at a football ground.")).isTrue();
    }

    @Test
    void spokenOrSplitSentencesAreNoReportedFacts() {
        assertThat(SentenceQuality.isReportedFact("I don't need to do anything anymore, she told the magazine.")).isFalse();
        assertThat(SentenceQuality.isReportedFact("\"We will rebuild every house on the island,\" the mayor told reporters.")).isFalse();
        assertThat(SentenceQuality.isReportedFact("The actress, however, has since checked in to a different clinic.")).isFalse();
        assertThat(SentenceQuality.isReportedFact("Rait was later returned to the village at the foot of Mt.")).isFalse();
        assertThat(SentenceQuality.isReportedFact("38 - caliber revolver was found at the scene by officers.")).isFalse();
        assertThat(SentenceQuality.isReportedFact("The mayor said teams would check every house in the worst-hit villages.")).isTrue();
    }

    @Test
    void spacedHyphensAndApostrophesOfTokenisedSourcesAreJoined() {
        assertThat(SentenceQuality.clean("The 26 - year - old actress checked into Lohan ’ s clinic."))
                .isEqualTo("The 26-year-old actress checked into Lohan’s clinic.");
    }
}
