package dev.storyline.time;

import java.util.Optional;

/**
 * A temporal expression found in a text, with its value normalised the way TimeML's TIMEX3 does it
 * ({@code 2026-01-13}, {@code 2025-10}, {@code 199X}, {@code P2W}, {@code PRESENT_REF}, {@code XXXX-WXX-1}).
 *
 * @param start  offset of the first character in the text
 * @param end    offset just past the last character
 * @param text   the expression as written
 * @param type   the TIMEX3 type
 * @param value  the normalised TIMEX3 value
 */
public record TimeExpression(int start, int end, String text, Type type, String value) {

    /** The TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }

    /**
     * The calendar date this expression points at, when it is a date or time resolved to a day, a month
     * or a year; empty for durations, sets, decades, seasons and unresolved values.
     */
    public Optional<CalendarDate> date() {
        if (type != Type.DATE && type != Type.TIME) {
            return Optional.empty();
        }
        String v = value;
        int t = v.indexOf('T');
        if (t > 0) {
            v = v.substring(0, t);
        }
        return CalendarDate.parse(v);
    }
}
