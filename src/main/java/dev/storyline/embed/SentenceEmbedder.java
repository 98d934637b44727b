package dev.storyline.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model that ships inside the jar (ONNX Runtime,
 * no network). Vectors have 384 dimensions and unit length, so a dot product is their cosine.
 * Thread-safe; load it once per process, since loading the model takes about a second.
 */
public final class SentenceEmbedder {

    /** Number of dimensions of every vector. */
    public static final int DIMENSIONS = 384;
    /** Characters kept per text: the model reads at most 256 word pieces, so more only costs time. */
    private static final int MAX_CHARS = 1200;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    /** Embeds all texts in one batched call; identical texts are embedded once. */
    public float[][] embed(List<String> texts) {
        Map<String, Integer> unique = new HashMap<>();
        List<TextSegment> segments = new ArrayList<>();
        int[] slot = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).strip();
            if (t.isEmpty()) {
                t = ".";
            }
            if (t.length() > MAX_CHARS) {
                t = t.substring(0, MAX_CHARS);
            }
            String key = t;
            slot[i] = unique.computeIfAbsent(key, k -> {
                segments.add(TextSegment.from(k));
                return segments.size() - 1;
            });
        }
        float[][] vectors = new float[segments.size()][];
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int i = 0; i < vectors.length; i++) {
                vectors[i] = Vectors.normalize(embeddings.get(i).vector());
            }
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors[slot[i]];
        }
        return out;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }
}
