package dev.storyline.story;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FragmentsTest {

    @Test
    void piecesOfASentenceCutByTheSplitterAreFragments() {
        assertThat(Fragments.problem("Friday and charged with two counts of first degree murder.")).contains("starts inside a sentence");
        assertThat(Fragments.problem("6 feet) wide, an unexploded bomb wedged in the ground.")).contains("starts inside a sentence");
        assertThat(Fragments.problem("The Reuters correspondent saw a crater about two metres (6.")).isPresent();
        assertThat(Fragments.problem("Sixty-year-old Sharron Smith was arrested around 10:24 a.")).contains("cut after an abbreviation");
        assertThat(Fragments.problem("An earthquake with a magnitude")).contains("no closing mark");
    }

    @Test
    void aSentenceOpeningOnAPrepositionalPhraseKeepsTheMainVerbBeforeItsFirstComma() {
        assertThat(Fragments.problem("On Tuesday evening a 6.4 magnitude earthquake hit Kefalonia, a Greek island, and damaged dozens of homes."))
                .isEmpty();
        assertThat(Fragments.problem("In a statement on Friday, the ministry said the border would reopen.")).isEmpty();
    }

    @Test
    void aSentenceWithoutAMainVerbIsAFragment() {
        assertThat(Fragments.problem("Prior to this check-in to Betty Ford, which was first reported by TMZ.")).contains("no main verb");
        assertThat(Fragments.problem("Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday.")).isEmpty();
    }

    @Test
    void quotesCutInHalfOrFromTheirSpeakerAreFragments() {
        assertThat(Fragments.problem("The mayor said the city would \"never give up on its people.")).contains("quotation cut in half");
        assertThat(Fragments.danglingReference("\"We fired in self-defence and in response to the firing,\" he said.", List.of(), Set.of()))
                .isPresent();
    }

    @Test
    void captionsCreditsAndTeasersArePageFurniture() {
        assertThat(Fragments.problem("Japanese Prime Minister Sanae Takaichi, right, and President Lee Jae Myung, left, hold their meeting in Nara."))
                .contains("photo caption or credit");
        assertThat(Fragments.problem("Police stand guard outside the bank in Woodburn (Photo: Rob Kerr)."))
                .contains("photo caption or credit");
        assertThat(Fragments.problem("Rescuers search the rubble of the hotel in Amatrice. Getty Images")).isPresent();
        assertThat(Fragments.problem("Read more about the flooding in our live coverage.")).contains("teaser");
        assertThat(Fragments.problem("Click here for the full list of the victims.")).contains("teaser");
    }

    @Test
    void anOpeningReferenceNeedsItsAntecedentEarlierOnThePage() {
        assertThat(Fragments.danglingReference("Two, she shot and killed there in the room.", List.of(), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("This cooperative policy was agreed in March.", List.of("The leaders met in Nara."), Set.of()))
                .isPresent();
        assertThat(Fragments.danglingReference("This policy was agreed in March.", List.of("Both sides set out a joint policy on fisheries."), Set.of()))
                .isEmpty();
        assertThat(Fragments.danglingReference("The two men were arrested at the border.", List.of(), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("The two men were arrested at the border.", List.of("Police sought two men after the robbery."), Set.of()))
                .isEmpty();
        assertThat(Fragments.danglingReference("One fled on foot, the other was caught by the guards.", List.of("Two inmates escaped."), Set.of()))
                .isPresent();
        assertThat(Fragments.danglingReference("He was taken to hospital with burns.", List.of(), Set.of())).contains("opens on a pronoun");
    }

    @Test
    void aSurnameNeedsTheFullNameBeforeIt() {
        Set<String> names = Set.of("Tim Fanning");
        assertThat(Fragments.danglingReference("Fanning said no one else was injured.", List.of(), names)).contains("surname before the full name");
        assertThat(Fragments.danglingReference("Fanning said no one else was injured.",
                List.of("Tim Fanning, a company manager, said the gunman entered at 4 p.m."), names)).isEmpty();
        assertThat(Fragments.danglingReference("Keeping her on the line, Leader said she told Hiller to put the gun down.", List.of(),
                Set.of("Janice Leader"))).contains("surname before the full name");
        assertThat(Fragments.danglingReference("Kraft closed the factory until further notice.", List.of(), Set.of("Kraft Foods"))).isEmpty();
    }

    @Test
    void theShareCountsFlaggedSentencesInPageOrder() {
        List<String> page = List.of("Police arrested Tim Fanning in Vancouver on Friday night.", "Fanning was charged with murder on Saturday.",
                "He was taken to hospital with burns.", "Friday and charged with two counts of first degree murder.");
        assertThat(Fragments.flag("Man arrested", page, Set.of("Tim Fanning"))).containsExactly(null, null, "opens on a pronoun", "starts inside a sentence");
        assertThat(Fragments.share("Man arrested", page, Set.of("Tim Fanning"))).isEqualTo(0.5);
    }

    @Test
    void aSentenceWhoseNameIsIntroducedOnlyLaterOnThePageFollowsTheSentenceThatIntroducesIt() {
        var first = new StoryPage.Section("Banky led the company", List.of(
                new StoryPage.CitedSentence("Banky was the chief executive of TallGrass Distribution, a health products firm.", List.of(1))));
        var second = new StoryPage.Section("Police identify victim as Benjamin Banky", List.of(
                new StoryPage.CitedSentence("Police have identified the victim as Benjamin Banky, 40, of Vancouver.", List.of(1, 2)),
                new StoryPage.CitedSentence("Banky had run the company since 2005 and employed a dozen people.", List.of(2))));
        List<StoryPage.Section> kept = Fragments.keepIntroduced("Man charged with murder in Vancouver", List.of(first, second),
                Set.of("Benjamin Banky"));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).sentences()).extracting(StoryPage.CitedSentence::text).containsExactly(
                "Police have identified the victim as Benjamin Banky, 40, of Vancouver.",
                "Banky was the chief executive of TallGrass Distribution, a health products firm.",
                "Banky had run the company since 2005 and employed a dozen people.");
    }

    @Test
    void aReferenceAfterAnOpeningPhraseNeedsItsAntecedentToo() {
        assertThat(Fragments.danglingReference("In 1955, she appeared in a Christmas spread for Playboy.", List.of("Page died."), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("While two of them managed to get away, the Sukanya intercepted the remaining three.",
                List.of(), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("In their five operations so far, the crew have confiscated 14 rifles, he said.", List.of(), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("After she abruptly left a clinic on Thursday, Lindsay Lohan checked into the Betty Ford Center.",
                List.of(), Set.of())).isEmpty();
        assertThat(Fragments.problem("Made her way to the third-floor mixing room, where she met three employees.")).contains("no subject");
    }

    @Test
    void peopleNamedByADefiniteDescriptionNeedTheirAntecedentOnThePage() {
        assertThat(Fragments.danglingReference("Police in Leeds said the gang struck again in March.", List.of(), Set.of()))
                .contains("refers to people the page has not introduced");
        assertThat(Fragments.danglingReference("Police in Leeds said the gang struck again in March.",
                List.of("A gang of four robbed a jeweller in Leeds."), Set.of())).isEmpty();
        assertThat(Fragments.danglingReference("Officers arrested the men at a petrol station near York.", List.of(), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("Officers arrested the men at a petrol station near York.",
                List.of("Two men robbed a jeweller in Leeds."), Set.of())).isEmpty();
        assertThat(Fragments.danglingReference("In 2007, the gang drove two cars through the window of a jeweller in Dubai.",
                List.of("Four men robbed a jeweller in Paris."), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("According to reports, the armed robbers escaped with 60,000 euros.",
                List.of("A jeweller in Leeds was robbed."), Set.of())).isPresent();
        assertThat(Fragments.danglingReference("Police in York questioned the two on Friday.", List.of("A jeweller in Leeds was robbed."), Set.of()))
                .contains("counts what the page has not named");
        assertThat(Fragments.danglingReference("Police in York questioned the two on Friday.", List.of("Two men robbed a jeweller in Leeds."), Set.of()))
                .isEmpty();
    }

    @Test
    void aDescriptionThatSaysWhoTheyAreIntroducesThem() {
        assertThat(Fragments.danglingReference("Police arrested the suspect in the Leeds robbery on Friday.", List.of(), Set.of())).isEmpty();
        assertThat(Fragments.danglingReference("Mark Hale, the suspect, was arrested in York on Friday.", List.of(), Set.of())).isEmpty();
        assertThat(Fragments.danglingReference("Police arrested the men who robbed a jeweller in Leeds.", List.of(), Set.of())).isEmpty();
    }

    @Test
    void aTimeCountedFromAnEarlierMomentNeedsThatMomentOnThePage() {
        assertThat(Fragments.danglingReference("Days later, police in York found the stolen car.", List.of("A jeweller in Leeds was robbed."), Set.of()))
                .contains("counts time from a moment the page has not given");
        assertThat(Fragments.danglingReference("Police in York found the stolen car the next day.", List.of("A jeweller in Leeds was robbed."), Set.of()))
                .isPresent();
        assertThat(Fragments.danglingReference("Days later, police in York found the stolen car.",
                List.of("A jeweller in Leeds was robbed on March 3."), Set.of())).isEmpty();
    }

    @Test
    void aSentenceWhosePeopleAreIntroducedLaterFollowsTheSentenceThatIntroducesThem() {
        StoryPage.CitedSentence arrest = new StoryPage.CitedSentence("Officers arrested the men at a petrol station near York.", List.of(1));
        StoryPage.CitedSentence robbery = new StoryPage.CitedSentence("Two men robbed a jeweller in Leeds on Thursday.", List.of(2));
        StoryPage.CitedSentence gang = new StoryPage.CitedSentence("Police in Leeds said the gang had struck before.", List.of(1));
        List<StoryPage.Section> page = Fragments.keepIntroduced("Jeweller robbed in Leeds",
                List.of(new StoryPage.Section("Arrests near York", List.of(arrest, gang)),
                        new StoryPage.Section("The Leeds robbery", List.of(robbery))), Set.of());
        assertThat(page).hasSize(1);
        assertThat(page.get(0).sentences()).containsExactly(robbery, arrest);
    }

    @Test
    void aThingReferredToWithTheNeedsItsAntecedentOnThePage() {
        List<String> none = List.of("Storm floods coastal towns");
        assertThat(Fragments.pageReference("The raid lasted about ten minutes.", none, Set.of())).isPresent();
        assertThat(Fragments.pageReference("Much of the material was later found to be classified.", none, Set.of())).isPresent();
        assertThat(Fragments.pageReference("On Friday, the attack drew condemnation from the United Nations.", none, Set.of())).isPresent();
        // named earlier by a word of its own stem or of its family
        assertThat(Fragments.pageReference("The raid lasted about ten minutes.", List.of("Police raided a flat in Leeds."), Set.of())).isEmpty();
        assertThat(Fragments.pageReference("The heist lasted about ten minutes.", List.of("Robbers stole jewels worth 2 million euros."), Set.of())).isEmpty();
        assertThat(Fragments.pageReference("The blast shattered windows.", List.of("A bomb exploded outside the bank."), Set.of())).isEmpty();
        assertThat(Fragments.pageReference("The warship turned towards the skiffs.", List.of("Navy rescues crew"), Set.of())).isPresent();
        assertThat(Fragments.pageReference("The warship turned towards the skiffs.", List.of("A frigate of the navy met two skiffs."), Set.of())).isEmpty();
        // a modifier after the noun introduces it in the sentence itself
        assertThat(Fragments.pageReference("The attack on the embassy drew condemnation.", none, Set.of())).isEmpty();
        assertThat(Fragments.pageReference("The material found in the flat was classified.", none, Set.of())).isEmpty();
        // a thing reference waits on the page; it does not stop a sentence from being a fact
        assertThat(Fragments.danglingReference("The raid lasted about ten minutes.", List.of(), Set.of())).isEmpty();
    }

    @Test
    void aSentenceOnAThingIntroducedLaterFollowsTheSentenceThatIntroducesItOrIsLeftOut() {
        StoryPage.CitedSentence raid = new StoryPage.CitedSentence("The raid lasted about ten minutes.", List.of(1));
        StoryPage.CitedSentence flat = new StoryPage.CitedSentence("Police raided a flat in Leeds on Thursday night.", List.of(2));
        StoryPage.CitedSentence cargo = new StoryPage.CitedSentence("The cargo was worth 3 million pounds, officers said.", List.of(1));
        StoryPage.CitedSentence arrests = new StoryPage.CitedSentence("Officers arrested four people at the address.", List.of(2));
        List<StoryPage.Section> page = Fragments.keepIntroduced("Four arrested in Leeds",
                List.of(new StoryPage.Section("Raid in Leeds lasts ten minutes", List.of(raid, cargo)),
                        new StoryPage.Section("Police raid flat in Leeds", List.of(flat, arrests))), Set.of());
        assertThat(page).hasSize(1);
        assertThat(page.get(0).sentences()).containsExactly(flat, raid, arrests);
    }

    @Test
    void anArticleWithoutItsNounStartsInsideASentence() {
        assertThat(Fragments.problem("The also said that the driver had been stopped twice before.")).contains("starts inside a sentence");
        assertThat(Fragments.problem("The driver had been stopped twice before.")).isEmpty();
    }
}
