package dev.storyline.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's own metric (Scrapinghub article-extraction-benchmark): words are
 * runs of Unicode word characters (as Python's {@code \w}), a text becomes the multiset of its 4-word
 * shingles, and a page scores true positives, false positives and false negatives as shares of their
 * sum. Precision and recall are means over pages; F1 is the harmonic mean of those two means. Stateless
 * and thread-safe.
 */
public final class ExtractionScore {

    private static final int SHINGLE = 4;

    private ExtractionScore() {
    }

    /** One page's shares of true positives, false positives and false negatives (summing to 1, or all 0). */
    public record PageScore(double tp, double fp, double fn) {

        /** Whether the page counts towards precision: it predicted something or had something to find. */
        boolean countsForPrecision() {
            return tp + fp > 0;
        }

        boolean countsForRecall() {
            return tp + fn > 0;
        }

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Mean precision and recall over a set of pages, and their F1. */
    public record Summary(int pages, double precision, double recall, double f1) {
    }

    /** Scores one predicted body against the true one. */
    public static PageScore page(String truth, String predicted) {
        Map<List<String>, Integer> a = shingles(truth);
        Map<List<String>, Integer> b = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int x = a.getOrDefault(k, 0);
            int y = b.getOrDefault(k, 0);
            tp += Math.min(x, y);
            fp += Math.max(0, y - x);
            fn += Math.max(0, x - y);
        }
        double s = tp + fp + fn;
        return s > 0 ? new PageScore(tp / s, fp / s, fn / s) : new PageScore(0, 0, 0);
    }

    /** Averages page scores the benchmark's way. */
    public static Summary summarize(Collection<PageScore> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (PageScore s : pages) {
            if (s.countsForPrecision()) {
                p += s.precision();
                np++;
            }
            if (s.countsForRecall()) {
                r += s.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(pages.size(), precision, recall, f1);
    }

    /**
     * 4-word shingles with their counts. A text of fewer than four words gives one shorter shingle, and an
     * empty text none, as in the benchmark's scorer.
     */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> t = words(text);
        Map<List<String>, Integer> out = new HashMap<>();
        int n = Math.max(1, t.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            List<String> s = t.subList(Math.min(i, t.size()), Math.min(i + SHINGLE, t.size()));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Runs of word characters as Python's Unicode {@code \w} defines them: letters, numbers, underscore. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python counts letters and every kind of number as word characters, but not combining marks. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
