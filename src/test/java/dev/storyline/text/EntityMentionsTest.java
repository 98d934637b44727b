package dev.storyline.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityMentionsTest {

    private final EntityMentions mentions = new EntityMentions();

    @Test
    void findsMultiWordNamesWithConnectors() {
        assertThat(mentions.find("On Monday shares of Bank of America fell in New York after Janet Yellen spoke."))
                .containsExactly("Bank of America", "New York", "Janet Yellen");
    }

    @Test
    void skipsCommonSentenceOpenersWeekdaysAndMonths() {
        assertThat(mentions.find("The police said on Tuesday that in March the mayor of Argostoli resigned."))
                .containsExactly("Argostoli");
    }

    @Test
    void aSentenceOpeningWordCountsOnlyWhenTheArticleCapitalisesItElsewhere() {
        var names = mentions.inArticle(java.util.List.of("Shares fell after Baltreed reported the loss.",
                "Lohan spoke to the court on Monday.", "The judge told Lohan to return in May."));
        assertThat(names.get(0)).containsExactly("Baltreed");
        assertThat(names.get(1)).containsExactly("Lohan");
    }

    @Test
    void dropsThePossessive() {
        assertThat(mentions.find("Lohan's attorney spoke to reporters.")).containsExactly("Lohan");
    }
}
