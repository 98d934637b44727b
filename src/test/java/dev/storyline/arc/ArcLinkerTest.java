package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

class ArcLinkerTest {

    private static ArcLinker.StoryProfile story(String id, String first, String last, Map<String, Integer> names) {
        return new ArcLinker.StoryProfile(id, names, LocalDate.parse(first), LocalDate.parse(last));
    }

    private static final ArcLinker.StoryProfile ARREST = story("arrest", "2026-02-02", "2026-02-04", Map.of(
            "maria ellison", 9, "harbour county", 4, "port elm", 5, "police", 6, "monday", 3));
    private static final ArcLinker.StoryProfile TRIAL = story("trial", "2026-05-11", "2026-05-20", Map.of(
            "maria ellison", 12, "harbour county", 3, "judge okafor", 5, "port elm", 2, "monday", 2));
    private static final ArcLinker.StoryProfile OTHER_ARREST = story("other", "2026-02-10", "2026-02-11", Map.of(
            "david renner", 8, "lake city", 5, "police", 7, "monday", 2));
    private static final ArcLinker.StoryProfile QUAKE = story("quake", "2026-03-01", "2026-03-03", Map.of(
            "kefalonia", 7, "argostoli", 3, "greece", 2, "monday", 2));
    private static final ArcLinker.StoryProfile OTHER_QUAKE = story("quake2", "2026-03-05", "2026-03-06", Map.of(
            "sumatra", 6, "padang", 3, "indonesia", 4, "monday", 2));

    private static final List<AnalyzedArticle> VERLAINE_HEIST = List.of(
            analyzed("h1", "Jewels stolen from Maison Verlaine", "2026-02-06T09:00:00Z", "Paris Wire",
                    "Four armed robbers, two of them disguised as women, stole jewels worth 80 million euros from the Maison Verlaine boutique in Paris on Thursday.\n\n"
                            + "The robbers threatened staff at Maison Verlaine with a revolver, investigator Claude Marchand said.\n\n"
                            + "Marchand said the gang knew the layout of the boutique on Avenue Montaigne in Paris."),
            analyzed("h2", "Maison Verlaine robbery", "2026-02-06T15:00:00Z", "Seine Daily",
                    "Armed robbers in drag emptied the display cases of Maison Verlaine in Paris, taking rings and necklaces.\n\n"
                            + "Claude Marchand, who leads the inquiry, said the thieves spent less than 15 minutes inside Maison Verlaine."));
    private static final List<AnalyzedArticle> VERLAINE_ARRESTS = List.of(
            analyzed("h3", "Arrests over Maison Verlaine heist", "2026-03-23T09:00:00Z", "Paris Wire",
                    "Police arrested three men in Paris on Monday over the armed robbery of the Maison Verlaine boutique in February.\n\n"
                            + "Investigator Claude Marchand said some of the stolen Maison Verlaine rings had been found in a garage."),
            analyzed("h4", "Verlaine suspects held", "2026-03-24T09:00:00Z", "Seine Daily",
                    "Three suspects in the Maison Verlaine jewel robbery were held for questioning in Paris, Claude Marchand said.\n\n"
                            + "Marchand said a fourth man was still being sought."));
    private static final List<AnalyzedArticle> CASTEL_HEIST = List.of(
            analyzed("h5", "Ram raid on Bijouterie Castel", "2026-05-11T09:00:00Z", "Paris Wire",
                    "Four men rammed a car into the Bijouterie Castel store in Paris on Monday and fled with watches worth two million euros.\n\n"
                            + "Prosecutor Anne Rigaud said the thieves set the car on fire before escaping on scooters.\n\n"
                            + "In February, robbers disguised as women emptied the Maison Verlaine boutique, investigator Claude Marchand said."),
            analyzed("h6", "Castel jewellery raid", "2026-05-11T14:00:00Z", "Seine Daily",
                    "Thieves smashed their car through the window of Bijouterie Castel in Paris, stealing jewellery and watches.\n\n"
                            + "Anne Rigaud, the prosecutor, said the gang escaped before police arrived."));

    @Test
    void arrestsWeeksAfterAHeistJoinItsStorylineAndAnotherHeistInTheSameCityRecallingItDoesNot() {
        ArcLinker linker = new ArcLinker();
        String heist = linker.link(ArcLinker.StoryProfile.of("verlaine", VERLAINE_HEIST));
        assertThat(linker.link(ArcLinker.StoryProfile.of("arrests", VERLAINE_ARRESTS))).isEqualTo(heist);
        String other = linker.link(ArcLinker.StoryProfile.of("castel", CASTEL_HEIST));
        assertThat(other).isNotEqualTo(heist);
        assertThat(linker.storiesOf(heist)).containsExactly("verlaine", "arrests");
    }

    @Test
    void aSharedCityIsAPlaceAndNoParticipant() {
        ArcLinker.StoryProfile verlaine = ArcLinker.StoryProfile.of("verlaine", VERLAINE_HEIST);
        assertThat(verlaine.names()).containsKeys("paris", "claude marchand");
        // the May heist's report names the February one only in a sentence dated back then
        assertThat(ArcLinker.StoryProfile.of("castel", CASTEL_HEIST).names()).containsKey("anne rigaud")
                .doesNotContainKeys("maison verlaine", "claude marchand");
        assertThat(verlaine.places()).containsKey("paris").doesNotContainKey("claude marchand");
        ArcLinker linker = new ArcLinker();
        linker.link(verlaine);
        ArcLinker.StoryProfile castel = ArcLinker.StoryProfile.of("castel", CASTEL_HEIST);
        ArcLinker.StoryProfile arrests = ArcLinker.StoryProfile.of("arrests", VERLAINE_ARRESTS);
        linker.link(castel);
        linker.link(arrests);
        assertThat(linker.continuation(castel, verlaine)).isZero();
        assertThat(linker.continuation(arrests, verlaine)).isGreaterThan(ArcLinker.Settings.defaults().threshold());
    }

