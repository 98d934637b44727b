package dev.storyline.extract;

/**
 * The full result of extracting one document: the {@link Article} the pipeline carries on, and the
 * {@link PageDetails} that do not fit in it. Immutable.
 *
 * @param article the article
 * @param details the further metadata
 */
public record Extraction(Article article, PageDetails details) {
}
