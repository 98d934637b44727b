package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech;
import dev.storyline.text.PartsOfSpeech.Token;
import dev.storyline.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fact's part-of-speech tags as the heading composer reads them: the sentence is first written the way
 * the tagger knows words (shouted words in lower case, a hyphen that a tokenising source spaced closed up,
 * "co - workers" as "co-workers"), then the tagger's known slips are mended ("the actress's stay/VERB" is
 * a noun, "Esther/ADV Williams" a name). Stateless.
 */
final class HeadingTags {

    private static final Set<String> PREPOSITIONS = Set.of("with", "in", "on", "at", "of", "for", "from", "by", "into",
            "onto", "near", "over", "under", "against", "without", "during");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    /** "co - workers", "Strauss - Kahn", "26 - year": a spaced hyphen between two parts of one word. */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{N}]) - (?=[\\p{L}\\p{N}])");
    /** A shouted word that is one of the language's own words ("ARMED", "BREAKING"), not an acronym ("UNHCR"). */
    private static final Pattern WORD_ENDING = Pattern.compile("(?i).*[aeiou].*(?:ed|ing|ly|ers?|est|ies|ness|ment|tion)");

    private HeadingTags() {
    }

    /** The sentence's tags, mended for compression. */
    static List<Token> of(String sentence) {
        String text = SPACED_HYPHEN.matcher(unshout(SentenceQuality.clean(sentence))).replaceAll("-");
        List<Token> tokens = new ArrayList<>(PartsOfSpeech.tag(text));
        boolean loud = shouted(sentence);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            Token before = i > 0 ? tokens.get(i - 1) : null;
            Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (t.tag().matches("PUNCT|SYM|X") && t.text().matches(".*\\p{L}.*")) {
                // "a two million-euro/PUNCT heist": a word the tagger took for a mark is a modifier or a noun
                tokens.set(i, new Token(t.text(), after != null && after.isNoun() ? "ADJ" : "NOUN"));
            } else if (t.tag().equals("SCONJ") && PREPOSITIONS.contains(w)) {
                // "retaliated with/SCONJ small arms"
                tokens.set(i, new Token(t.text(), "ADP"));
            } else if (t.tag().matches("ADV|PRON|VERB|ADJ") && Character.isUpperCase(t.text().charAt(0)) && !w.endsWith("ly")
                    && !SectionHeading.TIME_WORDS.contains(w) && !Words.STOP.contains(w) && after != null && after.tag().equals("PROPN")) {
                // "Esther/ADV Williams", "Harbour/PRON Radio": a capitalised word before a name is part of it
                tokens.set(i, new Token(t.text(), "PROPN"));
            } else if (t.tag().matches("ADV|PRON|VERB|ADJ|AUX") && t.text().matches("\\p{Lu}{2,}") && !Words.STOP.contains(w) && !loud) {
                // "HMS/VERB Dauntless": an acronym in a sentence that is not shouted is a name
                tokens.set(i, new Token(t.text(), "PROPN"));
            } else if (after != null && possessive(after) && !t.isNoun()) {
                // "the singer/ADJ 's stay": what owns is a noun
                tokens.set(i, new Token(t.text(), "NOUN"));
            } else if (t.tag().equals("NOUN") && w.endsWith("s") && before != null && before.tag().equals("NOUN")
                    && i + 2 < tokens.size() && after.text().equalsIgnoreCase("to") && tokens.get(i + 2).isVerb()) {
                // "The rescue aims/NOUN to prevent": a plural noun before an infinitive after a noun is the verb
                tokens.set(i, new Token(t.text(), "VERB"));
            } else if (t.tag().equals("ADJ") && w.endsWith("ed") && before != null && COPULAS.contains(before.text().toLowerCase(Locale.ROOT))
                    && after != null && after.isNoun()) {
                // "was spared/ADJ capital punishment": a passive with its object
                tokens.set(i, new Token(t.text(), "VERB"));
            } else if (t.isVerb() && w.endsWith("s") && before != null && before.tag().equals("NOUN") && i >= 2
                    && tokens.get(i - 2).tag().equals("DET") && after != null && after.text().matches("\\p{Ll}+ed")
                    && (after.tag().equals("ADJ") || after.isVerb())) {
                // "the pirate skiffs/VERB reversed/ADJ course": the plural noun is the subject's head, the past form the verb
                tokens.set(i, new Token(t.text(), "NOUN"));
                tokens.set(i + 1, new Token(after.text(), "VERB"));
            } else if (t.isVerb() && before != null && possessive(before) && !w.endsWith("ing")) {
                // "confirmed the actress's stay/VERB at Promises": after a possessive comes a noun
                tokens.set(i, new Token(t.text(), "NOUN"));
            } else if (t.isVerb() && before != null && before.tag().equals("PROPN") && Character.isLowerCase(t.text().charAt(0))
                    && (after == null || after.tag().equals("PUNCT")) && PartsOfSpeech.lemma(t).equals(w) && !w.endsWith("s")) {
                // "the HG Fireside Chat podcast/VERB.": a base form after a name, ending the clause, is a noun
                tokens.set(i, new Token(t.text(), "NOUN"));
            }
        }
        return tokens;
    }

    /** True when the token is the "'s" of a possessive, whatever tag the tagger gave it. */
    static boolean possessive(Token t) {
        return t.text().equals("'s") || t.text().equals("’s");
    }

    /**
     * True when most of the sentence's words are shouted ("OPAL SAYS THE ARRESTS ARE ..."): its names
     * cannot be told from its words, so no heading is written from it.
     */
    static boolean shouted(String sentence) {
        String[] words = sentence.split("\\s+");
        int letters = 0;
        int loud = 0;
        for (String w : words) {
            if (w.replaceAll("[^\\p{L}]", "").isEmpty()) {
                continue;
            }
            letters++;
            loud += isShouted(w) ? 1 : 0;
        }
        return letters >= 4 && loud * 2 > letters;
    }

    /**
     * "ARMED robbers in drag", "OPPAL SAYS ARRESTS": words some sources shout are written as words. A
     * single capitalised word is taken for an acronym ("NYPD", "UNHCR") unless it opens the sentence and
     * has the ending of a word ("ARMED").
     */
    static String unshout(String s) {
        String[] original = s.split(" ");
        String[] words = original.clone();
        for (int i = 0; i < words.length; i++) {
            boolean shouted = isShouted(original[i]);
            boolean run = shouted && (i > 0 && isShouted(original[i - 1]) || i + 1 < words.length && isShouted(original[i + 1]));
            String letters = words[i].replaceAll("[^\\p{L}]", "");
            boolean word = letters.length() >= 4 && WORD_ENDING.matcher(letters).matches()
                    && i + 1 < words.length && !words[i + 1].isEmpty() && Character.isLowerCase(words[i + 1].charAt(0));
            if (shouted && (run || i == 0 && word)) {
                words[i] = words[i].charAt(0) + words[i].substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", words);
    }

    private static boolean isShouted(String w) {
        String letters = w.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }
}
