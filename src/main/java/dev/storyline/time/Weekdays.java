package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolvers for a named weekday ("Tuesday", "last Friday", "Thursday, Jan. 6", "Monday night"): which
 * Tuesday a text means follows from the publication date and the direction of its clause. Stateless.
 */
final class Weekdays {

    private Weekdays() {
    }

    static List<TimeExpression> weekday(Match m) {
        if (!m.capitalised("wd")) {
            return null;
        }
        String rel = m.lower("rel");
        if (rel != null && rel.startsWith("this") && rel.length() > 4) {
            rel = rel.endsWith("coming") ? "coming" : "past"; // "this coming Thursday", "this past Monday"
        }
        int trim = "on".equals(rel) ? m.groupStart("wd") : m.start();
        String value;
        if (m.group("mon") != null) {
            Integer mon = m.monthIfValid("mon", true);
            if (mon == null) {
                return null;
            }
            Integer y = m.group("year") != null ? m.num("year") : null;
            value = CalendarDays.dayValue(m, mon, m.num("day"), y, m.direction());
            if (value == null) {
                return null;
            }
        } else {
            value = weekdayValue(m, Lexicon.weekday(m.group("wd")), "on".equals(rel) ? null : rel);
        }
        if (m.group("part") != null) {
            return m.span(trim, m.end(), Type.TIME, value + "T" + Lexicon.partOfDay(m.group("part")));
        }
        if (m.group("mon") != null) {
            // "Thursday, Jan. 6" is two names of one day, which TimeML marks one by one
            List<TimeExpression> both = new ArrayList<>(m.span(trim, m.groupEnd("wd"), Type.DATE, value));
            both.addAll(m.span(m.groupStart("mon"), m.end(), Type.DATE, value));
            return both;
        }
        return m.span(trim, m.end(), Type.DATE, value);
    }

    static String weekdayValue(Match m, int weekday, String rel) {
        LocalDate ref = m.reference;
        if (ref == null) {
            return "XXXX-WXX-" + weekday;
        }
        DayOfWeek dow = DayOfWeek.of(weekday);
        boolean forward = "next".equals(rel) || "coming".equals(rel)
                || (rel == null || "this".equals(rel)) && m.direction() == Direction.FUTURE;
        LocalDate d;
        if ("last".equals(rel) || "past".equals(rel)) {
            d = ref.with(TemporalAdjusters.previous(dow));
        } else if ("next".equals(rel)) {
            d = ref.with(TemporalAdjusters.next(dow));
        } else {
            d = forward ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
            if (!forward && rel == null && followsInSequence(m) && d.isAfter(m.anchor.day().plusDays(6))) {
                // "On March 3 police arrested him and on Tuesday charged him": the Tuesday after March 3
                d = m.anchor.day().with(TemporalAdjusters.next(dow));
            }
        }
        return d.toString();
    }

    /**
     * Whether the weekday tells what came next after a day named before it in the sentence: a word of
     * sequence ("and", "then", "later", "until", "following") stands between the two.
     */
    private static boolean followsInSequence(Match m) {
        return m.anchor != null && m.anchor.end() <= m.start()
                && SEQUENCE.matcher(m.text).region(m.anchor.end(), m.start()).find();
    }

    private static final Pattern SEQUENCE = Pattern.compile("\\b(?:and|then|later|until|till|following|next)\\b",
            Pattern.CASE_INSENSITIVE);
}
