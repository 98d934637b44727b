package dev.storyline.arc;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

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
        ArcLinker linker = new ArcLinker(new ArcLinker.Settings(0.30, 30));
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
