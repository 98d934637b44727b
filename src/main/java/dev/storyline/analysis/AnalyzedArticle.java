package dev.storyline.analysis;

import dev.storyline.extract.Article;

import java.time.Instant;
import java.util.List;

/**
 * An article with its text analysed: sentences, their embeddings, dates and entity mentions, and a
 * vector for the whole article (title and lead). It is what clustering and synthesis read; it
 * serialises to JSON so that it can be stored and sent between workers.
 *
 * @param article           the extracted article
 * @param sentences         the body's sentences, in order
 * @param vector            unit-length embedding of the title and lead
 * @param entities          distinct entity mentions of the article, most frequent first
 * @param published         the publication time used downstream: the article's own, else one inferred
 * @param publishedInferred true when {@code published} was not stated by the article's metadata
 */
public record AnalyzedArticle(Article article, List<AnalyzedSentence> sentences, float[] vector,
                              List<String> entities, Instant published, boolean publishedInferred) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    public String id() {
        return article.id();
    }
}
