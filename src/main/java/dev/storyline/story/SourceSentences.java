package dev.storyline.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One source article's sentences as claims, with an index from every word stem, figure and date to the
 * sentences that hold it. The strict rule of {@link Support} needs every name, figure and date of a page
 * sentence, and its main verb, in one source sentence or the next: so only the sentences that hold the
 * rarest of those (and the one before each, for the pair read together) can state it, and the others
 * need not be tried. Without the index a story of a few hundred articles compares every sentence with
 * every other one, and its page takes minutes (docs/BENCHMARKS.md, issue 17).
 */
public final class SourceSentences {

    private static final int[] NONE = new int[0];

    private final List<Support.Claim> claims;
    private final Map<String, int[]> byToken;
    private final Map<String, int[]> byNumber;
    private final Map<String, int[]> byDate;

    public SourceSentences(List<Support.Claim> claims) {
        this.claims = List.copyOf(claims);
        this.byToken = index(this.claims, Support.Claim::tokens);
        this.byNumber = index(this.claims, Support.Claim::numbers);
        this.byDate = index(this.claims, Support.Claim::dates);
    }

    /** The claims in article order. */
    public List<Support.Claim> claims() {
        return claims;
    }

    private static Map<String, int[]> index(List<Support.Claim> claims, Function<Support.Claim, Set<String>> keys) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (String k : keys.apply(claims.get(i))) {
                lists.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return index;
    }

    /**
     * The sentences from which a reading of the claim can start (a sentence alone, or it with the next),
     * in order; null when the claim requires nothing that the index holds, and every sentence must be
     * tried.
     */
    int[] starts(Support.Claim claim) {
        int[] rarest = null;
        for (String n : claim.names()) {
            rarest = rarer(rarest, byToken.getOrDefault(n, NONE));
        }
        for (String n : claim.numbers()) {
            rarest = rarer(rarest, byNumber.getOrDefault(n, NONE));
        }
        for (String d : claim.dates()) {
            rarest = rarer(rarest, byDate.getOrDefault(d, NONE));
        }
        if (claim.verb() != null && !claim.words().isEmpty()) {
            rarest = rarer(rarest, byToken.getOrDefault(claim.verb(), NONE));
        }
        if (rarest == null) {
            return null;
        }
        // a sentence holding the word starts a reading, and so does the one before it (read as a pair)
        int[] starts = new int[rarest.length * 2];
        int n = 0;
        for (int i : rarest) {
            if (i > 0 && (n == 0 || starts[n - 1] < i - 1)) {
                starts[n++] = i - 1;
            }
            if (n == 0 || starts[n - 1] < i) {
                starts[n++] = i;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int[] rarer(int[] a, int[] b) {
        return a == null || b.length < a.length ? b : a;
    }
}
