package dev.storyline.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionHeadingTest {

    @Test
    void cutsBeforeTheSubordinateClauseAndAttribution() {
        assertThat(SectionHeading.of("Rescue teams reached the flooded valley on Tuesday after a night of rain, officials said."))
                .isEqualTo("Rescue teams reached the flooded valley");
    }

    @Test
    void neverEndsOnAFunctionWordAndKeepsAtMostNineWords() {
        String h = SectionHeading.of("The government of the island of Kefalonia asked for help from the army on Wednesday.");
        assertThat(h.split(" ")).hasSizeLessThanOrEqualTo(9);
        assertThat(h).doesNotEndWith(" of").doesNotEndWith(" the");
    }

    @Test
    void anOpeningTimePhraseIsLeftOutAndAClauseThatEndsByItselfIsPreferred() {
        assertThat(SectionHeading.of("On Wednesday night, about 200 people attended the vigil in the square."))
                .isEqualTo("About 200 people attended the vigil");
        assertThat(SectionHeading.best(java.util.List.of(
                "When the suspect was arrested on the motorway, police found a shotgun in his car.",
                "Police found a shotgun and three shells in the suspect's car."), java.util.Set.of()))
                .isEqualTo("Police found a shotgun");
    }
}
