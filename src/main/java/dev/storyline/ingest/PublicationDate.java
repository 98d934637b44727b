package dev.storyline.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its source says and no more: an instant when a time is
 * known, else only a calendar day (a URL path {@code /2013/03/11/} or a dateline "14 June 2013" names no
 * hour, and midnight UTC would be an invented one). {@link #day()} is the day at the publisher (the local
 * date in the offset the source wrote, else in UTC): the one day that relative dates in the text resolve
 * against, computed here and nowhere else. Every source of a date (feed, record, page metadata, visible
 * line, URL) makes one through {@link #at} or {@link #onDay}, which hold the one plausibility check.
 * Immutable.
 *
 * @param instant  the moment of publication, or {@code null} when only the day is known
 * @param day      the day of publication at the publisher, never {@code null}
 * @param inferred true when the article states no date and this one was estimated from its story
 */
public record PublicationDate(Instant instant, LocalDate day, boolean inferred)
        implements Comparable<PublicationDate> {

    /** Templates print placeholder dates such as 0001-01-01; no news was published before 1800. */
    private static final LocalDate PLAUSIBLE_FROM = LocalDate.of(1800, 1, 1);
    /**
     * Nothing is published in the future: a day past tomorrow (a day of slack for the publisher's zone
     * and a fast clock) is a typo or a template's date ("7 Jun 2080" on a 2013 blog post).
     */
    private static final int DAYS_AHEAD = 2;

    private static final Comparator<PublicationDate> ORDER =
            Comparator.comparing(PublicationDate::moment).thenComparing(PublicationDate::day);

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PublicationDate {
        Objects.requireNonNull(day, "day");
        if (!plausible(day)) {
            throw new IllegalArgumentException("implausible publication day " + day);
        }
        if (instant != null && Math.abs(instant.atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay() - day.toEpochDay()) > 1) {
            throw new IllegalArgumentException("publication day " + day + " is not the day of " + instant);
        }
    }

    /** The instant as a publication time whose day is its day in {@code zone}; empty when implausible. */
    public static Optional<PublicationDate> at(Instant instant, ZoneId zone) {
        if (instant == null) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = instant.atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return plausible(day) ? Optional.of(new PublicationDate(instant, day, false)) : Optional.empty();
    }

    /** The instant as a publication time dated in UTC; empty when {@code null} or implausible. */
    public static Optional<PublicationDate> at(Instant instant) {
        return at(instant, ZoneOffset.UTC);
    }

    /** A publication known to the day only; empty when {@code null} or implausible. */
    public static Optional<PublicationDate> onDay(LocalDate day) {
        return day != null && plausible(day) ? Optional.of(new PublicationDate(null, day, false)) : Optional.empty();
    }

    /**
     * Reads a stored or exchanged value: an ISO instant or offset date-time, as records stored before
     * this type existed hold it, or any written date {@link DateText} reads. {@code null} when unreadable
     * or implausible, so that an old record with a placeholder date still loads, undated.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PublicationDate fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return at(Instant.parse(text.strip())).orElse(null);
        } catch (DateTimeParseException e) {
            return DateText.parse(text).orElse(null);
        }
    }

    /** This date, marked as estimated from the story rather than stated by the article. */
    public PublicationDate asInferred() {
        return new PublicationDate(instant, day, true);
    }

    /** Whether the source gave a time of day, not only the day. */
    @JsonIgnore
    public boolean hasTime() {
        return instant != null;
    }

    /**
     * The instant, or the start of the day in UTC when only the day is known: for ordering and for
     * distances between reports, never for display.
     */
    @JsonIgnore
    public Instant moment() {
        return instant != null ? instant : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** What a page shows: the ISO instant in UTC when a time is known, else {@code YYYY-MM-DD}. */
    @JsonIgnore
    public String pageForm() {
        return instant != null ? instant.toString() : day.toString();
    }

    @Override
    public int compareTo(PublicationDate other) {
        return ORDER.compare(this, other);
    }

    private static boolean plausible(LocalDate day) {
        return day.isAfter(PLAUSIBLE_FROM) && !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(DAYS_AHEAD));
    }
}
