package dev.storyline.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationTimeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-03-04T09:30:00Z|2025-03-04T09:30:00Z",
            "2025-03-04T09:30:00+01:00|2025-03-04T08:30:00Z",
            "2025-03-04T09:30:00.250-05:00|2025-03-04T14:30:00.250Z",
            "2025-03-04T09:30+0100|2025-03-04T08:30:00Z",
            "2025-03-04 09:30:00|2025-03-04T09:30:00Z",
            "2025-03-04|2025-03-04T00:00:00Z",
            "Tue, 4 Mar 2025 09:30:00 GMT|2025-03-04T09:30:00Z"})
    void acceptedForms(String text, String expected) {
        assertThat(PublicationTime.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2025-13-01", "04/03/2025"})
    void unreadableTextsGiveNothing(String text) {
        assertThat(PublicationTime.parse(text)).isEmpty();
    }
}
