package dev.storyline.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The English words the tagger reads as calendar names and counts. Immutable, shared. */
final class Lexicon {
    private Lexicon() {
    }

    static final String MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december|sept\\.?|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|oct\\.?|nov\\.?"
            + "|dec\\.?";
    static final String WEEKDAY_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    static final String NUMBER_WORDS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+hundred"
            + "|one\\s+hundred|hundreds|dozens|a\\s+dozen|a\\s+few|a\\s+couple\\s+of|a\\s+couple|couple\\s+of"
            + "|several|few|many|a|an|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    static final String UNIT_WORDS = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?"
            + "|years?|decades?|century|centuries|millenni(?:um|a))";

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(full[i], i + 1);
            MONTHS.put(full[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen"};
        for (int i = 0; i < units.length; i++) {
            NUMBERS.put(units[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], (i + 2) * 10);
        }
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("a hundred", 100);
        NUMBERS.put("one hundred", 100);
        NUMBERS.put("a dozen", 12);
        NUMBERS.put("a couple", 2);
        NUMBERS.put("a couple of", 2);
        NUMBERS.put("couple of", 2);
    }

    /** Words at which an expression can begin (besides any digit). */
    static final Set<String> TRIGGERS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow", "now", "nowadays", "currently",
            "current", "presently", "present", "recently", "recent", "lately", "previously", "formerly", "soon",
            "future", "past", "last", "next", "this", "these", "coming", "previous", "following", "earlier",
            "later", "early", "mid", "late", "the", "a", "an", "at", "in", "each", "every", "daily", "weekly",
            "monthly", "annually", "yearly", "nightly", "hourly", "quarterly", "fiscal", "spring", "summer",
            "fall", "autumn", "winter", "morning", "afternoon", "evening", "night", "overnight", "midnight", "noon",
            "midday", "year", "christmas", "new", "thanksgiving", "halloween", "several", "few", "many", "some",
            "almost", "nearly", "up", "less", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundreds", "dozens", "couple", "first", "second", "third", "fourth", "seconds", "minutes", "hours",
            "days", "weeks", "months", "years", "decades", "centuries", "latest", "end", "beginning", "start",
            "middle", "then", "once", "twentieth", "nineteenth", "eighteenth", "calendar", "half", "weekend");

    /** The month number of a month name or abbreviation (any case, with or without its period), else 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.getOrDefault(w, 0);
    }

    /** 1 (Monday) to 7 (Sunday) for a weekday name, else 0. */
    static int weekday(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "monday" -> 1;
            case "tuesday" -> 2;
            case "wednesday" -> 3;
            case "thursday" -> 4;
            case "friday" -> 5;
            case "saturday" -> 6;
            case "sunday" -> 7;
            default -> 0;
        };
    }

    /**
     * The value of a count as written ("three", "twenty-five", "1,000", "1.5"); {@code null} for a vague count
     * ("several", "a few", "many"), which TIMEX3 writes as X.
     */
    static Double number(String written) {
        String w = written.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return Double.parseDouble(w.replace(",", ""));
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return n.doubleValue();
        }
        int sep = Math.max(w.indexOf('-'), w.indexOf(' '));
        if (sep > 0) {
            Integer tens = NUMBERS.get(w.substring(0, sep));
            Integer ones = NUMBERS.get(w.substring(sep + 1));
            if (tens != null && ones != null) {
                return (double) (tens + ones);
            }
        }
        return null;
    }

    /** 1 to 4 for an ordinal ("first", "3rd"), else 0. */
    static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> 0;
        };
    }

    /** The TIMEX3 code of a part of the day ("morning" is MO, "afternoon" AF, "evening" EV, else NI). */
    static String partOfDay(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }
}
