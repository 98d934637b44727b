package dev.storyline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.RawDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML and text extractors, over any bytes under any declared content type: an article with a
 * non-blank text, or an {@link ExtractionException} that says why, never another exception.
 */
class PageExtractionFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String[] TYPES = {null, "text/html", "text/html; charset=utf-8", "text/html; charset=shift_jis",
            "text/plain; charset=windows-1251", "text/html; charset=bogus"};

    @FuzzTest(maxExecutions = FuzzBudget.EXECUTIONS)
    void anyPageGivesAnArticleOrAClearRefusal(FuzzedDataProvider data) {
        RawDocument.Format format = data.consumeBoolean() ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
        String type = data.pickValue(TYPES);
        byte[] content = data.consumeRemainingAsBytes();
        try {
            Article article = EXTRACTOR.extract(new RawDocument("https://news.example/a", format, content, type, null));
            assertThat(article.text()).isNotBlank();
        } catch (ExtractionException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
