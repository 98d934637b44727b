package dev.storyline.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article body into sentences: paragraphs at blank lines, then OpenNLP's maximum-entropy
 * English sentence model inside each paragraph, then a repair pass ({@link SplitRepair}) that joins again
 * the pieces the model cuts inside a sentence ("10:24 a.m." | "Friday and charged…", "(6." | "6 feet)").
 * The classic {@code en-sent.bin} model is used because the newer UD models split "Jan. 13" and
 * "$1.2 billion". Thread-safe: the model is shared, and a detector, which is not thread-safe, is made per
 * call.
 */
public final class SentenceSplitter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("/en-sent.bin")) {
            if (in == null) {
                throw new IllegalStateException("en-sent.bin is missing from the class path");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence model", e);
        }
    }

    /** The sentences of {@code text}, numbered in order, each knowing its paragraph. */
    public List<Sentence> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (String para : PARAGRAPH_BREAK.split(text)) {
            String flat = SPACES.matcher(LINE_BREAK.matcher(para.strip()).replaceAll(" ")).replaceAll(" ");
            flat = SplitRepair.respace(flat);
            if (flat.isEmpty()) {
                continue;
            }
            for (String t : SplitRepair.join(List.of(detector.sentDetect(flat)))) {
                out.add(new Sentence(out.size(), paragraph, t));
            }
            paragraph++;
        }
        return out;
    }
}
