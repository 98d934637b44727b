package dev.storyline.follow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server or a feed says about how soon to come back: {@code Retry-After} (seconds or an HTTP date),
 * {@code Cache-Control: max-age}, and RSS {@code <ttl>} (minutes). Each is a floor under the next wait.
 */
final class ServerHints {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(?:s-)?max-age\\s*=\\s*\"?(\\d{1,10})");
    /** RSS 2.0 {@code <channel><ttl>}: looked for in the channel head, before the first item. */
    private static final Pattern TTL = Pattern.compile("<ttl>\\s*(\\d{1,7})\\s*</ttl>");
    private static final int HEAD_BYTES = 16_384;

    private ServerHints() {
    }

    /** {@code Retry-After} as a wait from {@code now}: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 10 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@code max-age} (or {@code s-maxage}) of a {@code Cache-Control} header. */
    static Optional<Duration> maxAge(String cacheControl) {
        if (cacheControl == null) {
            return Optional.empty();
        }
        Matcher m = MAX_AGE.matcher(cacheControl.toLowerCase(Locale.ROOT));
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /** An RSS feed's {@code ttl}, the minutes it may be cached. */
    static Optional<Duration> ttl(byte[] feed) {
        String head = new String(feed, 0, Math.min(feed.length, HEAD_BYTES), StandardCharsets.UTF_8);
        int firstItem = head.indexOf("<item");
        Matcher m = TTL.matcher(firstItem < 0 ? head : head.substring(0, firstItem));
        return m.find() ? Optional.of(Duration.ofMinutes(Long.parseLong(m.group(1)))) : Optional.empty();
    }
}
