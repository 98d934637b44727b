package dev.storyline.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationTest {

    @Test
    void aQuoteAttributedAfterwardsKeepsItsNamedSpeaker() {
        assertThat(Quotation.in("“We will rebuild every house on the island,” Mayor Eleni Markou said."))
                .contains(new Quotation("We will rebuild every house on the island", "Mayor Eleni Markou"));
        assertThat(Quotation.in("\"Teams will check every house before residents return,\" said the mayor, Eleni Markou."))
                .contains(new Quotation("Teams will check every house before residents return", "the mayor"));
    }

    @Test
    void aSpeakerNamedBeforeTheQuoteIsFoundToo() {
        assertThat(Quotation.in("The coast guard said: \"All ferries are running to schedule this morning.\""))
                .contains(new Quotation("All ferries are running to schedule this morning", "The coast guard"));
    }

    @Test
    void aPronounIsNoSpeakerAndAShortQuoteIsNoQuotation() {
        assertThat(Quotation.in("\"We appreciate your respect for her privacy at this time,\" he said.")).isEmpty();
        assertThat(Quotation.in("\"Terrible,\" Mayor Eleni Markou said.")).isEmpty();
        assertThat(Quotation.in("The mayor said the island would recover.")).isEmpty();
    }
}
