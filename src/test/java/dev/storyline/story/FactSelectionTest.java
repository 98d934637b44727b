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
}
