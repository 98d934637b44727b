package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019-11-19T10:00:00-05:00 | 2019-11-19T15:00:00Z",
            "2019-11-19T10:00:00.000+0100 | 2019-11-19T09:00:00Z",
            "2019-11-19 | 2019-11-19T00:00:00Z",
            "Tue, 19 Nov 2019 10:00:00 GMT | 2019-11-19T10:00:00Z",
            "June 13, 2013 4: 59 PM EDT | 2013-06-13T20:59:00Z",
            "May 2, 2013, 1: 12 PM | 2013-05-02T13:12:00Z",
            "14 June 2013 | 2013-06-14T00:00:00Z",
            "Monday, March 11, 2013 23: 51 | 2013-03-11T23:51:00Z",
            "9 September 2013 Last updated at 14: 39 GMT | 2013-09-09T14:39:00Z",
            "Nov. 19, 2019 4:08 p. m. ET | 2019-11-19T21:08:00Z",
            "2019/11/19 | 2019-11-19T00:00:00Z"})
    void readsTheFormsNewsPagesUse(String text, String expected) {
        assertThat(DateText.parse(text)).contains(Instant.parse(expected));
    }

    @Test
    void aTimeWithoutADateGivesNothing() {
        assertThat(DateText.parse("Updated 4: 08 p. m. ET")).isEmpty();
    }

    @Test
    void anImpossibleDateGivesNothing() {
        assertThat(DateText.parse("February 31, 2020")).isEmpty();
        assertThat(DateText.parse("no date here")).isEmpty();
    }
}
