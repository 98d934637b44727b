package dev.storyline.category;

import dev.storyline.analysis.AnalyzedArticle;

import java.util.List;

/**
 * What the classifier reads of one article: where it was published, what it says, how its publisher
 * labelled it, and its embedding. Immutable.
 *
 * @param url      the article's address, or {@code null}
 * @param title    its headline; may be empty
 * @param text     its body or lead; may be empty
 * @param keywords the feed's categories and the page's meta keywords or section, as the publisher wrote them
 * @param vector   unit-length embedding of the title and lead, or {@code null} when there is none
 */
public record Report(String url, String title, String text, List<String> keywords, float[] vector) {

    public Report {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** What an analysed article offers: its link, title, body, publisher's labels and vector. */
    public static Report of(AnalyzedArticle a) {
        return new Report(a.article().url(), a.article().title(), a.article().text(), a.article().keywords(), a.vector());
    }
}
