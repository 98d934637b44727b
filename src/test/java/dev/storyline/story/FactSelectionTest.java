package dev.storyline.story;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FactSelectionTest {

    private static StorySynthesizer.Fact fact(int article, int position, String text, int publishers, double score) {
        Set<Integer> cited = new java.util.LinkedHashSet<>();
        for (int i = 1; i <= publishers; i++) {
            cited.add(i);
        }
        return new StorySynthesizer.Fact(article, position, text, Support.Claim.of(text, null), cited, publishers, score);
    }

    private static List<StorySynthesizer.Fact> singleSourceFacts(int n) {
        List<StorySynthesizer.Fact> out = new ArrayList<>();
        String[] topics = {"harbour", "ferry", "school", "bridge", "market", "hospital", "airport", "stadium", "library",
                "museum", "railway", "factory", "prison", "council", "parliament", "embassy", "festival", "election",
                "vaccine", "reservoir", "pipeline", "tunnel", "monastery", "cathedral", "orchard", "glacier", "volcano",
                "lighthouse", "vineyard", "quarry"};
        String[] places = {"Argos", "Patras", "Volos", "Larissa", "Chania", "Kavala", "Serres", "Drama", "Xanthi", "Corfu",
                "Rhodes", "Kos", "Naxos", "Paros", "Syros", "Tinos", "Andros", "Hydra", "Spetses", "Aegina", "Lamia",
                "Karditsa", "Trikala", "Kozani", "Florina", "Kastoria", "Edessa", "Veria", "Katerini", "Preveza"};
        for (int i = 0; i < n; i++) {
            out.add(fact(i % 4, 5 + i, "The " + topics[i] + " of " + places[i] + " drew " + (100 + i) + " visitors.", 1, 5 - i * 0.01));
        }
        return out;
    }

    @Test
    void everyFactThatHalfThePublishersStateIsChosenHoweverLowItRanks() {
        List<StorySynthesizer.Fact> facts = new ArrayList<>(singleSourceFacts(30));
        StorySynthesizer.Fact agreed = fact(2, 12, "The Chosei mine victims will be identified by DNA testing under the agreement.", 2, -3);
        facts.add(agreed);
        List<StorySynthesizer.Fact> chosen = FactSelection.choose(facts, 4, 4, java.util.Set.of());
        assertThat(chosen).extracting(StorySynthesizer.Fact::text).contains(agreed.text());
        assertThat(chosen).hasSizeLessThanOrEqualTo(FactSelection.MAX_SENTENCES);
    }

    @Test
    void theLeadIsTheOpeningSentenceThatMostPublishersStateAndItComesFirst() {
        List<StorySynthesizer.Fact> facts = new ArrayList<>(singleSourceFacts(10));
        StorySynthesizer.Fact opening = fact(1, 0, "A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Tuesday evening.", 3, 1);
        facts.add(opening);
        List<StorySynthesizer.Fact> chosen = FactSelection.choose(facts, 3, 3, java.util.Set.of());
        assertThat(chosen.get(0).text()).isEqualTo(opening.text());
        assertThat(chosen.get(0).score()).isGreaterThan(chosen.stream().skip(1).mapToDouble(StorySynthesizer.Fact::score).max().orElseThrow());
    }

    @Test
    void aStoryOfOneSourceGetsAFullPageAndLongerStoriesGetLongerPages() {
        assertThat(FactSelection.choose(singleSourceFacts(30), 1, 1, java.util.Set.of())).hasSize(FactSelection.length(1));
        assertThat(FactSelection.length(1)).isLessThan(FactSelection.length(3));
        assertThat(FactSelection.length(3)).isLessThan(FactSelection.length(6));
        assertThat(FactSelection.length(20)).isEqualTo(25);
    }

    @Test
    void aFactAlreadyOnThePageInOtherWordsIsNotAddedAgain() {
        StorySynthesizer.Fact first = fact(0, 0, "Rescuers pulled 12 survivors from the rubble in Kefalonia on Tuesday.", 2, 3);
        StorySynthesizer.Fact again = fact(1, 1, "On Tuesday rescuers pulled 12 survivors from the rubble in Kefalonia.", 2, 2);
        List<StorySynthesizer.Fact> chosen = FactSelection.choose(List.of(first, again), 2, 2, java.util.Set.of());
        assertThat(chosen).hasSize(1);
    }

    @Test
    void aSentenceThatRestatesAChosenOnesCoreWithMoreDetailsIsSkipped() {
        StorySynthesizer.Fact lead = fact(0, 0, "Marta Lindqvist, the Olympic diver and film star, has died at 88.", 1, 3);
        StorySynthesizer.Fact sleep = fact(1, 1, "Lindqvist died at 88 in her sleep at her home in Malmo, her agent Oskar Berg said.", 1, 2);
        // the same death with another verb
        StorySynthesizer.Fact passed = fact(3, 1, "Lindqvist passed away early Thursday at her home in Malmo, her agent said.", 1, 1.5);
        StorySynthesizer.Fact films = fact(2, 2, "Lindqvist starred in a dozen swimming films for Nordisk studios in the 1950s.", 1, 1);
        List<StorySynthesizer.Fact> chosen = FactSelection.choose(List.of(lead, sleep, passed, films), 1, 1, java.util.Set.of());
        assertThat(chosen).extracting(StorySynthesizer.Fact::text).containsExactly(lead.text(), films.text());
    }

    @Test
    void twoFactsAboutOnePersonWithDifferentDeedsOrFiguresAreBothKeptButOneDeathInOtherWordsIsOne() {
        Support.Claim died = Support.Claim.of("Marta Lindqvist, the Olympic diver and film star, has died at 88.", null);
        Support.Claim starred = Support.Claim.of("Marta Lindqvist starred in a dozen films for Nordisk studios in 1954.", null);
        Support.Claim diedAgain = Support.Claim.of("Lindqvist, whose dives won two Olympic medals, died peacefully at 88 at her home in Malmo, her agent Oskar Berg said.", null);
        Support.Claim otherAge = Support.Claim.of("Marta Lindqvist won a silver medal at 19 at the Helsinki games.", null);
        assertThat(FactSelection.sameCore(died, starred)).isFalse();
        assertThat(FactSelection.sameCore(died, otherAge)).isFalse();
        assertThat(FactSelection.sameCore(diedAgain, died)).isTrue();
        // the citation-side test lets the restatement through: the core test is what tells it
        assertThat(FactSelection.sameFact(died, diedAgain) || FactSelection.sameFact(died, starred)).isFalse();
        // the same death with another verb is the same fact; another deed is not
        Support.Claim passed = Support.Claim.of("Lindqvist passed away in her sleep early Thursday at her home in Malmo, her agent Oskar Berg said.", null);
        Support.Claim passedBill = Support.Claim.of("Lindqvist passed the bill through the Malmo council on Thursday.", null);
        assertThat(FactSelection.restates(died, passed)).isTrue();
        assertThat(FactSelection.restates(died, starred)).isFalse();
        assertThat(FactSelection.restates(died, passedBill)).isFalse();
        // a surname that reads as a verb ("Rose") is not the verb of the sentence
        Support.Claim officer = Support.Claim.of("A university police officer has died after he was shot on Tuesday, police chief Anton Holt confirmed.", null);
        Support.Claim rose = Support.Claim.of("Holt said officer Collin Rose, of Clair Shores, passed away on Wednesday.", null);
        assertThat(Support.core(rose).verb()).isEqualTo("pass");
        assertThat(FactSelection.restates(officer, rose)).isTrue();
        assertThat(FactSelection.sameCore(died, passed)).isFalse();
    }

    @Test
    void aFactMostPublishersStateStaysEvenWhenItRestatesTheCoreOfAChosenOne() {
        StorySynthesizer.Fact lead = fact(0, 0, "Marta Lindqvist, the Olympic diver and film star, has died at 88.", 2, 3);
        StorySynthesizer.Fact majority = fact(1, 5, "Lindqvist died at 88 in her sleep at her home in Malmo, her agent Oskar Berg said.", 2, 1);
        List<StorySynthesizer.Fact> chosen = FactSelection.choose(List.of(lead, majority), 2, 2, java.util.Set.of());
        assertThat(chosen).extracting(StorySynthesizer.Fact::text).contains(majority.text());
    }

    /** Two unit vectors whose cosine is {@code cosine}. */
    private static float[][] pair(double cosine) {
        return new float[][]{{1f, 0f}, {(float) cosine, (float) Math.sqrt(1 - cosine * cosine)}};
    }

    @Test
    void aCloseParaphraseAboutTheSameNameIsOneFactUnlessItsFiguresDiffer() {
        float[][] close = pair(0.70);
        Support.Claim pinup = Support.Claim.of("Lindqvist became a favorite pinup of sailors during the war.", close[0]);
        Support.Claim popular = Support.Claim.of("Lindqvist was a popular pinup in the war years.", close[1]);
        Support.Claim otherName = Support.Claim.of("Ingrid Solberg was a popular pinup in the war years.", close[1]);
        Support.Claim medals = Support.Claim.of("Lindqvist won two Olympic medals in 1952.", close[0]);
        Support.Claim moreMedals = Support.Claim.of("Lindqvist won three Olympic medals in 1956.", close[1]);
        float[][] far = pair(0.55);
        Support.Claim farther = Support.Claim.of("Lindqvist was a popular pinup in the war years.", far[1]);
        assertThat(FactSelection.restates(pinup, popular)).isTrue();
        assertThat(FactSelection.restates(pinup, otherName)).isFalse();
        assertThat(FactSelection.restates(medals, moreMedals)).isFalse();
        assertThat(FactSelection.restates(Support.Claim.of(pinup.text(), far[0]), farther)).isFalse();
        // as close in meaning, but another deed: checking in is not leaving
        Support.Claim checkedIn = Support.Claim.of("Lindqvist checked into the Malmo clinic on Monday.", close[0]);
        Support.Claim left = Support.Claim.of("Lindqvist left the Malmo clinic after a month of treatment.", close[1]);
        assertThat(FactSelection.restates(checkedIn, left)).isFalse();
    }

    @Test
    void aFactMostPublishersStateComesWithTheSentenceOfItsArticleThatIntroducesItsSubject() {
        List<StorySynthesizer.Fact> facts = new ArrayList<>(singleSourceFacts(12));
        StorySynthesizer.Fact intro = fact(3, 3, "Police arrested Jonas Ekberg, 34, at his farm near Uppsala on Monday.", 1, 0.5);
        StorySynthesizer.Fact agreed = fact(3, 4, "Ekberg is accused of keeping 40 horses without food or water.", 3, 0.2);
        facts.add(intro);
        facts.add(agreed);
        // "Ekberg" before "Jonas Ekberg" reads as someone the page has not introduced
        List<StorySynthesizer.Fact> chosen = FactSelection.choose(facts, 3, 3, java.util.Set.of("Jonas Ekberg"));
        List<String> texts = chosen.stream().map(StorySynthesizer.Fact::text).toList();
        assertThat(texts).contains(agreed.text(), intro.text());
        assertThat(texts.indexOf(intro.text())).isLessThan(texts.indexOf(agreed.text()));
    }
}
