package dev.storyline.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SentenceEmbedderTest {

    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();

    @AfterAll
    static void close() {
        EMBEDDER.close();
    }

    @Test
    void batchedVectorsMatchTheLibrarysOneAtATimeVectors() {
        List<String> texts = List.of("A magnitude 6.4 earthquake struck the Greek island of Kefalonia.",
                "Short one.", "Baltreed agreed to buy the port operator Kestrel Terminals for $1.2 billion in cash.");
        float[][] ours = EMBEDDER.embed(texts);
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = Vectors.normalize(reference.embed(TextSegment.from(texts.get(i))).content().vector());
            assertThat((double) Vectors.dot(ours[i], theirs)).isCloseTo(1.0, within(0.03)); // the quantised model scales activations over the whole padded batch
        }
    }

    @Test
    void vectorsHaveUnitLengthAndSimilarSentencesAreClose() {
        float[][] v = EMBEDDER.embed(List.of("Pirates seized an oil tanker off Somalia.",
                "An oil tanker was hijacked by pirates off the coast of Somalia.", "The central bank raised interest rates."));
        assertThat(v[0]).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat((double) Vectors.dot(v[0], v[0])).isCloseTo(1.0, within(1e-4));
        assertThat(Vectors.dot(v[0], v[1])).isGreaterThan(Vectors.dot(v[0], v[2]) + 0.3f);
    }

    @Test
    void identicalAndEmptyTextsAreHandled() {
        float[][] v = EMBEDDER.embed(List.of("Same text.", "", "Same text."));
        assertThat(v[0]).isSameAs(v[2]);
        assertThat(v[1]).hasSize(SentenceEmbedder.DIMENSIONS);
    }
}
