package dev.storyline.web;

import dev.storyline.time.CalendarDate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How dates read on the pages: times in UTC ({@code 24 Nov 2026, 14:05 UTC}) and timeline dates at the
 * precision the sources give them ({@code 13 Jan 2026}, {@code Oct 2025}, {@code 1942}). English month
 * names whatever the server's locale. Stateless and safe to share across threads.
 */
public final class NewsDates {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private NewsDates() {
    }

    /** {@code 24 Nov 2026, 14:05 UTC}; empty for {@code null}. */
    public static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    /**
     * A publication date in page form ({@link dev.storyline.ingest.PublicationDate#pageForm()}): an
     * instant as {@link #time}, a day as {@code 24 Nov 2026}; other values as given, empty for {@code null}.
     */
    public static String published(String pageForm) {
        if (pageForm == null) {
            return "";
        }
        try {
            return time(Instant.parse(pageForm));
        } catch (java.time.format.DateTimeParseException e) {
            return calendarDate(pageForm);
        }
    }

    /** A timeline date ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}) for reading; other values as given. */
    public static String calendarDate(String value) {
        Optional<CalendarDate> parsed = CalendarDate.parse(value);
        if (parsed.isEmpty()) {
            return value == null ? "" : value;
        }
        CalendarDate d = parsed.get();
        return switch (d.precision()) {
            case DAY -> DAY.format(d.firstDay());
            case MONTH -> MONTH.format(d.firstDay());
            case YEAR -> String.valueOf(d.year());
        };
    }
}
