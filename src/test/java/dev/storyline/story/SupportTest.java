package dev.storyline.story;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SupportTest {

    private static Support.Claim claim(String text) {
        return Support.Claim.of(text, null);
    }

    private static List<Support.Claim> source(String... sentences) {
        return java.util.Arrays.stream(sentences).map(SupportTest::claim).toList();
    }

    /** Two unit vectors whose cosine is {@code cos}. */
    private static float[][] pair(double cos) {
        return new float[][]{{1f, 0f}, {(float) cos, (float) Math.sqrt(1 - cos * cos)}};
    }

    @Test
    void aGenericSentenceIsNotStatedByASourceThatSaysSomethingElseWithTheSameWords() {
        assertThat(Support.states(source("Police said shots were fired at the crowd."),
                claim("Police could not say how many shots were fired."))).isFalse();
        assertThat(Support.states(source("Police could not say how many shots were fired at the crowd."),
                claim("Police could not say how many shots were fired."))).isTrue();
    }

    @Test
    void everyNumberOfThePageSentenceMustBeInTheSource() {
        Support.Claim page = claim("Rescuers pulled 12 survivors from the rubble in Kefalonia.");
        assertThat(Support.states(source("In Kefalonia rescuers pulled 12 survivors from the rubble on Tuesday."), page)).isTrue();
        assertThat(Support.states(source("In Kefalonia rescuers pulled 10 survivors from the rubble on Tuesday."), page)).isFalse();
    }

    @Test
    void numberWordsAndDigitsAreTheSameFigure() {
        assertThat(Support.states(source("Rescuers pulled 3 survivors from the rubble in Kefalonia."),
                claim("Rescuers pulled three survivors from the rubble in Kefalonia."))).isTrue();
    }

    @Test
    void everyNameAndDateOfThePageSentenceMustBeInTheSource() {
        assertThat(Support.states(source("The mayor ordered the evacuation of the harbour district."),
                claim("Mayor Jones ordered the evacuation of the harbour district."))).isFalse();
        assertThat(Support.states(source("The mayor ordered the evacuation of the harbour district on Monday."),
                claim("The mayor ordered the evacuation of the harbour district on Friday."))).isFalse();
    }

    @Test
    void twoAdjacentSentencesOfTheSourceMayStateTheFactTogether() {
        Support.Claim page = claim("The ferry Aegean Star sank off Lesbos with 40 passengers aboard.");
        assertThat(Support.states(source("The ferry Aegean Star sank on Tuesday.", "It went down off Lesbos with 40 passengers aboard."), page)).isTrue();
        assertThat(Support.states(source("The ferry Aegean Star sank on Tuesday.", "Ferries run daily.", "It went down off Lesbos with 40 passengers aboard."), page)).isFalse();
    }

    @Test
    void aParaphraseNeedsCloseMeaningBesidesTheSameNamesNumbersAndMainVerb() {
        String page = "Attackers killed three guards at the Lagos fuel depot overnight.";
        String src = "Three guards were killed when gunmen stormed a Lagos depot.";
        float[][] close = pair(0.9);
        assertThat(Support.statesIn(Support.Claim.of(src, close[0]), Support.Claim.of(page, close[1]))).isTrue();
        float[][] far = pair(0.5);
        assertThat(Support.statesIn(Support.Claim.of(src, far[0]), Support.Claim.of(page, far[1]))).isFalse();
        // meaning alone is not enough when a name is missing
        assertThat(Support.statesIn(Support.Claim.of("Three guards were killed when gunmen stormed a depot.", close[0]),
                Support.Claim.of(page, close[1]))).isFalse();
    }

    @Test
    void theSynthesizerCitesAParaphraseOnlyWithAMarginAboveTheReadersThreshold() {
        String page = "Attackers killed three guards at the Lagos fuel depot overnight.";
        String src = "Three guards were killed when gunmen stormed a Lagos depot.";
        float[][] edge = pair(Support.SIMILARITY + 0.005);
        List<Support.Claim> sentences = List.of(Support.Claim.of(src, edge[0]));
        Support.Claim claim = Support.Claim.of(page, edge[1]);
        assertThat(Support.states(sentences, claim, true)).isTrue();
        assertThat(Support.cites(sentences, claim, true)).isFalse();
    }

    @Test
    void aShortSentenceMustBeHeldWholeEvenAcrossTwoSentences() {
        Support.Claim page = claim("The district attorney says this does not hurt their case.");
        assertThat(Support.states(source("Lynch said the evidence in this case is not enough.",
                "The district attorney was in court."), page)).isFalse();
        assertThat(Support.states(source("The district attorney says this does not hurt their case at all."), page)).isTrue();
    }

    @Test
    void theSourceMustStateTheSameActNotJustItsCircumstances() {
        Support.Claim page = claim("Jeffs boycotted most of the penalty phase of his trial.");
        assertThat(Support.states(source("He testified during the penalty phase of his uncle's trial that Jeffs raped him."), page)).isFalse();
        assertThat(Support.states(source("Jeffs boycotted most of the penalty phase of his own trial."), page)).isTrue();
    }

    @Test
    void aUnitWrittenOntoItsFigureIsFoundInTheSentenceThatWritesIt() {
        String text = "For the first time ever, Apple is also offering a 256GB SDD upgrade for the MacBook.";
        assertThat(Support.states(source(text), claim(text))).isTrue();
    }

    @Test
    void aFigureGluedToItsCurrencyMustBeTheSameFigure() {
        Support.Claim page = claim("Somali pirates recently seized a Saudi supertanker loaded with e75m worth of crude oil.");
        assertThat(Support.states(source("Somali pirates recently seized a Saudi supertanker loaded with $100 million worth of crude oil."), page)).isFalse();
        assertThat(Support.states(source("Somali pirates recently seized a Saudi supertanker loaded with e75m worth of crude oil."), page)).isTrue();
    }

    @Test
    void aFigureMustCountTheSameThingInTheSource() {
        Support.Claim page = claim("Twelve protesters were injured in the clashes outside the parliament in Lisbon.");
        assertThat(Support.states(source("In Lisbon, 20 protesters were injured in the clashes outside the parliament, and 12 were arrested."), page)).isFalse();
        assertThat(Support.states(source("In Lisbon, 12 protesters were injured in the clashes outside the parliament, and 20 were arrested."), page)).isTrue();
    }

    @Test
    void aFigureBoundToAnotherActInTheSameListIsNotStated() {
        Support.Claim page = claim("Riot police in Lisbon said 12 injured after the march on the parliament.");
        assertThat(Support.states(source("Riot police in Lisbon said 18 injured, 12 arrested after the march on the parliament."), page)).isFalse();
        assertThat(Support.states(source("Riot police in Lisbon said 12 injured, 18 arrested after the march on the parliament."), page)).isTrue();
    }

    @Test
    void theSameFigureCountedInOtherWordsIsStillStated() {
        Support.Claim page = claim("The storm in Dhaka injured 40 people and destroyed the market.");
        assertThat(Support.states(source("The storm in Dhaka destroyed the market and injured 40 people."), page)).isTrue();
    }

    @Test
    void aRangeMustBeTheSameRangeInTheSource() {
        Support.Claim page = claim("The smuggler Karl Brandt faces 4 to 20 years in prison if convicted of fraud.");
        assertThat(Support.states(source("The smuggler Karl Brandt faces between three and 20 years in prison if convicted of fraud, "
                + "and 4 other counts."), page)).isFalse();
        assertThat(Support.states(source("If convicted of fraud, the smuggler Karl Brandt faces between four and 20 years in prison."), page)).isTrue();
        assertThat(Support.states(source("The smuggler Karl Brandt faces 4-20 years in prison if convicted of fraud."), page)).isTrue();
    }

    @Test
    void aTimeExpressionMustBeTheSameInTheSource() {
        Support.Claim page = claim("The senator Maria Lopez has not spoken to reporters since leaving the committee last month.");
        assertThat(Support.states(source("The senator Maria Lopez has not spoken to reporters since leaving the committee in the three weeks before the vote."), page)).isFalse();
        assertThat(Support.states(source("The senator Maria Lopez has not spoken to reporters since leaving the committee last month, aides said."), page)).isTrue();
    }

    @Test
    void theAttributionMustNameTheSameSpeaker() {
        Support.Claim page = claim("All 25 crew members of the tanker Orion Star are safe, the tanker's operator said.");
        assertThat(Support.states(source("All 25 crew members of the tanker Orion Star are safe, the Maritime Security Centre said."), page)).isFalse();
        assertThat(Support.states(source("The Maritime Security Centre said all 25 crew members of the tanker Orion Star are safe."), page)).isFalse();
        assertThat(Support.states(source("The tanker's operator said all 25 crew members of the tanker Orion Star are safe."), page)).isTrue();
    }

    @Test
    void aClaimAttributedToSomeoneIsNotStatedByItsDefendersClaim() {
        Support.Claim page = claim("Bishop Carl Osgood has claimed that the charges against the church are political.");
        assertThat(Support.states(source("Bishop Carl Osgood's supporters have claimed that the charges against the church are political."), page)).isFalse();
        assertThat(Support.states(source("Bishop Carl Osgood has repeatedly claimed that the charges against the church are political."), page)).isTrue();
    }

    @Test
    void aSpeakerNamedAfterTheVerbIsTheSameSpeaker() {
        Support.Claim page = claim("The factory in Ulsan will close in March, said Kim Jae-won, a union official.");
        assertThat(Support.states(source("Union official Kim Jae-won said the factory in Ulsan will close in March."), page)).isTrue();
        assertThat(Support.states(source("The factory in Ulsan will close in March, said Kim Jae-won's employer."), page)).isFalse();
    }

    @Test
    void aTimeWrittenAsAPossessiveIsFoundInTheSentenceThatWritesIt() {
        String text = "The identity of the last attacker in Saturday's attack in Leeds came as a new search was underway.";
        assertThat(Support.states(source(text), claim(text))).isTrue();
        assertThat(Support.states(source("The Rockies will remake the jersey, and fans can exchange Saturday night's for the new one."),
                claim("The Rockies will remake the jersey, and fans can exchange Saturday night's for the new one."))).isTrue();
    }

    @Test
    void aSpeakerPrintedWithATokenisedPossessiveIsTheSameSpeaker() {
        assertThat(Support.states(source("According to AMD ’ s own calculations, it has paid a handsome price for the acquisition."),
                claim("According to AMD’s own calculations, it has paid a handsome price for the acquisition."))).isTrue();
    }
}
