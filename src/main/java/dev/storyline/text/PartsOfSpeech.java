package dev.storyline.text;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Universal part-of-speech tags and lemmas for one sentence, from OpenNLP's UD English (EWT) models:
 * what lets a heading be written as "who does what" and a fragment be told by its missing verb. The models
 * are read once, on first use, and each thread has its own tagger, so this is thread-safe.
 */
public final class PartsOfSpeech {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** Words (with inner apostrophes, hyphens, dots of abbreviations), numbers, then any other mark. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+|\\p{L}+(?:[-'’.&]\\p{L}+)*(?=['’]s\\b)|['’]s\\b|\\p{L}+(?:[-'’&]\\p{L}+)*\\.?(?<=(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Lt|Col|Inc|Corp|Ltd|Co)\\.)"
                    + "|\\p{L}+(?:[-'’&]\\p{L}+)*|\\d+(?:st|nd|rd|th)\\b|[$€£]?\\d+(?:[.,:]\\d+)*%?|\\S");

    /** One tagged word: its text and universal tag (NOUN, PROPN, VERB, AUX, DET, ADP, ...). */
    public record Token(String text, String tag) {

        public boolean isNoun() {
            return tag.equals("NOUN") || tag.equals("PROPN");
        }

        public boolean isVerb() {
            return tag.equals("VERB");
        }
    }

    private PartsOfSpeech() {
    }

    private static final class Models {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final LemmatizerModel LEMMAS = load(LEMMA_MODEL, LemmatizerModel::new);
        // a tagger keeps state between calls, so each thread has its own; making one per call costs more
        // than tagging
        static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(POS));
        static final ThreadLocal<LemmatizerME> LEMMATIZER = ThreadLocal.withInitial(() -> new LemmatizerME(LEMMAS));
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = PartsOfSpeech.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The words and marks of the sentence, in order, as the tagger sees them. */
    public static List<String> tokens(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The sentence's tokens with their tags. */
    public static List<Token> tag(String sentence) {
        List<String> words = tokens(sentence);
        if (words.isEmpty()) {
            return List.of();
        }
        String[] toks = words.toArray(String[]::new);
        String[] tags = Models.TAGGER.get().tag(toks);
        List<Token> out = new ArrayList<>(toks.length);
        for (int i = 0; i < toks.length; i++) {
            out.add(new Token(toks[i], tags[i]));
        }
        return out;
    }

    /**
     * The dictionary form of one tagged word ("captured" VERB gives "capture"). Asked word by word, since
     * lemmatising whole sentences costs several times the tagging.
     */
    public static String lemma(Token token) {
        String[] l = Models.LEMMATIZER.get().lemmatize(new String[]{token.text()}, new String[]{token.tag()});
        String lemma = l.length == 0 || l[0] == null || l[0].equals("O") ? token.text() : l[0];
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }
}
