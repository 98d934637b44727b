package dev.storyline.story;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSentencesTest {

    private static final List<String> ARTICLE = List.of(
            "Gunmen stormed a fuel depot in Kano on Tuesday.",
            "Police said three guards were killed in the attack.",
            "The governor of Kano state, Abdullahi Ganduje, visited the site.",
            "He said 12 people had been arrested.",
            "The depot supplies most of the city's petrol.",
            "Residents said they heard gunfire for an hour.");

    private static final List<String> PAGE = List.of(
            "Gunmen stormed a fuel depot in Kano on Tuesday.",
            "Three guards were killed in the attack, police said.",
            "Abdullahi Ganduje said 12 people had been arrested.",
            "Abdullahi Ganduje said 14 people had been arrested.",
            "Gunmen stormed a fuel depot in Lagos on Tuesday.",
            "Residents said they heard gunfire for an hour.",
            "The depot supplies most of the city's petrol.",
            "Prices are high.");

    private static List<Support.Claim> claims(List<String> texts) {
        return texts.stream().map(t -> Support.Claim.of(t, null)).toList();
    }

    @Test
    void theIndexGivesTheSameAnswerAsTryingEverySentence() {
        List<Support.Claim> source = claims(ARTICLE);
        SourceSentences indexed = new SourceSentences(source);
        int stated = 0;
        for (Support.Claim page : claims(PAGE)) {
            boolean plain = Support.cites(source, page, true);
            assertThat(Support.cites(indexed, page, true)).as(page.text()).isEqualTo(plain);
            assertThat(Support.cites(indexed, page, false)).as(page.text()).isEqualTo(Support.cites(source, page, false));
            stated += plain ? 1 : 0;
        }
        // the fixture must hold both answers, or the comparison says nothing
        assertThat(stated).isBetween(2, PAGE.size() - 2);
    }

    @Test
    void aNameInTheSecondSentenceOfAPairStartsTheReadingOneSentenceEarlier() {
        Support.Claim page = Support.Claim.of("Abdullahi Ganduje said 12 people had been arrested.", null);
        int[] starts = new SourceSentences(claims(ARTICLE)).starts(page);
        // "Ganduje" is in sentence 2 and "12" in sentence 3: a reading starts at 1, 2 (for Ganduje) or at
        // 2, 3 (for 12); the rarer key is tried
        assertThat(starts).isNotNull().contains(2).doesNotContain(0, 4, 5);
    }

    @Test
    void aClaimOfNoRequiredWordFallsBackToEverySentence() {
        assertThat(new SourceSentences(claims(ARTICLE)).starts(Support.Claim.of("Prices are high.", null))).isNull();
    }
}
