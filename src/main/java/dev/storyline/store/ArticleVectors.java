package dev.storyline.store;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.AnalyzedSentence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The embeddings of one article packed as one binary value: the article's vector, then each sentence's
 * vector in order. JSON number arrays would be about four times larger and lose nothing only when the
 * printer is careful; raw little-endian float32 keeps every bit (NaN payloads and -0.0 included).
 *
 * <p>Layout: {@code int32 count}, then per vector {@code int32 length} ({@code -1} for a missing vector)
 * and {@code length} float32 values; all little-endian. Stateless and safe to share across threads.
 */
final class ArticleVectors {

    private ArticleVectors() {
    }

    static byte[] encode(AnalyzedArticle a) {
        List<float[]> vectors = new ArrayList<>(a.sentences().size() + 1);
        vectors.add(a.vector());
        for (AnalyzedSentence s : a.sentences()) {
            vectors.add(s.vector());
        }
        int size = Integer.BYTES;
        for (float[] v : vectors) {
            size += Integer.BYTES + (v == null ? 0 : v.length * Float.BYTES);
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(vectors.size());
        for (float[] v : vectors) {
            if (v == null) {
                out.putInt(-1);
                continue;
            }
            out.putInt(v.length);
            for (float f : v) {
                out.putInt(Float.floatToRawIntBits(f));
            }
        }
        return out.array();
    }

    /**
     * Puts the vectors of {@code blob} back into an article read without them.
     *
     * @throws IllegalArgumentException when the blob is damaged or does not fit the article's sentences
     */
    static AnalyzedArticle decode(AnalyzedArticle withoutVectors, byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        List<AnalyzedSentence> sentences = withoutVectors.sentences();
        try {
            int count = in.getInt();
            if (count != sentences.size() + 1) {
                throw new IllegalArgumentException("vectors of article " + withoutVectors.id() + ": " + count
                        + " stored for " + sentences.size() + " sentences");
            }
            float[] articleVector = next(in);
            List<AnalyzedSentence> restored = new ArrayList<>(sentences.size());
            for (AnalyzedSentence s : sentences) {
                restored.add(new AnalyzedSentence(s.index(), s.paragraph(), s.text(), next(in), s.times(),
                        s.entities()));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("vectors of article " + withoutVectors.id() + ": "
                        + in.remaining() + " trailing bytes");
            }
            return new AnalyzedArticle(withoutVectors.article(), restored, articleVector, withoutVectors.entities());
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("vectors of article " + withoutVectors.id() + " are truncated", e);
        }
    }

    /** The same article with every vector left out, for its JSON form. */
    static AnalyzedArticle strip(AnalyzedArticle a) {
        List<AnalyzedSentence> sentences = new ArrayList<>(a.sentences().size());
        for (AnalyzedSentence s : a.sentences()) {
            sentences.add(new AnalyzedSentence(s.index(), s.paragraph(), s.text(), null, s.times(), s.entities()));
        }
        return new AnalyzedArticle(a.article(), sentences, null, a.entities());
    }

    private static float[] next(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || (long) length * Float.BYTES > in.remaining()) {
            throw new java.nio.BufferUnderflowException();
        }
        float[] v = new float[length];
        for (int i = 0; i < length; i++) {
            v[i] = Float.intBitsToFloat(in.getInt());
        }
        return v;
    }
}
