package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.LocalDate;
import java.util.List;

/**
 * Resolvers for times that count from the publication day: "today", "tomorrow night", "this morning", clock
 * times and the day they name ("5 p.m. Thursday"), "last week", "next month", "the weekend", "year-end".
 * Stateless.
 */
final class DeicticTimes {

    private DeicticTimes() {
    }

    static List<TimeExpression> dayWord(Match m) {
        String w = m.lower("w");
        if (m.group("part") == null && m.previousWord().equals("of") && !w.equals("tonight")) {
            return null; // "the people of tomorrow", "the youth of today": no day meant
        }
        int shift = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            default -> 0;
        };
        String day = m.reference == null ? "XXXX-XX-XX" : m.reference.plusDays(shift).toString();
        if (w.equals("tonight")) {
            return m.one(Type.TIME, day + "TNI");
        }
        if (m.group("part") != null) {
            return m.one(Type.TIME, day + "T" + Lexicon.partOfDay(m.group("part")));
        }
        return m.one(Type.DATE, day);
    }

    static List<TimeExpression> partOfDay(Match m) {
        String rel = m.lower("rel");
        String part = Lexicon.partOfDay(m.group("part"));
        int shift = switch (rel) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "last" -> part.equals("NI") || part.equals("EV") ? -1 : 0;
            default -> 0;
        };
        if (rel.equals("late") || rel.equals("early")) {
            return null;
        }
        String day = m.reference == null ? "XXXX-XX-XX" : m.reference.plusDays(shift).toString();
        return m.one(Type.TIME, day + "T" + part);
    }

    static List<TimeExpression> clock(Match m) {
        int h = m.num("h");
        int mi = m.group("mi") == null ? 0 : m.num("mi");
        String ap = m.group("ap");
        if (ap != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            if (ap.equalsIgnoreCase("p") && h < 12) {
                h += 12;
            } else if (ap.equalsIgnoreCase("a") && h == 12) {
                h = 0;
            }
        } else if (m.group("oclock") != null && (h < 1 || h > 12)) {
            return null;
        }
        String day = trailingDay(m);
        return day == null ? null : m.one(Type.TIME, String.format("%sT%02d:%02d", day, h, mi));
    }

    /** The day a clock time names after it ("5 p.m. Thursday", "noon, Nov. 9"), else the reference day. */
    static String trailingDay(Match m) {
        String wd = m.lower("wd");
        if (m.group("mon") != null) {
            Integer mon = m.monthIfValid("mon", true);
            return mon == null ? null : CalendarDays.dayValue(m, mon, m.num("day"), null, m.direction());
        }
        if (wd == null || wd.equals("today")) {
            return m.reference == null ? "XXXX-XX-XX" : m.reference.toString();
        }
        if (wd.equals("yesterday") || wd.equals("tomorrow")) {
            return m.reference == null ? "XXXX-XX-XX" : m.reference.plusDays(wd.equals("tomorrow") ? 1 : -1).toString();
        }
        return Weekdays.weekdayValue(m, Lexicon.weekday(wd), null);
    }

    static List<TimeExpression> noon(Match m) {
        String day = trailingDay(m);
        if (day == null) {
            return null;
        }
        return m.one(Type.TIME, day + (m.lower("w").equals("midnight") ? "T24:00" : "T12:00"));
    }

    static List<TimeExpression> relativeUnit(Match m) {
        String rel = m.lower("rel").replaceAll("\\s+", " ")
                .replace("this past", "last").replace("this coming", "next");
        String unit = m.lower("unit");
        boolean isThe = rel.startsWith("the ");
        String bare = isThe ? rel.substring(4) : rel;
        // TimeML reads "the past year", "the next month" as stretches of time measured from now, and "last
        // year", "next month" as the calendar period itself.
        if ((bare.equals("past") || bare.equals("next") && isThe || bare.equals("coming") && isThe
                || bare.equals("following")) && !unit.equals("weekend") && !unit.equals("half")) {
            CalendarUnit u = CalendarUnit.of(unit);
            return m.one(Type.DURATION, u.duration(1.0));
        }
        LocalDate ref = m.reference;
        int shift = switch (bare) {
            case "last", "previous", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (unit.equals("weekend")) {
            if (ref == null) {
                return m.one(Type.DATE, "XXXX-WXX-WE");
            }
            LocalDate d = ref.plusWeeks(shift);
            return m.one(Type.DATE, CalendarUnit.week(d) + "-WE");
        }
        if (unit.equals("half")) {
            if (ref == null) {
                return m.one(Type.DATE, "XXXX-HX");
            }
            LocalDate d = ref.plusMonths(6L * shift);
            return m.one(Type.DATE, d.getYear() + "-H" + (d.getMonthValue() <= 6 ? 1 : 2));
        }
        if (bare.equals("same")) {
            return null;
        }
        CalendarUnit u = CalendarUnit.of(unit);
        if (ref == null) {
            return m.one(Type.DATE, switch (u) {
                case WEEK -> "XXXX-WXX";
                case MONTH -> "XXXX-XX";
                case QUARTER -> "XXXX-QX";
                case DECADE -> "XXX";
                case CENTURY -> "XX";
                default -> "XXXX";
            });
        }
        return m.one(Type.DATE, u.dateAtGrain(u.shift(ref, shift)));
    }

    static List<TimeExpression> endOfUnit(Match m) {
        CalendarUnit unit = CalendarUnit.of(m.group("unit"));
        if (m.reference == null) {
            return null;
        }
        return m.one(Type.DATE, unit.dateAtGrain(m.reference));
    }

    static List<TimeExpression> yearEnd(Match m) {
        return m.one(Type.DATE, m.reference == null ? "XXXX" : Integer.toString(m.reference.getYear()));
    }

    /**
     * "the next day", "the following day", "the day before": a day counted from the day named earlier in the
     * sentence, else from the article's running anchor (the day an earlier sentence named: "On March 3,
     * police ... The next day ..."); no expression when neither is known.
     */
    static List<TimeExpression> anchoredDay(Match m) {
        LocalDate from = m.anchor != null ? m.anchor.day() : m.carried;
        if (from == null) {
            return null;
        }
        String rel = m.group("rel") != null ? m.lower("rel") : m.lower("rel2");
        int shift = rel.equals("previous") || rel.equals("before") ? -1 : 1;
        return m.one(Type.DATE, from.plusDays(shift).toString());
    }

    static List<TimeExpression> theWeekend(Match m) {
        if (m.reference == null) {
            return m.one(Type.DATE, "XXXX-WXX-WE");
        }
        LocalDate d = m.reference;
        if (m.direction() == Direction.PAST && d.getDayOfWeek().getValue() < 6) {
            d = d.minusWeeks(1);
        }
        return m.one(Type.DATE, CalendarUnit.week(d) + "-WE");
    }
}
