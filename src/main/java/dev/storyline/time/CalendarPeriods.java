package dev.storyline.time;

import dev.storyline.time.TimeExpression.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolvers for calendar periods longer than a day: months (with a year, a relative year or none), seasons,
 * years written in digits or words, decades and centuries. Also where a number is a count or an amount and not
 * a year ("2010 people", "$2,010"). Stateless.
 */
final class CalendarPeriods {
    private static final Set<String> COUNT_NOUNS = Set.of("people", "persons", "troops", "soldiers", "workers",
            "employees", "jobs", "shares", "students", "cases", "deaths", "votes", "miles", "kilometers",
            "kilometres", "km", "meters", "metres", "feet", "tons", "tonnes", "barrels", "units", "cars", "homes",
            "houses", "acres", "pounds", "dollars", "euros", "yen", "points", "residents", "members", "police",
            "officers", "patients", "children", "men", "women", "passengers", "lives", "civilians", "percent",
            "families", "users", "customers", "copies", "signatures", "rounds", "vehicles", "flights", "hectares");
    private static final Set<String> AMOUNT_BEFORE = Set.of("$", "€", "£", "¥", "no.", "no", "#", "number",
            "about", "some", "nearly", "almost", "than", "approximately", "roughly", "least", "only", "just",
            "page", "route", "flight", "room", "model", "version", "top", "ranked", "over", "under");
    /** How many months after the publication month a bare month name may still mean this year's. */
    private static final int NEAR_MONTHS = 2;
    private static final Set<String> MONTH_BACK = Set.of("since", "last");
    private static final Set<String> MONTH_INTRODUCERS = Set.of("in", "of", "since", "until", "by", "early",
            "late", "mid", "through", "from", "to", "before", "after", "during", "between", "and", "or", "last",
            "next", "this", "end", "on", "till", "around", "throughout", "the");

    private CalendarPeriods() {
    }

    /** "between September and October of 2007": the year belongs to both months. */
    static List<TimeExpression> monthPairYear(Match m) {
        Integer mon = m.monthIfValid("mon", false);
        Integer mon2 = m.monthIfValid("mon2", false);
        if (mon == null || mon2 == null) {
            return null;
        }
        int year = m.num("year");
        List<TimeExpression> both = new ArrayList<>(m.span(m.start(), m.groupEnd("mon"), Type.DATE,
                String.format("%04d-%02d", mon > mon2 ? year - 1 : year, mon)));
        both.addAll(m.span(m.groupStart("mon2"), m.end(), Type.DATE, String.format("%04d-%02d", year, mon2)));
        return both;
    }

    /** "June last year", "in April next year". */
    static List<TimeExpression> monthRelativeYear(Match m) {
        Integer mon = m.monthIfValid("mon", false);
        if (mon == null) {
            return null;
        }
        if (m.reference == null) {
            return m.one(Type.DATE, String.format("XXXX-%02d", mon));
        }
        int shift = switch (m.lower("rel")) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return m.one(Type.DATE, String.format("%04d-%02d", m.reference.getYear() + shift, mon));
    }

    static List<TimeExpression> monthYear(Match m) {
        Integer mon = m.monthIfValid("mon", false);
        if (mon == null) {
            return null;
        }
        return m.one(Type.DATE, String.format("%04d-%02d", m.num("year"), mon));
    }

    static List<TimeExpression> month(Match m) {
        boolean qualified = m.group("rel") != null || m.group("mod") != null;
        Integer mon = m.monthIfValid("mon", false);
        if (mon == null) {
            return null;
        }
        String word = m.group("mon");
        if ((mon == 5 || mon == 3) && !qualified) {
            // "may" and "march" are also a verb and a noun: take them as months only after a word that
            // introduces a date.
            String prev = m.previousWord();
            if (!MONTH_INTRODUCERS.contains(prev)) {
                return null;
            }
        }
        if (word.length() <= 4 && !word.endsWith(".") && !word.equalsIgnoreCase("june")
                && !word.equalsIgnoreCase("july") && !word.equalsIgnoreCase("may")) {
            return null;
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return m.one(Type.DATE, String.format("XXXX-%02d", mon));
        }
        String rel = m.lower("rel");
        int y = ref.getYear();
        int rm = ref.getMonthValue();
        if ("last".equals(rel) || "past".equals(rel)) {
            y = mon < rm ? y : y - 1;
        } else if ("next".equals(rel) || "coming".equals(rel)) {
            y = mon > rm ? y : y + 1;
        } else if ("since".equals(m.previousWord())) {
            y = mon <= rm ? y : y - 1;
        } else if (!"this".equals(rel)) {
            if (m.periodDirection() == Direction.FUTURE) {
                y = mon >= rm ? y : y + 1;
            } else if (m.toldAsPast()) {
                // "was held in August": the latest August not after the publication month, however near
                y = mon <= rm ? y : y - 1;
            } else {
                // Measured on TimeBank: a month just ahead of the publication month ("payable in January"
                // written in November) is the coming one far more often than one of a year ago.
                int ahead = (mon - rm + 12) % 12;
                if (ahead > 0 && ahead <= NEAR_MONTHS && !MONTH_BACK.contains(m.previousWord())) {
                    y = mon > rm ? y : y + 1;
                } else {
                    y = mon <= rm ? y : y - 1;
                }
            }
        }
        return m.one(Type.DATE, String.format("%04d-%02d", y, mon));
    }

