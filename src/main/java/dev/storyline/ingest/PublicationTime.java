package dev.storyline.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the publication times that sources state in metadata: ISO-8601 instants and offset date-times
 * ({@code 2025-03-04T09:30:00Z}, {@code 2025-03-04T09:30:00+01:00}), a date-time without zone (taken as
 * UTC, as a source that omits the zone gives no better guess), a plain date ({@code 2025-03-04}, start of
 * that day in UTC), and the RFC 1123 form feeds use ({@code Tue, 4 Mar 2025 09:30:00 GMT}). Stateless.
 */
public final class PublicationTime {

    private static final List<Function<String, Instant>> FORMS = List.of(
            Instant::parse,
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> ZonedDateTime.parse(s).toInstant(),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XX")).toInstant(),
            s -> OffsetDateTime.parse(s.replace(' ', 'T')).toInstant(),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

    private PublicationTime() {
    }

    /** The instant a text names, or empty when it is blank or in none of the accepted forms. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        for (Function<String, Instant> form : FORMS) {
            try {
                return Optional.of(form.apply(s));
            } catch (java.time.DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
