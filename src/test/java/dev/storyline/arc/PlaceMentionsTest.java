package dev.storyline.arc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceMentionsTest {

    @Test
    void aNameAfterAPrepositionOfPlaceIsMentionedAsAPlace() {
        assertThat(PlaceMentions.placeMentions("Four men raided a store in central Paris on Monday.", "Paris")).isEqualTo(1);
        assertThat(PlaceMentions.placeMentions("Rebels advanced from Ajdabiya towards the oil port of Brega.", "Ajdabiya")).isEqualTo(1);
        assertThat(PlaceMentions.placeMentions("BENGHAZI (Reuters) - Rebels held the city.", "BENGHAZI")).isEqualTo(1);
    }

    @Test
    void aPersonAfterAPrepositionOfAnotherKindIsNot() {
        assertThat(PlaceMentions.placeMentions("The envoy was in talks with Gaddafi on Sunday.", "Gaddafi")).isZero();
        assertThat(PlaceMentions.placeMentions("Murray spoke on behalf of Jackson's family.", "Jackson")).isZero();
        assertThat(PlaceMentions.placeMentions("Conrad Murray denied the charge.", "Conrad Murray")).isZero();
    }

    @Test
    void countriesTheirAdjectivesAndTimeZoneCitiesArePlacesWhateverTheirMentions() {
        assertThat(PlaceMentions.isPlace("libya", 0, 10)).isTrue();
        assertThat(PlaceMentions.isPlace("libyan", 0, 10)).isTrue();
        assertThat(PlaceMentions.isPlace("egyptian", 0, 10)).isTrue();
        assertThat(PlaceMentions.isPlace("tripoli", 0, 10)).isTrue();
        assertThat(PlaceMentions.isPlace("conrad murray", 0, 10)).isFalse();
        assertThat(PlaceMentions.isPlace("benghazi", 5, 10)).isTrue();
        assertThat(PlaceMentions.isPlace("nato", 1, 10)).isFalse();
    }
}
