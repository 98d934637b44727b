package dev.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019-11-19T10:00:00-05:00 | 2019-11-19T15:00:00Z",
            "2019-11-19T10:00:00.000+0100 | 2019-11-19T09:00:00Z",
            "2025-03-04T09:30:00Z | 2025-03-04T09:30:00Z",
            "2025-03-04T09:30:00.250-05:00 | 2025-03-04T14:30:00Z",
            "2025-03-04T09:30+0100 | 2025-03-04T08:30:00Z",
            "2025-03-04 09:30:00 | 2025-03-04T09:30:00Z",
            "2025-03-04T09:30:00+01:00[Europe/Paris] | 2025-03-04T08:30:00Z",
            "Tue, 19 Nov 2019 10:00:00 GMT | 2019-11-19T10:00:00Z",
            "Tue, 4 Mar 2025 09:30:00 +0900 | 2025-03-04T00:30:00Z",
            "June 13, 2013 4: 59 PM EDT | 2013-06-13T20:59:00Z",
            "May 2, 2013, 1: 12 PM | 2013-05-02T13:12:00Z",
            "Monday, March 11, 2013 23: 51 | 2013-03-11T23:51:00Z",
            "9 September 2013 Last updated at 14: 39 GMT | 2013-09-09T14:39:00Z",
            "Nov. 19, 2019 4:08 p. m. ET | 2019-11-19T21:08:00Z",
            "March 11, 2013 19:09 KST | 2013-03-11T10:09:00Z"})
    void readsTheTimesFeedsRecordsAndPagesWrite(String text, String expected) {
        assertThat(DateText.parse(text)).hasValueSatisfying(d -> assertThat(d.instant()).isEqualTo(Instant.parse(expected)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019-11-19 | 2019-11-19",
            "14 June 2013 | 2013-06-14",
            "2019/11/19 | 2019-11-19"})
    void aDateWithoutATimeStaysADay(String text, String day) {
        assertThat(DateText.parse(text)).hasValueSatisfying(d -> {
            assertThat(d.hasTime()).isFalse();
            assertThat(d.day()).isEqualTo(LocalDate.parse(day));
            assertThat(d.pageForm()).isEqualTo(day);
        });
    }

    @Test
    void aTimeWithoutAZoneIsReadInThePublishersZone() {
        PublicationDate d = DateText.parse("March 11, 2013 19:09", ZoneId.of("Asia/Seoul")).orElseThrow();
        assertThat(d.instant()).isEqualTo(Instant.parse("2013-03-11T10:09:00Z"));
        assertThat(DateText.parse("March 11, 2013 19:09 GMT", ZoneId.of("Asia/Seoul")).orElseThrow().instant())
                .isEqualTo(Instant.parse("2013-03-11T19:09:00Z"));
    }

    @Test
    void theDayIsTheDayAtThePublisher() {
        // 23:30 in New York is already the next day in UTC; "yesterday" in the text means the day before the 19th
        PublicationDate d = DateText.parse("2019-11-19T23:30:00-05:00").orElseThrow();
        assertThat(d.day()).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(d.instant()).isEqualTo(Instant.parse("2019-11-20T04:30:00Z"));
    }

    @Test
    void aTimeWithoutADateGivesNothing() {
        assertThat(DateText.parse("Updated 4: 08 p. m. ET")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2025-13-01", "04/03/2025", "February 31, 2020", "no date here"})
    void unreadableTextsGiveNothing(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1601-01-01", "2999-12-31T10:00:00Z"})
    void placeholderDatesAreNotPublicationDates(String text) {
        assertThat(DateText.parse(text)).isEmpty();
        assertThat(PublicationDate.fromText(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://www.koreaherald.example/view.php?ud=20130311000800 | ",
            "https://news.example/2013/03/11/summit-opens | 2013-03-11",
            "https://news.example/world/2013-03-11/summit-opens.html | 2013-03-11",
            "https://news.example/20130311/summit | 2013-03-11",
            "https://news.example/2013/3/1/summit | 2013-03-01",
            "https://news.example/movies/gary-ross-will-not-direct-sequel-20120411 | 2012-04-11",
            "https://news.example/story-19991332 | ",
            "https://news.example/article/2048912/summit | ",
            "https://news.example/article/2086/02/02/summit | ",
            "https://news.example/2013/13/11/summit | ",
            "https://news.example/story/2013/summit | ",
            "file:///data/2013/03/11/a.txt | "})
    void findsTheDayInAUrlPath(String url, String day) {
        if (day == null) {
            assertThat(DateText.inUrl(url)).isEmpty();
        } else {
            assertThat(DateText.inUrl(url)).contains(LocalDate.parse(day));
        }
    }
}
