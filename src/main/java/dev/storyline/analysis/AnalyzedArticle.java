package dev.storyline.analysis;

import dev.storyline.extract.Article;
import dev.storyline.ingest.PublicationDate;

import java.util.List;

/**
 * An article with its text analysed: sentences, their embeddings, dates and entity mentions, and a
 * vector for the whole article (title and lead). It is what clustering and synthesis read; it
 * serialises to JSON so that it can be stored and sent between workers.
 *
 * @param article           the extracted article
 * @param sentences         the body's sentences, in order (the first {@value ArticleAnalyzer#MAX_SENTENCES}
 *                          of a longer text)
 * @param vector            unit-length embedding of the title and lead
 * @param entities          distinct entity mentions of the article, most frequent first
 */
public record AnalyzedArticle(Article article, List<AnalyzedSentence> sentences, float[] vector,
                              List<String> entities) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }

    public String id() {
        return article.id();
    }

    /**
     * The article's publication date ({@link Article#published()}, the one place it is kept), or
     * {@code null}. Records stored before it lived only there also held it beside the article, as
     * {@code published} and {@code publishedInferred}; those are ignored on reading, as the article's
     * own field holds the same value.
     */
    public PublicationDate published() {
        return article.published();
    }
}
