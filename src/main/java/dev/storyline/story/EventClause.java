package dev.storyline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a dated sentence down to the clause that tells the dated event, for a timeline entry: "A
 * magnitude 6.4 earthquake struck Kefalonia on Tuesday evening, damaging dozens of homes, the agency
 * said." gives "A magnitude 6.4 earthquake struck Kefalonia on Tuesday evening." The result is always a
 * part of the sentence, so it says nothing the sentence does not. When the date sits in the attribution
 * ("..., the companies said on Monday"), the sentence stays whole: the date belongs to the telling.
 * Stateless.
 */
public final class EventClause {

    private static final Pattern BOUNDARY = Pattern.compile(",\\s+|;\\s+|\\s+[—–]\\s+");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(?:[\\p{L}'’.\\- ]{1,60}?\\s)?(?:said|says|told|reported|announced|added|confirmed|according to)\\b.*");
    private static final int MIN_WORDS = 6;
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("which", "who", "whom", "where",
            "while", "whereas", "after", "before", "as", "but", "when", "although", "though", "because", "since",
            "until", "prompting", "leaving", "killing", "injuring");

    private EventClause() {
    }

    /**
     * @param sentence the sentence
     * @param start    offset of the date expression in it
     * @param end      offset just past it
     */
    public static String around(String sentence, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int from = 0;
        while (m.find()) {
            parts.add(new int[]{from, m.start()});
            from = m.end();
        }
        parts.add(new int[]{from, sentence.length()});
        int at = 0;
        while (at < parts.size() - 1 && parts.get(at)[1] <= start) {
            at++;
        }
        String own = sentence.substring(parts.get(at)[0], parts.get(at)[1]).strip();
        if (parts.size() == 1 || ATTRIBUTION.matcher(own).matches() || end > parts.get(at)[1]) {
            return sentence.strip();
        }
        // Only the tail is cut, never the head (which holds the subject), and only where a new clause
        // begins: a list "in Gdansk, Klaipeda and Riga" must not lose its last items.
        int last = at;
        while (last < parts.size() - 1) {
            String clause = sentence.substring(0, parts.get(last)[1]).strip().replaceAll("[.!?\"”’]+$", "");
            if (words(clause) >= MIN_WORDS && startsNewClause(part(sentence, parts.get(last + 1)))) {
                return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
            }
            last++;
        }
        return sentence.strip();
    }

    /** True when a part after a comma opens a clause of its own rather than continuing a list. */
    private static boolean startsNewClause(String part) {
        if (ATTRIBUTION.matcher(part).matches()) {
            return true;
        }
        String first = part.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return CLAUSE_OPENERS.contains(first) || first.length() > 4 && (first.endsWith("ing") || first.endsWith("ed"));
    }

    private static String part(String s, int[] p) {
        return s.substring(p[0], p[1]).strip();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
