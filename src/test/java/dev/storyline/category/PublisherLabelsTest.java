package dev.storyline.category;

import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.RawDocument;
import dev.storyline.ingest.feed.FeedItem;
import dev.storyline.ingest.feed.FeedParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How publishers' own labels (feed categories, a page's section and keywords) reach the classifier. */
class PublisherLabelsTest {

    private static final String TEXT = "<article><p>The home side scored twice in the second half to win the derby"
            + " in front of a crowd of forty thousand at the stadium on Saturday afternoon.</p><p>Their coach said the"
            + " team had worked all week on set pieces, and both goals came from corners taken from the left.</p></article>";

    @Test
    void rssAndJsonFeedCategoriesBecomeTheItemsCategories() throws Exception {
        String rss = """
                <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://t.example/</link>
                <item><title>Derby</title><link>https://t.example/a</link><category>Sport</category><category> Football </category></item>
                </channel></rss>""";
        FeedItem item = FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), null, null).items().get(0);
        assertThat(item.categories()).containsExactly("Sport", "Football");
        String json = """
                {"version":"https://jsonfeed.org/version/1.1","title":"T","items":[
                 {"id":"1","url":"https://t.example/b","title":"Vote","content_text":"x","tags":["Politics", 3, ""]}]}""";
        FeedItem tagged = FeedParser.parse(json.getBytes(StandardCharsets.UTF_8), "application/feed+json", null).items().get(0);
        assertThat(tagged.categories()).containsExactly("Politics");
    }

    @Test
    void aFeedsCategoryComesBeforeThePagesSectionAndKeywordsAndNamesTheStorysCategory() throws Exception {
        String html = "<html><head><title>Derby</title><meta property=\"article:section\" content=\"Sport\">"
                + "<meta name=\"keywords\" content=\"derby, football; Leeds\"></head><body>" + TEXT + "</body></html>";
        DocumentHints hints = new DocumentHints("Derby", null, null, null, null, null, List.of("Local"));
        Article a = new ArticleExtractor().extract(new RawDocument("https://t.example/2026/03/derby",
                RawDocument.Format.HTML, html.getBytes(StandardCharsets.UTF_8), null, hints));
        assertThat(a.keywords()).containsExactly("Local", "Sport", "derby", "football", "Leeds");
        Report r = new Report(a.url(), a.title(), a.text(), a.keywords(), null);
        assertThat(new StoryCategorizer(null).publisherLabel(r)).isEqualTo(Category.WORLD); // "Local" comes first
        Report page = new Report(a.url(), a.title(), a.text(), a.keywords().subList(1, 5), null);
        assertThat(new StoryCategorizer(null).publisherLabel(page)).isEqualTo(Category.SPORTS);
    }
}
