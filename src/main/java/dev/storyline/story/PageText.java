package dev.storyline.story;

import java.util.List;

/**
 * The checks of page text that evaluations share with the synthesizer: whether a heading is the opening
 * of a sentence, whether it ends on a function word, and its words. Stateless.
 */
public final class PageText {

    private PageText() {
    }

    /** True when the heading is the opening of the sentence, articles aside. */
    public static boolean isPrefixOf(String heading, String sentence) {
        return Headings.isPrefixOf(heading, sentence);
    }

    /** True when the text ends on a function word ("of", "the", "has", "him"). */
    public static boolean endsWeak(String text) {
        return Headings.endsWeak(text);
    }

    /** The words of a text, lower-cased, without marks. */
    public static List<String> words(String text) {
        return Headings.words(text);
    }
}
