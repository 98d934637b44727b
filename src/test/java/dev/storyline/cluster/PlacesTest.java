package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {

    private final Places places = Places.shared();

    @Test
    void aCityLiesInItsRegionAndItsCountry() {
        Places.Stated malibu = places.in("The actress checked into a clinic in Los Angeles, Calif., on Friday.");
        Places.Stated california = places.in("The actress checked into a rehab clinic in California.");
        Places.Stated country = places.in("The actress is back in the United States after a week abroad.");
        assertThat(malibu.readings()).contains("US/CA");
        assertThat(Places.apart(malibu.readings(), california.readings())).isFalse();
        assertThat(Places.apart(malibu.readings(), country.readings())).isFalse();
    }

    @Test
    void citiesOfTwoCountriesLieApart() {
        Places.Stated tehran = places.in("A strong earthquake struck near Tehran on Sunday.");
        Places.Stated beijing = places.in("A strong earthquake struck near Beijing on Sunday.");
        assertThat(Places.apart(tehran.readings(), beijing.readings())).isTrue();
        assertThat(Places.apart(tehran.readings(), places.in("The quake was felt in Iran.").readings())).isFalse();
    }

    @Test
    void aDatelineAndAPlaceAfterACommaArePlaces() {
        assertThat(places.in("Tehran, Iran - A strong earthquake struck on Sunday.").readings()).contains("IR");
        assertThat(places.in("The store in Wellington, Somerset, burned down.").names()).contains("wellington", "somerset");
    }

    @Test
    void namesThatSayWhoOrNameSomethingElseAreNoPlace() {
        // An actor, a surname, a stadium and a newspaper: none says where the event happened.
        assertThat(places.in("India said its navy had captured 23 pirates.").readings()).isEmpty();
        assertThat(places.in("Jackson scored twice for the visitors.").readings()).isEmpty();
        assertThat(places.in("Klitschko won at Stade de Suisse on Saturday.").readings()).isEmpty();
        assertThat(places.in("The contract was confirmed to the Los Angeles Times.").readings()).isEmpty();
    }

    @Test
    void aSentenceThatStatesNoPlaceIsNoEvidence() {
        assertThat(Places.apart(places.in("The company recalled the cars.").readings(),
                places.in("The recall began in Japan.").readings())).isFalse();
    }
}
