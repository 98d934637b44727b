package dev.storyline.story;

import dev.storyline.embed.Vectors;
import dev.storyline.text.Words;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether one sentence of a source supports a sentence on the page: it says the same thing when
 * their embeddings are close and every number of the page sentence appears in it, or when it holds at
 * least 60% of the page sentence's content words (and again all its numbers). This is the rule every
 * citation must pass. Stateless.
 */
public final class Support {

    /** Cosine above which two sentences state the same fact. */
    public static final double SIMILARITY = 0.80;
    /**
     * Cosine a citation needs when it rests on meaning alone: above {@link #SIMILARITY} by a margin,
     * because the same sentence embedded in another batch (other padding, quantised arithmetic) comes out
     * up to about 0.01 away and two such shifts add up, and a citation must hold however its sentence is
     * embedded again. Measured on ECB+: a margin of 0.02 left one pair of 2,900 at 0.79.
     */
    public static final double CITATION_SIMILARITY = SIMILARITY + 0.04;
    /** Share of content words that a supporting sentence must hold. */
    public static final double WORD_SHARE = 0.60;

    private Support() {
    }

    /** A sentence prepared for comparison: its vector, stemmed content words and numbers. */
    public record Claim(String text, float[] vector, Set<String> words, Set<String> numbers) {
        public static Claim of(String text, float[] vector) {
            Set<String> w = new HashSet<>();
            for (String t : Words.contentWords(text)) {
                w.add(Words.stem(t));
            }
            return new Claim(text, vector, w, new HashSet<>(Words.numbers(text)));
        }
    }

    /** True when {@code source} supports {@code claim}. */
    public static boolean supports(Claim source, Claim claim) {
        if (!source.numbers().containsAll(claim.numbers())) {
            return false;
        }
        if (Vectors.dot(source.vector(), claim.vector()) >= CITATION_SIMILARITY) {
            return true;
        }
        return wordShare(source, claim) >= WORD_SHARE;
    }

    /** Share of the claim's content words that the source sentence holds. */
    public static double wordShare(Claim source, Claim claim) {
        if (claim.words().isEmpty()) {
            return 0;
        }
        int held = 0;
        for (String w : claim.words()) {
            if (source.words().contains(w)) {
                held++;
            }
        }
        return (double) held / claim.words().size();
    }

    /** True when the source holds all the claim's numbers and 60% of its content words. */
    public static boolean supportsByWords(Claim source, Claim claim) {
        return source.numbers().containsAll(claim.numbers()) && wordShare(source, claim) >= WORD_SHARE;
    }

    /** True when any sentence of the source supports the claim by its words alone. */
    public static boolean anySupportsByWords(List<Claim> sourceSentences, Claim claim) {
        for (Claim s : sourceSentences) {
            if (supportsByWords(s, claim)) {
                return true;
            }
        }
        return false;
    }

    /** True when any sentence of the source supports the claim. */
    public static boolean anySupports(List<Claim> sourceSentences, Claim claim) {
        for (Claim s : sourceSentences) {
            if (supports(s, claim)) {
                return true;
            }
        }
        return false;
    }
}
