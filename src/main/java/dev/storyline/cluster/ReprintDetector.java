package dev.storyline.cluster;

import dev.storyline.text.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds wire copies and syndicated reprints: articles whose text is the same as an earlier one's up to
 * small edits (another headline, a dropped paragraph, a local byline). Each text becomes a MinHash
 * signature of its five-word shingles; signatures are banded (locality-sensitive hashing), so an article
 * is compared only with the few earlier ones that share a band, and the cost per article stays flat as
 * the collection grows. A candidate counts as the same text when the signatures agree on at least
 * {@link #SAME_TEXT} of their positions (an estimate of the shingle sets' Jaccard similarity).
 *
 * <p>Not thread-safe: callers serialise access, as for {@link StoryClusterer}.
 */
public final class ReprintDetector {

    /** Estimated shingle Jaccard similarity from which two texts are one text. */
    public static final double SAME_TEXT = 0.6;

    private static final int SHINGLE = 5;
    private static final int HASHES = 64;
    private static final int ROWS = 4;
    private static final int BANDS = HASHES / ROWS;
    /** Fewer shingles than this is too little text to call anything a copy. */
    private static final int MIN_SHINGLES = 8;
    /** One seed per hash function, fixed so that signatures compare across detectors and restarts. */
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + i);
            SEEDS[i] = x;
        }
    }

    /** An article found to be a copy of an earlier one, with the estimated share of text they have in common. */
    public record Reprint(String articleId, String originalId, double similarity) {
    }

    private final Map<String, int[]> signatures = new HashMap<>();
    private final Map<String, String> originals = new HashMap<>();
    private final List<Map<Long, List<String>>> bands = new ArrayList<>();

    public ReprintDetector() {
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /**
     * Remembers the article and tells whether it reprints one seen before; a reprint of a reprint points
     * to the first original. An article seen before is not compared again.
     */
    public Optional<Reprint> check(String articleId, String text) {
        if (signatures.containsKey(articleId)) {
            String original = originals.get(articleId);
            return original == null ? Optional.empty() : Optional.of(new Reprint(articleId, original,
                    agreement(signatures.get(articleId), signatures.get(original))));
        }
        int[] sig = signature(text);
        signatures.put(articleId, sig);
        if (sig == null) {
            return Optional.empty();
        }
        Set<String> candidates = new HashSet<>();
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(sig, b);
            List<String> ids = bands.get(b).computeIfAbsent(key, k -> new ArrayList<>(1));
            candidates.addAll(ids);
            ids.add(articleId);
        }
        String best = null;
        double bestSim = SAME_TEXT;
        for (String c : candidates) {
            double sim = agreement(sig, signatures.get(c));
            if (sim >= bestSim) {
                bestSim = sim;
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String original = originals.getOrDefault(best, best);
        originals.put(articleId, original);
        return Optional.of(new Reprint(articleId, original, bestSim));
    }

    /** The first article this one copies, if it is a reprint. */
    public Optional<String> originalOf(String articleId) {
        return Optional.ofNullable(originals.get(articleId));
    }

    /** MinHash of the text's word shingles, or {@code null} when the text is too short to judge. */
    static int[] signature(String text) {
        List<String> words = Words.tokens(text == null ? "" : text);
        int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i < shingles; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            for (int j = 0; j < HASHES; j++) {
                int v = (int) (mix(h ^ SEEDS[j]) >>> 33);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    static double agreement(int[] a, int[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = h * 0x100000001B3L + sig[r];
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads the bits of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
