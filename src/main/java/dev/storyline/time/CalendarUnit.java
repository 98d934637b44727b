package dev.storyline.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** A unit of time as news text names it, with how TIMEX3 writes a length of it and a date at its grain. */
enum CalendarUnit {
    SECOND("PT", "S", 1), MINUTE("PT", "M", 1), HOUR("PT", "H", 1), DAY("P", "D", 1), WEEK("P", "W", 1),
    FORTNIGHT("P", "W", 2), MONTH("P", "M", 1), QUARTER("P", "Q", 1), YEAR("P", "Y", 1), DECADE("P", "Y", 10),
    CENTURY("P", "Y", 100), MILLENNIUM("P", "Y", 1000);

    private final String prefix;
    private final String letter;
    private final int factor;

    CalendarUnit(String prefix, String letter, int factor) {
        this.prefix = prefix;
        this.letter = letter;
        this.factor = factor;
    }

    /** The unit a word names ("weeks", "Decade", "centuries"), or null. */
    static CalendarUnit of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("centur")) {
            return CENTURY;
        }
        if (w.startsWith("millenni")) {
            return MILLENNIUM;
        }
        if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "second" -> SECOND;
            case "minute" -> MINUTE;
            case "hour" -> HOUR;
            case "day" -> DAY;
            case "week" -> WEEK;
            case "fortnight" -> FORTNIGHT;
            case "month" -> MONTH;
            case "quarter" -> QUARTER;
            case "year" -> YEAR;
            case "decade" -> DECADE;
            default -> null;
        };
    }

    /** The TIMEX3 duration for {@code count} of this unit; {@code null} count means an unknown number (X). */
    String duration(Double count) {
        if (count == null) {
            return switch (this) {
                case DECADE -> "PXDE";
                case CENTURY -> "PXCE";
                case MILLENNIUM -> "PXML";
                default -> prefix + "X" + letter;
            };
        }
        double n = count * factor;
        if (n != Math.rint(n)) {
            // TIMEX3 writes a half as the next smaller unit: 2 1/2 years is P2Y6M, 1 1/2 hours PT1H30M
            String smaller = switch (this) {
                case YEAR -> (long) Math.rint((n - Math.floor(n)) * 12) + "M";
                case MONTH -> (long) Math.rint((n - Math.floor(n)) * 30) + "D";
                case DAY -> "T" + (long) Math.rint((n - Math.floor(n)) * 24) + "H";
                case HOUR -> (long) Math.rint((n - Math.floor(n)) * 60) + "M";
                case MINUTE -> (long) Math.rint((n - Math.floor(n)) * 60) + "S";
                default -> null;
            };
            if (smaller != null) {
                return prefix + (long) Math.floor(n) + letter + smaller;
            }
            return prefix + n + letter;
        }
        return prefix + (long) n + letter;
    }

    /** {@code date} moved by {@code n} of this unit (negative: back). */
    LocalDate shift(LocalDate date, long n) {
        return switch (this) {
            case SECOND, MINUTE, HOUR -> date;
            case DAY -> date.plusDays(n);
            case WEEK -> date.plusWeeks(n);
            case FORTNIGHT -> date.plusWeeks(2 * n);
            case MONTH -> date.plusMonths(n);
            case QUARTER -> date.plusMonths(3 * n);
            case YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
            case MILLENNIUM -> date.plusYears(1000 * n);
        };
    }

    /** The TIMEX3 date value of the period of this unit that holds {@code d}. */
    String dateAtGrain(LocalDate d) {
        return switch (this) {
            case SECOND, MINUTE, HOUR, DAY -> d.toString();
            case WEEK, FORTNIGHT -> week(d);
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format("%04d", d.getYear());
            case DECADE -> String.format("%03d", d.getYear() / 10);
            case CENTURY -> String.format("%02d", d.getYear() / 100);
            case MILLENNIUM -> Integer.toString(d.getYear() / 1000);
        };
    }

    /** The ISO week of a day as TIMEX3 writes it: {@code 2013-W12}. */
    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
