package dev.storyline.search;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a story's search document: which parts of the page and its articles go into which field,
 * and how each field's text is cut into terms (English stemming for the text, plain words for publishers,
 * so that {@code publisher:bbc} finds "BBC News"). Stateless.
 */
final class SearchDocuments {

    static final String ID = "id";
    static final String HEADLINE = "headline";
    static final String SECTIONS = "sections";
    static final String TITLES = "titles";
    static final String TEXT = "text";
    static final String PUBLISHER = "publisher";
    /** The page as JSON, so that a result needs no read from the store. */
    static final String PAGE = "page";

    /** How much a match in each text field counts: the headline names the event, titles nearly so. */
    static final Map<String, Float> BOOSTS = Map.of(HEADLINE, 4f, TITLES, 2f, SECTIONS, 1.5f, TEXT, 1f);

    private static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
            Map.of(PUBLISHER, new StandardAnalyzer()));

    private SearchDocuments() {
    }

    static Analyzer analyzer() {
        return ANALYZER;
    }

    static Document of(StoryPage page, List<AnalyzedArticle> articles) {
        Document doc = new Document();
        doc.add(new StringField(ID, page.id(), Field.Store.YES));
        add(doc, HEADLINE, page.headline());
        for (StoryPage.Section section : page.sections()) {
            add(doc, SECTIONS, section.heading());
            section.sentences().forEach(s -> add(doc, SECTIONS, s.text()));
        }
        page.timeline().forEach(e -> add(doc, SECTIONS, e.text()));
        Set<String> publishers = new LinkedHashSet<>();
        for (StoryPage.Source source : page.sources()) {
            add(doc, TITLES, source.title());
            publishers.add(source.publisher());
            publishers.addAll(source.alsoPublishedBy());
            publishers.add(host(source.url()));
        }
        for (AnalyzedArticle a : articles) {
            add(doc, TITLES, a.article().title());
            add(doc, TEXT, a.article().text());
            publishers.add(a.article().publisher());
            publishers.add(host(a.article().url()));
        }
        publishers.forEach(p -> add(doc, PUBLISHER, p));
        doc.add(new StoredField(PAGE, StoryJson.write(page)));
        return doc;
    }

    private static void add(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }

    /** The web host of a source ({@code bbc.co.uk}, {@code www.} dropped), so a filter can name the site. */
    private static String host(String url) {
        if (url == null || !url.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
