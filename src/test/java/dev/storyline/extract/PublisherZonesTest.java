package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which zone a publisher's times without one are read in, and when none is plain. */
class PublisherZonesTest {

    private static final String LEAD = "The two leaders agreed on Tuesday to run DNA tests on the remains found at the mine.";

    @Test
    void aDatelineInCapitalsOrWithAnAgencyNamesTheCity() {
        assertThat(PublisherZones.dateline(List.of("TOKYO — " + LEAD))).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(PublisherZones.dateline(List.of("New Delhi (Reuters) - " + LEAD))).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(PublisherZones.dateline(List.of("WASHINGTON, March 3 (AP) — " + LEAD)))
                .contains(ZoneId.of("America/New_York"));
    }

    @Test
    void aSentenceOpeningOnACityIsNoDateline() {
        assertThat(PublisherZones.dateline(List.of("Tokyo and Seoul agreed on Tuesday to run DNA tests on the remains."))).isEmpty();
        assertThat(PublisherZones.dateline(List.of("SYDNEY — " + LEAD).subList(0, 0))).isEmpty();
    }

    @Test
    void aCityOfACountryOfManyZonesIsNotGuessed() {
        // a dateline of a city this table does not hold says nothing
        assertThat(PublisherZones.dateline(List.of("PHOENIX — " + LEAD))).isEmpty();
        assertThat(PublisherZones.of("https://www.example.com/a", "en-US", List.of(), List.of(LEAD))).isEmpty();
    }

    @Test
    void theDeclaredOffsetComesBeforeTheHomeAndTheHomeBeforeTheDateline() {
        assertThat(PublisherZones.of("https://www.nytimes.com/2026/01/13/world/asia/nara.html", "en",
                List.of("2026-01-13T19:09:00+09:00"), List.of("SEOUL — " + LEAD))).contains(ZoneId.of("+09:00"));
        assertThat(PublisherZones.of("https://www.nytimes.com/2026/01/13/world/asia/nara.html", "en",
                List.of(), List.of("SEOUL — " + LEAD))).contains(ZoneId.of("America/New_York"));
        assertThat(PublisherZones.of("https://news.example.com/a", "en", List.of(), List.of("SEOUL — " + LEAD)))
                .contains(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void aSubdomainOfAKnownPublisherIsAtItsHome() {
        assertThat(PublisherZones.of("http://articles.latimes.com/2013/may/02/a", null, List.of(), List.of()))
                .contains(ZoneId.of("America/Los_Angeles"));
    }
}
