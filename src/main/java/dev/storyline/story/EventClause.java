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
        int first = at;
        int last = at;
        while (words(sentence.substring(parts.get(first)[0], parts.get(last)[1])) < MIN_WORDS) {
            if (first > 0) {
                first--;
            } else if (last < parts.size() - 1 && !ATTRIBUTION.matcher(part(sentence, parts.get(last + 1))).matches()) {
                last++;
            } else {
                break;
            }
        }
        if (first > 0 && !startsLikeAClause(part(sentence, parts.get(first)))) {
            return sentence.strip();
        }
        String clause = sentence.substring(parts.get(first)[0], parts.get(last)[1]).strip()
                .replaceAll("[.!?\"”’]+$", "");
        if (words(clause) < MIN_WORDS) {
            return sentence.strip();
        }
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
    }

    private static String part(String s, int[] p) {
        return s.substring(p[0], p[1]).strip();
    }

    /** A clause that opens with a capital (a name or the sentence's own start) can stand as an entry. */
    private static boolean startsLikeAClause(String part) {
        return !part.isEmpty() && Character.isUpperCase(part.charAt(0));
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
