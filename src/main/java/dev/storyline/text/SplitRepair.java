package dev.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the known failure classes of a statistical sentence splitter on news text. Before splitting,
 * it closes the spaces that tokenised sources print inside times and numbers ("1: 30 a. m.",
 * "(6. 6 feet)", "20, 000"); after splitting, it joins a piece to the one before when the cut fell inside a
 * sentence: after "a.m."/"p.m." before a day, month or time zone, after a title ("Gov.", "Lt."), an
 * initial ("John F.") or a month ("Jan." before "13"), inside an open parenthesis, between the digits
 * of a decimal, or before a piece that starts in lower case. Stateless.
 */
public final class SplitRepair {

    /** Longest sentence a join may make: past it the pieces are kept apart, whatever the cause. */
    private static final int MAX_JOINED = 600;
    private static final Pattern SPACED_TIME = Pattern.compile("(?<![\\d:])(\\d{1,2}): (\\d{2})(?!\\d)");
    private static final Pattern SPACED_MERIDIEM = Pattern.compile("\\b([aApP])\\. ([mM])\\.");
    /** "2. 6 million", "(6. 6 feet)", "(11. 30 p.m. ET)": a decimal a tokeniser broke. */
    private static final Pattern SPACED_DECIMAL = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3})\\. (\\d{1,3})(?=\\s?(?:%|[Mm]illion|[Bb]illion|[Tt]rillion|percent|per cent|"
                    + "feet|foot|ft\\b|metres|meters|miles|km\\b|kilometres|kilometers|inches|cm\\b|kg\\b|pounds|"
                    + "tons|tonnes|degrees|[ap]\\.m\\.|\\)))");
    /** "20, 000 refugees": a thousands separator a tokeniser spaced. */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?<![\\d,.])(\\d{1,3}), (\\d{3})(?![\\d,])");
    private static final Pattern ENDS_MERIDIEM = Pattern.compile("(?i)\\b[ap]\\.m\\.$");
    private static final Pattern TIME_FOLLOWER = Pattern.compile(
            "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                    + "July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|"
                    + "today|tomorrow|yesterday|tonight|local|Eastern|Pacific|Central|Mountain|"
                    + "(?:E|C|M|P|A|H)[SD]?T|GMT|UTC|BST|CET|CEST|IST|JST|KST|AEST|AEDT)\\b");
    /** Titles before a name: they never end a sentence. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "gens", "sen",
            "sens", "rep", "reps", "gov", "lt", "col", "sgt", "capt", "cpl", "pvt", "adm", "maj", "cmdr", "rev",
            "hon", "pres", "supt", "insp", "det", "mt", "ft", "no", "nos", "vs", "atty", "gov.-elect", "brig", "fr");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");
    private static final Pattern LAST_TOKEN = Pattern.compile("(\\S+)\\s+(\\S+)$|^(\\S+)$");

    private SplitRepair() {
    }

    /** The paragraph with tokeniser spaces inside times and decimals closed. */
    public static String respace(String paragraph) {
        String s = SPACED_TIME.matcher(paragraph).replaceAll("$1:$2");
        s = SPACED_MERIDIEM.matcher(s).replaceAll("$1.$2.");
        s = SPACED_THOUSANDS.matcher(s).replaceAll("$1,$2");
        return SPACED_DECIMAL.matcher(s).replaceAll("$1.$2");
    }

    /** The pieces, trimmed and without blanks, with each piece that continues the one before joined to it. */
    public static List<String> join(List<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String raw : pieces) {
            String piece = raw.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                String before = out.get(out.size() - 1);
                if (before.length() + piece.length() < MAX_JOINED && continues(before, piece)) {
                    out.set(out.size() - 1, before + " " + piece);
                    continue;
                }
            }
            out.add(piece);
        }
        return out;
    }

    /** True when {@code next} is the rest of the sentence that {@code before} began. */
    static boolean continues(String before, String next) {
        int first = next.codePointAt(0);
        if (Character.isLowerCase(first) && !(next.length() > 1 && Character.isUpperCase(next.codePointAt(Character.charCount(first))))) {
            return true;
        }
        if (")],;:".indexOf(next.charAt(0)) >= 0 || openParentheses(before) > 0) {
            return true;
        }
        if (ENDS_MERIDIEM.matcher(before).find()) {
            return TIME_FOLLOWER.matcher(next).lookingAt();
        }
        Matcher m = LAST_TOKEN.matcher(before);
        if (!m.find()) {
            return false;
        }
        String last = m.group(2) != null ? m.group(2) : m.group(3);
        String previous = m.group(1);
        if (!last.endsWith(".")) {
            return false;
        }
        String word = last.substring(0, last.length() - 1).replaceFirst("^[(\"“‘']+", "");
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (TITLES.contains(lower) && Character.isUpperCase(word.isEmpty() ? 'x' : word.charAt(0))) {
            return Character.isUpperCase(first) || Character.isDigit(first);
        }
        if (MONTHS.contains(lower) && Character.isDigit(first)) {
            return true;
        }
        if (word.matches("\\d{1,3}") && Character.isDigit(first) && before.matches("(?s).*[$€£¥]\\s?\\d{1,3}\\.$")) {
            return true;
        }
        // "John F." | "Kennedy": an initial after a name; not "Plan B." or "World War I."
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(first)
                && previous != null && Character.isUpperCase(previous.charAt(0))
                && !Set.of("Plan", "War", "Vitamin", "Type", "Group", "Class", "Grade", "Section", "Part", "Appendix")
                .contains(previous.replaceAll("[^\\p{L}]", ""));
    }

    private static int openParentheses(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')' && open > 0) {
                open--;
            }
        }
        return open;
    }
}
