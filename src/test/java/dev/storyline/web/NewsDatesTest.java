package dev.storyline.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NewsDatesTest {

    @Test
    void timesReadInUtcWithEnglishMonths() {
        assertThat(NewsDates.time(Instant.parse("2026-11-24T14:05:59Z"))).isEqualTo("24 Nov 2026, 14:05 UTC");
        assertThat(NewsDates.time(Instant.parse("2026-01-03T23:30:00-02:00"))).isEqualTo("4 Jan 2026, 01:30 UTC");
        assertThat(NewsDates.time(null)).isEmpty();
    }

    @Test
    void timelineDatesKeepTheirPrecision() {
        assertThat(NewsDates.calendarDate("2026-01-13")).isEqualTo("13 Jan 2026");
        assertThat(NewsDates.calendarDate("2025-10")).isEqualTo("Oct 2025");
        assertThat(NewsDates.calendarDate("1942")).isEqualTo("1942");
    }

    @Test
    void valuesThatAreNotCalendarDatesAreShownAsGiven() {
        assertThat(NewsDates.calendarDate("199X")).isEqualTo("199X");
        assertThat(NewsDates.calendarDate("2026-02-30")).isEqualTo("2026-02-30");
        assertThat(NewsDates.calendarDate(null)).isEmpty();
    }
}
