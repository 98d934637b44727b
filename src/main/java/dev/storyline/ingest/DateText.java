package dev.storyline.ingest;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of written publication dates, for feeds, article records, page metadata and visible
 * lines alike: ISO 8601 ({@code 2019-11-19T10:00:00-05:00}, {@code 2019-11-19}), mail-style dates
 * ({@code Tue, 4 Mar 2025 09:30:00 GMT}), and lines such as "June 13, 2013 4:59 PM EDT", "14 June 2013",
 * "Monday, March 11, 2013 23:51" or "Nov. 19, 2019". It tolerates the spaces that tokenised texts put
 * inside times ("4: 59 PM", "4: 08 p. m. ET"). A text that gives a time without a date yields nothing (a
 * time alone does not place an article); one that gives a date without a time yields that day, not
 * midnight. A time without a zone is read in the zone the caller knows the publisher to be in, else UTC.
 * Stateless and thread-safe.
 */
public final class DateText {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?");
    private static final Pattern SLASHED_YMD = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)?(?:\\s*\\(?([A-Z]{2,5}|[+-]\\d{2}:?\\d{2})\\)?)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * {@code /2013/03/11/}, {@code /2013-03-11/}, {@code /20130311/}, or eight digits closing a slug
     * ({@code /gary-ross-will-not-direct-20120411}): a day in a URL path.
     */
    private static final Pattern URL_DAY = Pattern.compile(
            "(?:/((?:19|20)\\d{2})([/-]?)(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])"
                    + "|[-_]((?:19|20)\\d{2})()(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))(?=[/._-]|$)");
    private static final Pattern SPACED_COLON = Pattern.compile("(\\d)\\s*:\\s+(\\d)");
    private static final Pattern SPACED_MERIDIEM = Pattern.compile("\\b([ap])\\.\\s*m\\b\\.?", Pattern.CASE_INSENSITIVE);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId DENVER = ZoneId.of("America/Denver");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ET", NEW_YORK), Map.entry("EDT", NEW_YORK), Map.entry("EST", NEW_YORK),
            Map.entry("CT", CHICAGO), Map.entry("CDT", CHICAGO), Map.entry("CST", CHICAGO),
            Map.entry("MT", DENVER), Map.entry("MDT", DENVER), Map.entry("MST", DENVER),
            Map.entry("PT", LOS_ANGELES), Map.entry("PDT", LOS_ANGELES), Map.entry("PST", LOS_ANGELES),
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("BST", LONDON), Map.entry("CET", PARIS), Map.entry("CEST", PARIS),
            Map.entry("IST", ZoneId.of("Asia/Kolkata")), Map.entry("JST", ZoneId.of("Asia/Tokyo")),
            Map.entry("AEST", ZoneId.of("Australia/Sydney")), Map.entry("AEDT", ZoneId.of("Australia/Sydney")),
            Map.entry("AWST", ZoneId.of("Australia/Perth")), Map.entry("NZST", ZoneId.of("Pacific/Auckland")),
            Map.entry("NZDT", ZoneId.of("Pacific/Auckland")), Map.entry("KST", ZoneId.of("Asia/Seoul")),
            Map.entry("HKT", ZoneId.of("Asia/Hong_Kong")), Map.entry("SGT", ZoneId.of("Asia/Singapore")),
            Map.entry("PHT", ZoneId.of("Asia/Manila")), Map.entry("WIB", ZoneId.of("Asia/Jakarta")),
            Map.entry("EET", ZoneId.of("Europe/Athens")), Map.entry("EEST", ZoneId.of("Europe/Athens")),
            Map.entry("WET", ZoneId.of("Europe/Lisbon")), Map.entry("MSK", ZoneId.of("Europe/Moscow")));

    private DateText() {
    }

    /** The publication date a text names, times without a zone read as UTC; empty when it names no day. */
    public static Optional<PublicationDate> parse(String text) {
        return parse(text, null);
    }

    /**
     * The publication date a text names, or empty when it names no plausible calendar day.
     *
     * @param publisherZone the zone to read a time in when the text states none, or {@code null} for UTC
     */
    public static Optional<PublicationDate> parse(String text, ZoneId publisherZone) {
        return written(text).flatMap(w -> w.date(publisherZone));
    }

    /** The zone or offset a date text states ("+09:00", "EDT", "GMT"), or empty when it states none. */
    public static Optional<ZoneId> statedZone(String text) {
        return written(text).map(Written::zone);
    }

    /** A date as written: the day, the time of day if given, the zone if stated. */
    private record Written(LocalDate date, LocalTime time, ZoneId zone) {
        Optional<PublicationDate> date(ZoneId publisherZone) {
            if (time == null) {
                return PublicationDate.onDay(date);
            }
            ZoneId z = zone != null ? zone : publisherZone != null ? publisherZone : ZoneOffset.UTC;
            return PublicationDate.at(LocalDateTime.of(date, time).atZone(z).toInstant(), z);
        }
    }

    private static Optional<Written> written(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normalise(text);
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return fromIso(iso);
        }
        LocalDate date = null;
        int dateEnd = -1;
        int dateStart = -1;
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            date = date(m.group(3), month(m.group(1)), m.group(2));
            dateStart = m.start();
            dateEnd = m.end();
        } else if ((m = DAY_MONTH_YEAR.matcher(s)).find()) {
            date = date(m.group(3), month(m.group(2)), m.group(1));
            dateStart = m.start();
            dateEnd = m.end();
        } else if ((m = SLASHED_YMD.matcher(s)).find()) {
            date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            dateStart = m.start();
            dateEnd = m.end();
        }
        if (date == null) {
            return Optional.empty();
        }
        // The time may come after the date ("June 13, 2013 4:59 PM") or before it ("14:39 GMT, 9 May 2013").
        Matcher t = TIME.matcher(s);
        boolean found = t.find(dateEnd) || (t.find(0) && t.end() <= dateStart);
        if (found) {
            LocalTime parsed = time(t.group(1), t.group(2), t.group(3), t.group(4));
            if (parsed != null) {
                return Optional.of(new Written(date, parsed, zone(t.group(5))));
            }
        }
        return Optional.of(new Written(date, null, null));
    }

    /** The day a URL's path names ({@code /2013/03/11/}, {@code /2013-03-11/}, {@code /20130311/}). */
    public static Optional<LocalDate> inUrl(String url) {
        if (url == null || !url.matches("(?i)https?://.*")) {
            return Optional.empty();
        }
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getRawPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher m = path == null ? null : URL_DAY.matcher(path);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        int g = m.group(1) != null ? 1 : 5;
        // Run together, a day is eight digits (20130311); a shorter run is an article number (/2048912/).
        if (m.group(g + 1).isEmpty() && (m.group(g + 2).length() < 2 || m.group(g + 3).length() < 2)) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 2)),
                    Integer.parseInt(m.group(g + 3)));
            return PublicationDate.onDay(day).map(PublicationDate::day);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Tokenised texts write "4: 59 p. m."; make it "4:59 pm" so the patterns stay simple. */
    public static String normalise(String text) {
        String s = SPACED_COLON.matcher(text.strip()).replaceAll("$1:$2");
        return SPACED_MERIDIEM.matcher(s).replaceAll("$1m");
    }

    private static Optional<Written> fromIso(Matcher m) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new Written(d, null, null));
            }
            LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String z = m.group(7);
            ZoneId zone = null;
            if (z != null && (z.startsWith("+") || z.startsWith("-"))) {
                String digits = z.replace(":", "");
                int h = Integer.parseInt(digits.substring(1, 3));
                int min = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
                int sign = z.startsWith("-") ? -1 : 1;
                zone = ZoneOffset.ofHoursMinutes(sign * h, sign * min);
            } else if (z != null) {
                zone = ZoneOffset.UTC;
            }
            return Optional.of(new Written(d, t, zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static LocalTime time(String hour, String minute, String second, String meridiem) {
        try {
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(minute);
            if (meridiem != null) {
                boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
                if (h < 1 || h > 12) {
                    return null;
                }
                h = h % 12 + (pm ? 12 : 0);
            }
            return LocalTime.of(h, min, second == null ? 0 : Integer.parseInt(second));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The zone a time names, or {@code null} when it names none this reader knows. */
    private static ZoneId zone(String name) {
        if (name == null) {
            return null;
        }
        if (name.startsWith("+") || name.startsWith("-")) {
            try {
                return ZoneOffset.of(name.length() == 5 ? name.substring(0, 3) + ":" + name.substring(3) : name);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return ZONES.get(name.toUpperCase(Locale.ROOT));
    }
}
