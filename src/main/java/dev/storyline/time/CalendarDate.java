package dev.storyline.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date on the calendar at the precision a text gives it: a day ({@code 2026-01-13}), a month
 * ({@code 2025-10}) or a year ({@code 1986}). Ordering compares the first day each date covers, then
 * coarser dates first. Immutable.
 *
 * @param year      the year
 * @param month     1 to 12, or 0 at year precision
 * @param day       1 to 31, or 0 at month or year precision
 */
public record CalendarDate(int year, int month, int day) implements Comparable<CalendarDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How much of a date the text gives. */
    public enum Precision { DAY, MONTH, YEAR }

    public CalendarDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("not a calendar date: " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // rejects 31 February and the like
        }
    }

    public static CalendarDate of(LocalDate d) {
        return new CalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (a TIMEX3 date value); anything else is empty. */
    public static Optional<CalendarDate> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new CalendarDate(y, mo, d));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date covers. */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date covers. */
    public LocalDate lastDay() {
        return switch (precision()) {
            case DAY -> firstDay();
            case MONTH -> firstDay().plusMonths(1).minusDays(1);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    @Override
    public int compareTo(CalendarDate o) {
        int c = firstDay().compareTo(o.firstDay());
        return c != 0 ? c : o.precision().compareTo(precision());
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    @Override
    public String toString() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }
}
