package dev.storyline.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisagreementsTest {

    @Test
    void aFigureIsANumberWithTheWordItCounts() {
        assertThat(Disagreements.figures("The floods killed 1,200 people and destroyed 15 houses in 2026."))
                .extracting(Disagreements.Figure::number, Disagreements.Figure::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1200", "people"), org.assertj.core.groups.Tuple.tuple("15", "house"));
        assertThat(Disagreements.singular("punches")).isEqualTo("punch");
        assertThat(Disagreements.figures("A 6. 1 - magnitude quake struck.")).isEmpty();
    }

    @Test
    void daysOfTheMonthAndYearsAreNotCounts() {
        assertThat(Disagreements.figures("On May 11 2026 the river rose at 5 p.m. in the valley.")).isEmpty();
    }

    @Test
    void aUnitIsTheWholeCompoundAndASplitThousandIsNoFigure() {
        assertThat(Disagreements.figures("The 15, 800 - square - metre building houses law offices.")).isEmpty();
        assertThat(Disagreements.figures("The 800 - square - metre building houses law offices."))
                .extracting(Disagreements.Figure::unit).containsExactly("square-metre");
        assertThat(Disagreements.figures("The 15,000-square-foot building houses law offices."))
                .extracting(Disagreements.Figure::unit).containsExactly("square-foot");
    }
}
