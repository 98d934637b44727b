package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolvers for a day the text names by the calendar: ISO and slashed dates, "March 3" and "3 March" (with or
 * without a year, alone or as a range), and the fixed holidays. A day without a year takes the year the news
 * conventions give it ({@link #dayValue}). Stateless.
 */
final class CalendarDays {

    private CalendarDays() {
    }

    static List<TimeExpression> iso(Match m) {
        LocalDate d = m.date(m.num("y"), m.num("m"), m.num("d"));
        if (d == null) {
            return null;
        }
        if (m.group("h") != null) {
            return m.one(Type.TIME, d + "T" + m.group("h") + ":" + m.group("mi"));
        }
        return m.one(Type.DATE, d.toString());
    }

    static List<TimeExpression> slash(Match m) {
        int y = m.num("y");
        if (m.group("y").length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        LocalDate d = m.date(y, m.num("m"), m.num("d"));
        return d == null ? null : m.one(Type.DATE, d.toString());
    }

    static List<TimeExpression> monthDay(Match m) {
        Integer mon = m.monthIfValid("mon", true);
        if (mon == null || m.num("day") < 1 || m.num("day") > 31) {
            return null;
        }
        Integer y = m.group("year") != null ? m.num("year") : null;
        String rel = m.lower("rel");
        Direction dir = rel == null || rel.equals("this") ? m.periodDirection()
                : rel.equals("last") || rel.equals("past") ? Direction.PAST : Direction.FUTURE;
        if (rel != null && y == null && m.reference != null) {
            // "last Oct. 23" is the latest one before the publication date, "next Jan. 5" the first after it
            LocalDate d = m.date(m.reference.getYear(), mon, m.num("day"));
            if (d != null) {
                if (dir == Direction.PAST && !d.isBefore(m.reference)) {
                    y = m.reference.getYear() - 1;
                } else if (dir == Direction.FUTURE && !d.isAfter(m.reference)) {
                    y = m.reference.getYear() + 1;
                } else {
                    y = m.reference.getYear();
                }
            }
        }
        String first = dayValue(m, mon, m.num("day"), y, dir);
        if (first == null) {
            return null;
        }
        if (m.group("day2") == null) {
            return m.one(Type.DATE, first);
        }
        int d2 = m.num("day2");
        if (d2 <= m.num("day") || d2 > 31) {
            return null;
        }
        String second = first.substring(0, 8) + String.format("%02d", d2);
        if (!first.startsWith("X") && m.date(Integer.parseInt(first.substring(0, 4)), mon, d2) == null) {
            return null;
        }
        List<TimeExpression> both = new ArrayList<>();
        int dayEnd = m.groupEnd("day");
        while (dayEnd < m.end() && Character.isLetter(m.text.charAt(dayEnd))) {
            dayEnd++;
        }
        both.addAll(m.span(m.start(), dayEnd, Type.DATE, first));
        both.addAll(m.span(m.groupStart("day2"), m.end(), Type.DATE, second));
        return both;
    }

    static List<TimeExpression> dayMonth(Match m) {
        Integer mon = m.monthIfValid("mon", true);
        int day = m.num("day");
        if (mon == null || day < 1 || day > 31 || m.precededBy("$", ".", ",")) {
            return null;
        }
        Integer y = m.group("year") != null ? m.num("year") : null;
        String second = dayValue(m, mon, m.group("day2") != null ? m.num("day2") : day, y, m.direction());
        if (second == null) {
            return null;
        }
        if (m.group("day2") == null) {
            return m.one(Type.DATE, second);
        }
        if (m.num("day2") <= day) {
            return null;
        }
        String first = second.substring(0, 8) + String.format("%02d", day);
        List<TimeExpression> both = new ArrayList<>(m.span(m.start(), m.groupEnd("day"), Type.DATE, first));
        both.addAll(m.span(m.groupStart("day2"), m.end(), Type.DATE, second));
        return both;
    }

    /** A day of a month, in the given year or else in the year the news conventions give it. */
    static String dayValue(Match m, int month, int day, Integer year, Direction dir) {
        if (year != null) {
            LocalDate d = m.date(year, month, day);
            return d == null ? null : d.toString();
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return day <= 31 ? String.format("XXXX-%02d-%02d", month, day) : null;
        }
        // Told in the past tense ("was arrested on March 3"), the day is the latest one not after the
        // publication day; announced ("will open on March 3"), the first one not before it. A day of slack
        // either side allows for a report dated in another time zone than the event.
        boolean past = dir == Direction.PAST && m.toldAsPast();
        if (past || dir == Direction.FUTURE) {
            for (int k = 0; k < 3; k++) {
                LocalDate d = m.date(past ? ref.getYear() - k : ref.getYear() - 1 + k, month, day);
                if (d != null && (past ? !d.isAfter(ref.plusDays(1)) : !d.isBefore(ref.minusDays(1)))) {
                    return d.toString();
                }
            }
        }
        // Otherwise the day is the one nearest the publication date, a day on the far side of the clause's
        // direction counting three times its distance: "Dec. 15" in a November dividend notice is next
        // month's, "Dec. 15" in a report of what happened is last year's only when far from November.
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = m.date(y, month, day);
            if (d == null) {
                continue;
            }
            long diff = d.toEpochDay() - ref.toEpochDay();
            boolean against = dir == Direction.PAST ? diff > 0 : diff < 0;
            long cost = Math.abs(diff) * (against ? 3 : 1);
            if (cost < bestCost) {
                best = d;
                bestCost = cost;
            }
        }
        return best == null ? null : best.toString();
    }

    static List<TimeExpression> holiday(Match m) {
        String w = m.lower("w").replaceAll("\\s+", " ").replace('’', '\'');
        if (!Character.isUpperCase(m.group("w").charAt(0))) {
            return null;
        }
        Integer year = m.group("year") != null ? m.num("year") : null;
        if (w.startsWith("thanksgiving")) {
            int y = year != null ? year : m.reference == null ? -1 : m.reference.getYear();
            if (y < 0) {
                return m.one(Type.DATE, "XXXX-11");
            }
            LocalDate d = LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            if (year == null && m.direction() == Direction.PAST && d.isAfter(m.reference)) {
                d = LocalDate.of(y - 1, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            }
            return m.one(Type.DATE, d.toString());
        }
        int[] md = switch (w) {
            case "christmas eve" -> new int[]{12, 24};
            case "christmas", "christmas day" -> new int[]{12, 25};
            case "new year's day" -> new int[]{1, 1};
            case "new year's eve" -> new int[]{12, 31};
            case "halloween" -> new int[]{10, 31};
            default -> new int[]{7, 4};
        };
        String v = dayValue(m, md[0], md[1], year, m.direction());
        return v == null ? null : m.one(Type.DATE, v);
    }
}