    @Test
    void storiesSharingAPersonButNotTheSubjectStayApart() {
        ArcLinker.StoryProfile heist = ArcLinker.StoryProfile.of("verlaine", VERLAINE_HEIST);
        ArcLinker.StoryProfile concert = ArcLinker.StoryProfile.of("concert", List.of(
                analyzed("c1", "Marchand's quartet plays", "2026-02-20T09:00:00Z", "Arts Weekly",
                        "The jazz quartet of Claude Marchand played to a full hall at the spring music festival.\n\n"
                                + "Marchand's new album of ballads will be released in June, the festival said.")));
        ArcLinker linker = new ArcLinker();
        String arc = linker.link(heist);
        assertThat(linker.link(concert)).isNotEqualTo(arc);
    }

    @Test
    void aTrialMonthsAfterTheArrestJoinsTheArrestsStoryline() {
        ArcLinker linker = new ArcLinker();
        String arc = linker.link(ARREST);
        linker.link(OTHER_ARREST);
        linker.link(QUAKE);
        assertThat(linker.link(TRIAL)).isEqualTo(arc);
        assertThat(linker.arcs().get(arc)).containsExactly("arrest", "trial");
    }

    @Test
    void anotherEventOfTheSameKindOpensAStorylineOfItsOwn() {
        ArcLinker linker = new ArcLinker();
        String arrest = linker.link(ARREST);
        String quake = linker.link(QUAKE);
        assertThat(linker.link(OTHER_ARREST)).isNotEqualTo(arrest);
        assertThat(linker.link(OTHER_QUAKE)).isNotEqualTo(quake);
        assertThat(linker.arcs()).hasSize(4);
    }

    @Test
    void aStoryFarBeyondTheHorizonIsNotLinkedEvenWithTheSameNames() {
        ArcLinker linker = new ArcLinker(new ArcLinker.Settings(0.20, 30, 0.35));
        String arc = linker.link(ARREST);
        assertThat(linker.link(TRIAL)).isNotEqualTo(arc);
    }

    @Test
    void relinkingAGrownStoryKeepsItsStoryline() {
        ArcLinker linker = new ArcLinker();
        String arc = linker.link(ARREST);
        String again = linker.link(story("arrest", "2026-02-02", "2026-02-06", Map.of("maria ellison", 14, "port elm", 6)));
        assertThat(again).isEqualTo(arc);
        assertThat(linker.arcOf("arrest")).contains(arc);
    }

    @Test
    void aStoryThatStoodAloneJoinsAStorylineOnceItsNamesHaveGrown() {
        ArcLinker linker = new ArcLinker();
        String arc = linker.link(ARREST);
        linker.link(QUAKE);
        String first = linker.link(story("trial", "2026-05-11", "2026-05-11", Map.of("judge okafor", 2, "monday", 1)));
        assertThat(first).isNotEqualTo(arc);
        assertThat(linker.link(TRIAL)).isEqualTo(arc);
        assertThat(linker.arcs()).doesNotContainKey(first);
        assertThat(linker.storiesOf(arc)).containsExactly("arrest", "trial");
    }

    @Test
    void aStoryThatSharesItsStorylineStaysWhenItGrows() {
        ArcLinker linker = new ArcLinker();
        String arc = linker.link(ARREST);
        linker.link(TRIAL);
        linker.link(QUAKE);
        assertThat(linker.link(story("trial", "2026-05-11", "2026-05-21", Map.of("kefalonia", 30, "argostoli", 9)))).isEqualTo(arc);
    }

    @Test
    void aRemovedStoryLeavesItsStorylineAndAnEmptiedStorylineGoes() {
        ArcLinker linker = new ArcLinker();
        String arc = linker.link(ARREST);
        linker.link(TRIAL);
        String quake = linker.link(QUAKE);
        assertThat(linker.remove("arrest")).contains(arc);
        assertThat(linker.storiesOf(arc)).containsExactly("trial");
        assertThat(linker.remove("quake")).contains(quake);
        assertThat(linker.arcs()).doesNotContainKey(quake);
        assertThat(linker.arcOf("quake")).isEmpty();
        assertThat(linker.remove("never-linked")).isEmpty();
    }

    @Test
    void aRestoredLinkerLinksTheNextStoryAsTheOriginalWould() {
        ArcLinker original = new ArcLinker();
        original.link(ARREST);
        original.link(OTHER_ARREST);
        original.link(QUAKE);
        ArcLinker restored = new ArcLinker();
        restored.restore(ARREST, original.arcOf("arrest").orElseThrow());
        restored.restore(OTHER_ARREST, original.arcOf("other").orElseThrow());
        restored.restore(QUAKE, original.arcOf("quake").orElseThrow());
        assertThat(restored.link(TRIAL)).isEqualTo(original.link(TRIAL)).isEqualTo(original.arcOf("arrest").orElseThrow());
    }
}
