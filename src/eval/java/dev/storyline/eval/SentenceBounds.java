package dev.storyline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an evaluation text into sentence spans so that the tagger sees one sentence at a time, as it does in
 * the pipeline: at line breaks, and after {@code . ! ?} followed by a space and a capital, unless the period
 * ends a common abbreviation ("Mr.", "Jan.", "U.S."). Good enough to count sentences and to keep clauses
 * apart; the pipeline has its own sentence splitter. Stateless; thread-safe.
 */
public final class SentenceBounds {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "sen", "rep", "gov", "inc",
            "corp", "co", "ltd", "jr", "sr", "no", "vs", "col", "lt", "capt", "sgt", "prof", "rev", "ft", "mt",
            "u.s", "u.n", "u.k", "a.m", "p.m", "e.g", "i.e", "etc", "calif", "fla", "mass", "conn", "pa", "va",
            "wash", "ill", "mich", "n.y", "n.j", "d.c");

    /** Sentence spans as {@code [start, end)} pairs, blank ones left out. */
    public List<int[]> split(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '\n') {
                cut = true;
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && i + 2 < n && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                if (Character.isUpperCase(next) || next == '"' || next == '\'' || next == '`') {
                    cut = c != '.' || !abbreviation(text, i);
                }
            }
            if (cut) {
                add(spans, text, start, end);
                start = i + 1;
            }
        }
        add(spans, text, start, n);
        return spans;
    }

    private static boolean abbreviation(String text, int period) {
        int i = period - 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        String word = text.substring(i + 1, period).toLowerCase();
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[]{start, end});
        }
    }
}
