package dev.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L of a text against a human summary, tokenised as the Multi-News scorer
 * ({@code ../shared/tools/multinews_score.py}) and Google's rouge-score do: lower case, every run of
 * characters other than {@code [a-z0-9]} a separator, tokens longer than 3 characters stemmed by the
 * original Porter (1980) algorithm, no stop words removed. Thread-safe.
 */
public final class RougeScore {

    /** Recall and F1 of one measure. */
    public record Measure(double recall, double f1) {
    }

    /** The three measures of one text. */
    public record Scores(Measure rouge1, Measure rouge2, Measure rougeL) {
    }

    private RougeScore() {
    }

    /** The scorer's tokens of a text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t.length() > 3 ? PorterStemmer.stem(t) : t);
            }
        }
        return out;
    }

    public static Scores score(List<String> reference, List<String> candidate) {
        return new Scores(ngram(reference, candidate, 1), ngram(reference, candidate, 2),
                measure(lcs(reference, candidate), reference.size(), candidate.size()));
    }

    static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return out;
    }

    private static Measure ngram(List<String> reference, List<String> candidate, int n) {
        Map<List<String>, Integer> r = ngrams(reference, n);
        Map<List<String>, Integer> c = ngrams(candidate, n);
        int overlap = 0;
        for (var e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        return measure(overlap, Math.max(0, reference.size() - n + 1), Math.max(0, candidate.size() - n + 1));
    }

    private static Measure measure(int overlap, int referenceCount, int candidateCount) {
        double recall = referenceCount == 0 ? 0 : (double) overlap / referenceCount;
        double precision = candidateCount == 0 ? 0 : (double) overlap / candidateCount;
        return new Measure(recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    static int lcs(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                cur[j + 1] = x.equals(b.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
            }
            prev = cur;
        }
        return prev[b.size()];
    }
}