    static List<TimeExpression> season(Match m) {
        String rel = m.lower("rel");
        String s = m.lower("season");
        if (rel == null && m.group("year") == null && m.group("mod") == null) {
            return null;
        }
        if ("the".equals(rel) && m.group("year") == null) {
            return null;
        }
        String code = switch (s) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "fall", "autumn" -> "FA";
            default -> "WI";
        };
        if (m.group("year") != null) {
            return m.one(Type.DATE, m.group("year") + "-" + code);
        }
        LocalDate ref = m.reference;
        if (ref == null) {
            return m.one(Type.DATE, "XXXX-" + code);
        }
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int y = ref.getYear();
        int rm = ref.getMonthValue();
        if ("last".equals(rel) || "past".equals(rel)) {
            y = startMonth + 2 < rm ? y : y - 1;
        } else if ("next".equals(rel) || "coming".equals(rel)) {
            y = startMonth > rm ? y : y + 1;
        } else if (rel == null) {
            y = startMonth <= rm || m.direction() == Direction.FUTURE ? y : y - 1;
        }
        return m.one(Type.DATE, y + "-" + code);
    }

    static List<TimeExpression> year(Match m) {
        int y = m.num("year");
        boolean marked = m.group("fiscal") != null || m.group("mod") != null;
        if (!marked) {
            if (y < 1600 || y > 2099) {
                return null;
            }
            if (m.precededBy("$", "€", "£", "¥", "#", ",", ".", "-", "/", ":")) {
                return null;
            }
            String prev = m.previousWord();
            if (AMOUNT_BEFORE.contains(prev)) {
                return null;
            }
            String next = m.nextWord();
            if (COUNT_NOUNS.contains(next)) {
                return null;
            }
        }
        return m.one(Type.DATE, String.format("%04d", y));
    }

    static List<TimeExpression> decade(Match m) {
        String value;
        if (m.group("dec2") != null) {
            value = "19" + m.group("dec2");
        } else if (m.group("dec").equals("0") && m.group("cent") != null) {
            value = m.group("cent");
        } else {
            value = m.group("cent") + m.group("dec");
        }
        return m.one(Type.DATE, value);
    }

    static List<TimeExpression> century(Match m) {
        String ord = m.lower("ord");
        int n = switch (ord) {
            case "twentieth" -> 20;
            case "nineteenth" -> 19;
            case "eighteenth" -> 18;
            case "twenty-first" -> 21;
            default -> Integer.parseInt(ord.replaceAll("\\D", ""));
        };
        return m.one(Type.DATE, String.format("%02d", n - 1));
    }

    static List<TimeExpression> spokenYear(Match m) {
        String rest = m.group("rest");
        if (m.lower("y").startsWith("nineteen")) {
            Double n = rest == null ? null : Lexicon.number(rest);
            if (n == null || n < 10 || n > 99 || !m.group().toLowerCase(Locale.ROOT).matches("(?s).*[a-z]$")) {
                return null; // "nineteen" alone is a count
            }
            return m.one(Type.DATE, String.format("19%02d", n.intValue()));
        }
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the year") && rest == null) {
            return null; // "two thousand" alone is an amount
        }
        Double n = rest == null ? Double.valueOf(0) : Lexicon.number(rest);
        if (n == null || n > 99) {
            return null;
        }
        if (COUNT_NOUNS.contains(m.nextWord())) {
            return null;
        }
        return m.one(Type.DATE, String.format("20%02d", n.intValue()));
    }

    static List<TimeExpression> spokenDecade(Match m) {
        int tens = switch (m.lower("d")) {
            case "twenties" -> 2;
            case "thirties" -> 3;
            case "forties" -> 4;
            case "fifties" -> 5;
            case "sixties" -> 6;
            case "seventies" -> 7;
            case "eighties" -> 8;
            default -> 9;
        };
        return m.one(Type.DATE, "19" + tens);
    }
}
