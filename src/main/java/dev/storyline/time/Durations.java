package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolvers for lengths of time and repetitions: "three years", "the past 10 days", "hours" (TIMEX3
 * durations), "two weeks ago" (a date counted back from the publication day), "every Tuesday", "daily" (sets).
 * Ages ("45 years old") and rates ("$5 a year") are no expressions. Stateless.
 */
final class Durations {
    private static final Pattern AMOUNT = Pattern.compile("[$€£¥]?\\d[\\d,.]*(?:%|m|bn|k)?");
    private static final Set<String> RATE_BEFORE = Set.of("once", "twice", "million", "billion", "trillion",
            "thousand", "times", "percent", "%", "cents", "dollars", "euros", "pounds", "yen", "miles", "hours",
            "days", "meals", "barrels", "tons", "tonnes", "shares", "units", "visitors", "passengers", "people",
            "calls", "patients", "rate", "bpd");
    /** Words that make "hours" or "days" a kind of time rather than a length: "office hours", "peak days". */
    private static final Set<String> HOURS_OF = Set.of("office", "business", "peak", "rush", "school", "happy",
            "man", "after", "small", "wee", "dog", "glory", "salad", "olden", "good", "old", "bad");

    private Durations() {
    }

    static List<TimeExpression> duration(Match m) {
        String post = m.lower("post");
        if (post != null && (post.contains("old") || post.contains("age"))) {
            return List.of(); // an age: consumed so that its unit is not read as a vague duration
        }
        String numText = m.group("num");
        String unitText = m.group("unit");
        CalendarUnit unit = CalendarUnit.of(unitText);
        if (unit == null) {
            return null;
        }
        Double count = Lexicon.number(numText);
        if (count != null && m.group("half") != null) {
            count += 0.5;
        }
        boolean plural = unitText.toLowerCase(Locale.ROOT).endsWith("s") || unit == CalendarUnit.CENTURY
                && unitText.toLowerCase(Locale.ROOT).endsWith("ies");
        String nl = numText.toLowerCase(Locale.ROOT);
        if ((nl.equals("a") || nl.equals("an")) && plural) {
            return null;
        }
        if (unit == CalendarUnit.SECOND && !plural && m.group("pre") == null && count != null && count == 1
                && !nl.equals("one")) {
            return null; // "a second" is an ordinal more often than a length
        }
        if (count != null && count > 10_000) {
            return null;
        }
        if ((nl.equals("a") || nl.equals("an")) && m.group("pre") == null && m.group("post") == null
                && (RATE_BEFORE.contains(m.previousWord()) || AMOUNT.matcher(m.previousWord()).matches())) {
            return List.of(); // a rate: "$5 a year", "twice a day"
        }
        if (unit == CalendarUnit.QUARTER && (m.nextWord().equals("of") || m.group().contains("-"))) {
            return List.of(); // a fraction: "a quarter of", "three-quarters"
        }
        if (Character.isDigit(numText.charAt(0)) && m.precededBy("$", "€", "£", ".", ",")) {
            return null;
        }
        if (post != null && !post.equals("-long")) {
            String p = post.trim();
            boolean back = p.equals("ago") || p.equals("earlier") || p.equals("before");
            boolean fromAnchor = p.equals("later") || p.equals("earlier");
            if (fromAnchor && m.anchor != null && count != null && count == Math.rint(count)
                    && unit.compareTo(CalendarUnit.DAY) >= 0 && unit.compareTo(CalendarUnit.YEAR) <= 0
                && unit != CalendarUnit.QUARTER) {
                // "On March 3 ..., two days later": counted from the day the sentence names, to the day when
                // counted in days or weeks
                LocalDate d = unit.shift(m.anchor.day(), (long) (back ? -count : count));
                boolean toTheDay = unit.compareTo(CalendarUnit.FORTNIGHT) <= 0;
                return m.one(Type.DATE, toTheDay ? d.toString() : unit.dateAtGrain(d));
            }
            if (p.equals("before") || p.equals("after") || p.equals("later")) {
                // "hours after the blast", "three days later": a length measured from another event, not from
                // the publication date (TimeML marks the length alone)
                return m.span(m.start(), m.groupEnd("unit"), Type.DURATION, unit.duration(count));
            }
            if (count == null) {
                return m.one(Type.DATE, back ? "PAST_REF" : "FUTURE_REF");
            }
            if (m.reference == null || count != Math.rint(count)) {
                return m.one(Type.DATE, back ? "PAST_REF" : "FUTURE_REF");
            }
            LocalDate d = unit.shift(m.reference, (long) (back ? -count : count));
            String value = switch (unit) {
                case SECOND, MINUTE, HOUR -> d.toString();
                case DECADE, CENTURY, MILLENNIUM -> CalendarUnit.YEAR.dateAtGrain(d);
                default -> unit.dateAtGrain(d);
            };
            return m.one(Type.DATE, value);
        }
        int end = post != null ? m.groupEnd("unit") : m.end();
        int start = m.start();
        if (m.group("approx") == null && m.group("pre") == null) {
            start = m.groupStart("num");
        }
        return m.span(start, end, Type.DURATION, unit.duration(count));
    }

    static List<TimeExpression> vagueDuration(Match m) {
        CalendarUnit unit = CalendarUnit.of(m.group("unit"));
        if (m.start() == m.groupStart("unit")) {
            // A bare plural unit is a length only where nothing else claims it: not "minutes apart", "weeks of
            // sparring", "a matter of days", nor a title such as "60 Minutes".
            String next = m.nextWord();
            String before = m.text.substring(Math.max(0, m.start() - 10), m.start()).toLowerCase(Locale.ROOT);
            String previous = m.previousWord();
            if (next.equals("apart") || next.equals("of") || next.equals("when") || before.endsWith("matter of ")
                    || (unit == CalendarUnit.HOUR || unit == CalendarUnit.DAY)
                    && (previous.endsWith("ing") || HOURS_OF.contains(previous))
                    || Character.isUpperCase(m.text.charAt(m.start())) && m.start() > 0) {
                return List.of();
            }
        }
        if (m.group("post") != null) {
            return m.one(Type.DATE, "PAST_REF");
        }
        return m.one(Type.DURATION, unit.duration(null));
    }

    static List<TimeExpression> set(Match m) {
        String u = m.lower("unit");
        CalendarUnit unit = CalendarUnit.of(u);
        String numText = m.group("num");
        Double count = numText == null ? Double.valueOf(1) : numText.equalsIgnoreCase("other") ? Double.valueOf(2)
                : Lexicon.number(numText);
        if (unit != null) {
            return m.one(Type.SET, unit.duration(count == null ? 1.0 : count));
        }
        int wd = Lexicon.weekday(u);
        if (wd > 0) {
            return m.one(Type.SET, "XXXX-WXX-" + wd);
        }
        return switch (u) {
            case "morning", "afternoon", "evening", "night" -> m.one(Type.SET, "XXXX-XX-XXT" + Lexicon.partOfDay(u));
            case "spring" -> m.one(Type.SET, "XXXX-SP");
            case "summer" -> m.one(Type.SET, "XXXX-SU");
            case "fall", "autumn" -> m.one(Type.SET, "XXXX-FA");
            default -> m.one(Type.SET, "XXXX-WI");
        };
    }

    static List<TimeExpression> adverbSet(Match m) {
        return m.one(Type.SET, switch (m.lower("w")) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "hourly" -> "PT1H";
            default -> "P1D";
        });
    }
}
