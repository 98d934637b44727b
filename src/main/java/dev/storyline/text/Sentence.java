package dev.storyline.text;

/**
 * One sentence of an article body.
 *
 * @param index     position of the sentence in the article, from 0
 * @param paragraph index of the paragraph that holds it, from 0
 * @param text      the sentence text, trimmed
 */
public record Sentence(int index, int paragraph, String text) {
}
