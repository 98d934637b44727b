package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolvers for the periods company and economic reports count in: quarters and halves ("the third quarter",
 * "fiscal 2013's first half"), "the latest quarter", "the year-earlier period", and the rewrite of "a year
 * ago" into the same quarter of the year before in a sentence about a quarter. A quarter of a match is no
 * date. Stateless.
 */
final class FiscalPeriods {
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?:the\\s+)?(?:a|one)\\s+year\\s+(?:ago|earlier)|(?:the\\s+)?year-(?:ago|earlier)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_VALUE = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern QUARTER_WORD = Pattern.compile("\\bquarter\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_WORDS = Pattern.compile("\\b(?:profits?|earnings|revenues?|sales|results"
            + "|income|economy|economic|growth|GDP|fiscal|quarterly|dividends?|shares|stocks?|percent|%|billion"
            + "|million)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GAME_WORDS = Pattern.compile("\\b(?:game|games|match|play|played|scored?|points"
            + "|touchdowns?|goals?|halftime|quarterback|yards?|innings?|overtime|lead|led|rally|rallied|deficit"
            + "|victory|win|won|defense|offense|field|basket|rebounds?|penalty|kick)\\b", Pattern.CASE_INSENSITIVE);

    private FiscalPeriods() {
    }

    static List<TimeExpression> quarter(Match m) {
        int q = Lexicon.ordinal(m.group("ord"));
        boolean half = m.lower("unit").equals("half");
        if (half && q > 2) {
            return null;
        }
        String ys = m.group("year") != null ? m.group("year") : m.group("fy") != null ? m.group("fy") : m.group("y2");
        if (ys == null && m.group("rel") == null && !m.group().toLowerCase(Locale.ROOT).contains("year")
                && isAboutAGame(m)) {
            return List.of(); // "in the second half", "late in the fourth quarter" of a match
        }
        LocalDate ref = m.reference;
        String year;
        if (ys != null) {
            year = ys;
        } else if (ref == null) {
            year = "XXXX";
        } else if (m.group("rel") != null) {
            int shift = switch (m.lower("rel")) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            year = Integer.toString(ref.getYear() + shift);
        } else {
            int y = ref.getYear();
            int current = half ? (ref.getMonthValue() <= 6 ? 1 : 2) : (ref.getMonthValue() - 1) / 3 + 1;
            year = Integer.toString(q > current ? y - 1 : y);
        }
        return m.one(Type.DATE, year + (half ? "-H" : "-Q") + q);
    }

    /** Whether the words around a quarter or half without a year are about a match rather than money. */
    private static boolean isAboutAGame(Match m) {
        String around = m.text.substring(Math.max(0, m.start() - 200), Math.min(m.text.length(), m.end() + 200));
        return !MONEY_WORDS.matcher(around).find() && GAME_WORDS.matcher(around).find();
    }

    static List<TimeExpression> latestQuarter(Match m) {
        if (m.group("q") == null && m.lower("unit").equals("period")) {
            return null;
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return m.one(Type.DATE, "XXXX-QX");
        }
        LocalDate d = ref.minusMonths(3);
        String text = m.group().toLowerCase(Locale.ROOT);
        if (text.contains("year-")) {
            d = d.minusYears(1);
        }
        return m.one(Type.DATE, CalendarUnit.QUARTER.dateAtGrain(d));
    }

    static List<TimeExpression> yearAgo(Match m) {
        return m.one(Type.DATE, m.reference == null ? "XXXX" : Integer.toString(m.reference.getYear() - 1));
    }

    /**
     * In a sentence about a quarter's results, "a year ago" and "year-earlier" mean the same quarter of the
     * year before, not the whole year.
     */
    static List<TimeExpression> anchorYearBefore(List<TimeExpression> found, String text, LocalDate ref) {
        int yearBefore = -1;
        String quarter = null;
        for (int i = 0; i < found.size(); i++) {
            TimeExpression t = found.get(i);
            if (yearBefore < 0 && t.type() == Type.DATE && t.value().length() == 4
                    && YEAR_BEFORE.matcher(t.text()).matches()) {
                yearBefore = i;
            } else if (quarter == null && QUARTER_VALUE.matcher(t.value()).matches()) {
                quarter = t.value();
            }
        }
        if (yearBefore < 0) {
            return found;
        }
        if (quarter == null) {
            if (ref == null || !QUARTER_WORD.matcher(text).find()) {
                return found;
            }
            quarter = CalendarUnit.QUARTER.dateAtGrain(ref.minusMonths(3));
        }
        Matcher q = QUARTER_VALUE.matcher(quarter);
        if (!q.matches()) {
            return found;
        }
        TimeExpression t = found.get(yearBefore);
        String value = (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2);
        found.set(yearBefore, new TimeExpression(t.start(), t.end(), t.text(), t.type(), value));
        return found;
    }
}
