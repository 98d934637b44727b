package dev.storyline;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.extract.Article;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.SentenceSplitter;
import dev.storyline.time.TemporalTagger;

import java.util.Map;

/** Test articles and one analyser per test JVM (the embedding model loads once). */
public final class Fixtures {

    private static ArticleAnalyzer analyzer;

    private Fixtures() {
    }

    public static synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new ArticleAnalyzer(new SentenceSplitter(), new EntityMentions(), new TemporalTagger(),
                    new SentenceEmbedder());
        }
        return analyzer;
    }

    public static Article article(String id, String title, String published, String publisher, String text) {
        return new Article(id, "https://" + publisher.toLowerCase().replace(' ', '-') + ".example/" + id, title, text,
                publisher, null, published == null ? null : PublicationDate.fromText(published), "en", Map.of());
    }

    public static AnalyzedArticle analyzed(String id, String title, String published, String publisher, String text) {
        return analyzer().analyze(article(id, title, published, publisher, text));
    }
}
