package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.RawDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageBodyTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    static final String P1 = "The city council voted on Tuesday to close the old harbour bridge to all traffic, "
            + "citing a safety report that found corrosion in three of its main supports.";
    static final String P2 = "Engineers said repairs would take at least eighteen months, and the council set "
            + "aside twelve million euros for the work, the largest single item in this year's budget.";
    static final String P3 = "Local shop owners, who depend on customers crossing from the north bank, said "
            + "they feared a long closure would push several businesses out of the district.";

    static String page(String insideArticle, String aroundArticle) {
        return """
                <!doctype html><html lang="en"><head><title>Harbour bridge to close | The Coast Times</title></head>
                <body>
                <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav>
                %s
                <article class="story">
                <h1>Harbour bridge to close</h1>
                <p>%s</p>
                %s
                <p>%s</p>
                <p>%s</p>
                </article>
                <footer class="site-footer"><p>Copyright 2026 The Coast Times. All rights reserved.</p></footer>
                </body></html>
                """.formatted(aroundArticle, P1, insideArticle, P2, P3);
    }

    Article extract(String html) throws ExtractionException {
        return extractor.extract(new RawDocument("https://coast.example/news/bridge", RawDocument.Format.HTML,
                html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null));
    }

    @Test
    void keepsTheReportParagraphsSeparatedByBlankLines() throws Exception {
        Article a = extract(page("", ""));
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.provenance()).containsEntry("text", "dom:scored");
    }

    @Test
    void dropsNavigationFooterAndTheRepeatedHeadline() throws Exception {
        Article a = extract(page("", ""));
        assertThat(a.text()).doesNotContain("Home", "Sport", "Copyright", "Harbour bridge to close");
    }

    @Test
    void dropsAdvertisementsInsideTheArticle() throws Exception {
        Article a = extract(page("<div class=\"ad-slot\"><p>Buy the new Roadster today with zero interest.</p></div>"
                + "<p class=\"label\">Advertisement</p>", ""));
        assertThat(a.text()).doesNotContain("Roadster", "Advertisement");
    }

    @Test
    void dropsShareBars() throws Exception {
        Article a = extract(page("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> "
                + "<a href=\"#\">Share on X</a> <span>Email this story to a friend</span></div>", ""));
        assertThat(a.text()).doesNotContain("Facebook", "Email this story");
    }

    @Test
    void dropsNewsletterBoxes() throws Exception {
        Article a = extract(page("<section class=\"newsletterSignup\"><h3>Morning briefing</h3>"
                + "<p>Get the day's top stories delivered to your inbox every morning.</p></section>", ""));
        assertThat(a.text()).doesNotContain("Morning briefing", "inbox");
    }

    @Test
    void dropsRelatedArticleLists() throws Exception {
        Article a = extract(page("", "") .replace("</article>", "<div class=\"related-stories\"><h2>Related</h2><ul>"
                + "<li><a href=\"/a\">Ferry service extended over the summer months</a></li>"
                + "<li><a href=\"/b\">New cycle lane opens along the river front</a></li></ul></div></article>"));
        assertThat(a.text()).doesNotContain("Ferry service", "cycle lane");
    }

    @Test
    void dropsCommentsEvenWhenTheyAreLong() throws Exception {
        String comment = "<p>I have crossed that bridge every day for thirty years, and honestly nobody asked the "
                + "people who live here what they think about closing it for a year and a half.</p>";
        Article a = extract(page("", "").replace("</article>", "</article><section id=\"comments\">"
                + comment.repeat(6) + "</section>"));
        assertThat(a.text()).doesNotContain("crossed that bridge");
    }

    @Test
    void dropsCaptionsAndPhotoCredits() throws Exception {
        Article a = extract(page("<figure><img src=\"bridge.jpg\" alt=\"\"><figcaption>The bridge at dusk. "
                + "<span class=\"credit\">Photo: Jane Roe</span></figcaption></figure>"
                + "<p class=\"image-credit\">Photograph: Agency Pictures</p>", ""));
        assertThat(a.text()).doesNotContain("dusk", "Jane Roe", "Agency Pictures");
    }

    @Test
    void dropsAnItalicCaptionUnderABareImage() throws Exception {
        Article a = extract(page("<p><img src=\"b.jpg\"><br><em>The bridge seen from the lighthouse, via the "
                + "city archive</em></p><p>Asked about the cost, the mayor said <em>every cent</em> was needed.</p>", ""));
        assertThat(a.text()).doesNotContain("lighthouse").contains("every cent");
    }

    @Test
    void dropsACaptionInTheBlockAfterAnImageBlock() throws Exception {
        Article a = extract(page("<div class=\"separator\"><a href=\"b.jpg\"><img src=\"b.jpg\"></a></div>"
                + "<div style=\"text-align:center\"><span><em><span>Harbour master Tom Ellis</span></em></span></div>", ""));
        assertThat(a.text()).doesNotContain("Tom Ellis");
    }

    @Test
    void dropsCookieBanners() throws Exception {
        Article a = extract(page("", "<div id=\"cookie-consent\"><p>We use cookies to improve your experience on "
                + "our site, to show you personalised content and to analyse our traffic. By continuing you agree.</p>"
                + "<p>Manage your cookie settings at any time from the privacy page of this website.</p>"
                + "<p>Some of these cookies are set by partners who may combine them with other information.</p></div>"));
        assertThat(a.text()).doesNotContain("cookies");
    }

    @Test
    void dropsReadMoreTeasers() throws Exception {
        Article a = extract(page("<p><a href=\"/budget\">Read more: How the council spends its money</a></p>", ""));
        assertThat(a.text()).doesNotContain("Read more", "spends its money");
    }

    @Test
    void dropsHiddenElements() throws Exception {
        Article a = extract(page("<div style=\"display: none\"><p>Preview text for the app widget only.</p></div>"
                + "<p hidden>Hidden copy for screen scrapers.</p>", ""));
        assertThat(a.text()).doesNotContain("Preview text", "Hidden copy");
    }

    @Test
    void takesTheMarkedArticleBodyOverScoring() throws Exception {
        String html = """
                <html><body><div class="teasers"><p>%s</p><p>%s</p></div>
                <div itemprop="articleBody"><p>%s</p><p>%s</p></div></body></html>
                """.formatted(P1.replace("bridge", "tunnel"), P2.replace("bridge", "tunnel"), P1, P3);
        Article a = extract(html);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P3);
        assertThat(a.provenance()).containsEntry("text", "microdata:articleBody");
    }

    @Test
    void takesTheJsonLdBodyWhenThePageShowsLess() throws Exception {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour bridge to close",
                 "articleBody":"%s\\n%s\\n%s"}
                </script></head><body><div class="paywall"><p>Subscribe to read this story.</p></div>
                <p>%s</p></body></html>
                """.formatted(P1, P2, P3, P1);
        Article a = extract(html);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.provenance()).containsEntry("text", "json-ld:articleBody");
    }

    @Test
    void gathersAnArticleSplitIntoSeveralBlocksBetweenAds() throws Exception {
        String html = """
                <html><body><main><div class="article-body">
                <div class="body-part"><p>%s</p><p>%s</p></div>
                <div class="ad"><p>Advertisement</p></div>
                <div class="body-part"><p>%s</p></div>
                </div></main>
                <aside><h2>Most read</h2><ol><li><a href="/x">A story about something else entirely</a></li></ol></aside>
                </body></html>
                """.formatted(P1, P2, P3);
        Article a = extract(html);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }
}
