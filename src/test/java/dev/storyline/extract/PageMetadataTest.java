package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.ingest.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String BODY = "<article><p>" + PageBodyTest.P1 + "</p><p>" + PageBodyTest.P2 + "</p><p>"
            + PageBodyTest.P3 + "</p></article>";

    private Extraction extract(String head, String bodyStart, DocumentHints hints) throws ExtractionException {
        String html = "<html lang=\"en-GB\"><head>" + head + "</head><body>" + bodyStart + BODY + "</body></html>";
        return extractor.extractWithDetails(new RawDocument("https://www.coast.example/news/bridge?ref=rss",
                RawDocument.Format.HTML, html.getBytes(StandardCharsets.UTF_8), null, hints));
    }

    private Extraction extract(String head, String bodyStart) throws ExtractionException {
        return extract(head, bodyStart, null);
    }

    private static final String JSON_LD = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Coast"},
             {"@type":"NewsArticle","headline":"Bridge closes for repairs",
              "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],
              "publisher":{"@type":"Organization","name":"The Coast Times"},
              "datePublished":"2026-03-10T08:30:00+01:00","dateModified":"2026-03-11T10:00:00Z",
              "image":{"@type":"ImageObject","url":"https://img.example/bridge.jpg","caption":"The bridge at dusk"},
              "mainEntityOfPage":{"@id":"https://www.coast.example/news/bridge"}}]}
            </script>""";

    @Test
    void readsEveryFieldFromJsonLd() throws Exception {
        Extraction e = extract(JSON_LD, "");
        Article a = e.article();
        assertThat(a.title()).isEqualTo("Bridge closes for repairs");
        assertThat(a.publisher()).isEqualTo("The Coast Times");
        assertThat(a.author()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-10T07:30:00Z"));
        assertThat(e.details().authors()).containsExactly("Ann Lee", "Bo Chan");
        assertThat(e.details().modified().instant()).isEqualTo(Instant.parse("2026-03-11T10:00:00Z"));
        assertThat(e.details().image()).isEqualTo("https://img.example/bridge.jpg");
        assertThat(e.details().imageCaption()).isEqualTo("The bridge at dusk");
        assertThat(a.provenance()).containsEntry("title", "json-ld").containsEntry("publisher", "json-ld")
                .containsEntry("author", "json-ld").containsEntry("published", "json-ld");
    }

    @Test
    void readsOpenGraphAndArticleMetaTags() throws Exception {
        Article a = extract("""
                <meta property="og:title" content="Bridge closes for repairs | The Coast Times">
                <meta property="og:site_name" content="The Coast Times">
                <meta property="og:url" content="https://www.coast.example/news/bridge">
                <meta property="article:published_time" content="2026-03-10T08:30:00Z">
                <meta name="author" content="Ann Lee">""", "").article();
        assertThat(a.title()).isEqualTo("Bridge closes for repairs");
        assertThat(a.publisher()).isEqualTo("The Coast Times");
        assertThat(a.author()).isEqualTo("Ann Lee");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
        assertThat(a.url()).isEqualTo("https://www.coast.example/news/bridge");
        assertThat(a.provenance()).containsEntry("title", "og:title").containsEntry("publisher", "og:site_name")
                .containsEntry("author", "meta:author").containsEntry("published", "meta:article:published_time")
                .containsEntry("url", "og:url");
    }

    @Test
    void stripsTheSiteNameFromAJsonLdHeadline() throws Exception {
        Article a = extract(JSON_LD.replace("\"Bridge closes for repairs\"", "\"Bridge closes for repairs | The Coast Times\""),
                "").article();
        assertThat(a.title()).isEqualTo("Bridge closes for repairs");
    }

    @Test
    void takesTheHeadingWhenNoMetadataNamesTheTitle() throws Exception {
        Article a = extract("<title>Something else - The Coast Times</title>", "<h1>Bridge closes for repairs</h1>")
                .article();
        assertThat(a.title()).isEqualTo("Bridge closes for repairs");
        assertThat(a.provenance()).containsEntry("title", "h1");
    }

    @Test
    void stripsTheSiteNameFromTheTitleTag() throws Exception {
        Article a = extract("<title>Bridge closes for repairs | The Coast Times</title>"
                + "<meta property=\"og:site_name\" content=\"The Coast Times\">", "").article();
        assertThat(a.title()).isEqualTo("Bridge closes for repairs");
        assertThat(a.provenance()).containsEntry("title", "title-tag");
    }

    @Test
    void fallsBackToTheDomainForThePublisher() throws Exception {
        Article a = extract("", "").article();
        assertThat(a.publisher()).isEqualTo("Coast");
        assertThat(a.provenance()).containsEntry("publisher", "domain");
    }

    @Test
    void readsTheBylineAndTimeElementFromThePage() throws Exception {
        Article a = extract("", "<p class=\"byline\">By Ann Lee and Bo Chan</p>"
                + "<time datetime=\"2026-03-10T08:30:00Z\">10 March</time>").article();
        assertThat(a.author()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
        assertThat(a.provenance()).containsEntry("author", "byline").containsEntry("published", "time-element");
    }

    @Test
    void skipsAPlaceholderDateForTheNextSource() throws Exception {
        Article a = extract(JSON_LD.replace("2026-03-10T08:30:00+01:00", "0001-01-01T00:00:00Z")
                + "<meta property=\"article:published_time\" content=\"2026-03-10T08:30:00Z\">", "").article();
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
        assertThat(a.provenance()).containsEntry("published", "meta:article:published_time");
    }

    @Test
    void keepsOnlyNamesFromAByline() throws Exception {
        Article a = extract("", "<div class=\"byline\">By Ann Lee, 2019</div>").article();
        assertThat(a.author()).isEqualTo("Ann Lee");
    }

    @Test
    void readsAVisiblePublishedLine() throws Exception {
        Extraction e = extract("", "<div class=\"stamp\">Published: March 10, 2026 4:59 PM EDT</div>"
                + "<div class=\"stamp\">Updated: March 11, 2026 9:00 AM EDT</div>");
        assertThat(e.article().published().instant()).isEqualTo(Instant.parse("2026-03-10T20:59:00Z"));
        assertThat(e.article().provenance()).containsEntry("published", "text:published-line");
        assertThat(e.details().modified().instant()).isEqualTo(Instant.parse("2026-03-11T13:00:00Z"));
    }

    @Test
    void readsADatelineNearTheTop() throws Exception {
        Article a = extract("", "<div class=\"when\">Monday, March 11, 2013 23:51</div>").article();
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-03-11T23:51:00Z"));
        assertThat(a.provenance()).containsEntry("published", "text:dateline");
    }

    @Test
    void prefersTheCanonicalLinkForTheUrl() throws Exception {
        Article a = extract("<link rel=\"canonical\" href=\"/news/bridge\">"
                + "<meta property=\"og:url\" content=\"https://other.example/x\">", "").article();
        assertThat(a.id()).isEqualTo("https://www.coast.example/news/bridge?ref=rss");
        assertThat(a.url()).isEqualTo("https://www.coast.example/news/bridge");
        assertThat(a.provenance()).containsEntry("url", "rel=canonical");
    }

    @Test
    void readsTheLanguageFromTheHtmlElement() throws Exception {
        Article a = extract("", "").article();
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.provenance()).containsEntry("language", "html-lang");
    }

    @Test
    void detectsTheLanguageWhenThePageDoesNotSayIt() throws Exception {
        String html = "<html><body><article><p>Le conseil municipal a voté mardi la fermeture du vieux pont du port, "
                + "à la suite d'un rapport qui a trouvé de la corrosion dans les piliers.</p><p>Les ingénieurs ont dit "
                + "que les travaux dureront au moins dix-huit mois et que la ville paiera la plus grande part.</p>"
                + "</article></body></html>";
        Article a = extractor.extract(new RawDocument("file:///tmp/pont.html", RawDocument.Format.HTML,
                html.getBytes(StandardCharsets.UTF_8), null, null));
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.provenance()).containsEntry("language", "detected");
        assertThat(a.url()).isEqualTo("file:///tmp/pont.html");
    }

    @Test
    void readsTheLeadImageAndCaptionFromTheFigure() throws Exception {
        Extraction e = extract("", "<figure><img src=\"/img/bridge.jpg\"><figcaption>The bridge at dusk</figcaption>"
                + "</figure>");
        assertThat(e.details().image()).isEqualTo("https://www.coast.example/img/bridge.jpg");
        assertThat(e.details().imageCaption()).isEqualTo("The bridge at dusk");
        assertThat(e.article().text()).doesNotContain("dusk");
    }

    @Test
    void readsMicrodataAndTheLesserMetaTags() throws Exception {
        Extraction e = extract("""
                <meta name="twitter:title" content="Bridge closes for repairs">
                <meta name="application-name" content="Coast Times">
                <meta property="og:image" content="https://img.example/lead.jpg">
                <meta property="og:image:alt" content="The bridge at dusk">""",
                "<div itemprop=\"author\" itemscope><span itemprop=\"name\">Ann Lee</span></div>"
                        + "<time itemprop=\"dateModified\" datetime=\"2026-03-12T08:30:00Z\">12 March</time>"
                        + "<time itemprop=\"datePublished\" datetime=\"2026-03-10T08:30:00Z\">10 March</time>");
        assertThat(e.article().title()).isEqualTo("Bridge closes for repairs");
        assertThat(e.article().publisher()).isEqualTo("Coast Times");
        assertThat(e.article().author()).isEqualTo("Ann Lee");
        assertThat(e.article().published().instant()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
        assertThat(e.details().modified().instant()).isEqualTo(Instant.parse("2026-03-12T08:30:00Z"));
        assertThat(e.details().image()).isEqualTo("https://img.example/lead.jpg");
        assertThat(e.details().imageCaption()).isEqualTo("The bridge at dusk");
        assertThat(e.article().provenance()).containsEntry("title", "twitter:title")
                .containsEntry("publisher", "meta:application-name").containsEntry("author", "microdata")
                .containsEntry("published", "microdata").containsEntry("modified", "microdata")
                .containsEntry("image", "og:image").containsEntry("imageCaption", "og:image:alt");
    }

    @Test
    void readsTheAuthorFromARelAuthorLinkOrArticleAuthorTag() throws Exception {
        Article rel = extract("", "<a rel=\"author\" href=\"/staff/ann\">Ann Lee</a>").article();
        assertThat(rel.author()).isEqualTo("Ann Lee");
        assertThat(rel.provenance()).containsEntry("author", "rel=author");
        Article tag = extract("<meta property=\"article:author\" content=\"Ann Lee\">"
                + "<meta property=\"article:author\" content=\"https://social.example/ann\">", "").article();
        assertThat(tag.author()).isEqualTo("Ann Lee");
        assertThat(tag.provenance()).containsEntry("author", "article:author");
    }

    @Test
    void hintsFromTheSourceWinOverThePage() throws Exception {
        DocumentHints hints = new DocumentHints("Feed title", PublicationDate.fromText("2026-03-09T00:00:00Z"), "Feed Name",
                "Feed Author", "de", "guid-1");
        Article a = extract(JSON_LD.replace("\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Coast Times\"},", ""),
                "", hints).article();
        assertThat(a.title()).isEqualTo("Feed title");
        assertThat(a.publisher()).isEqualTo("Feed Name");
        assertThat(a.author()).isEqualTo("Feed Author");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
        assertThat(a.provenance()).containsEntry("title", "hint").containsEntry("publisher", "hint")
                .containsEntry("author", "hint").containsEntry("language", "hint").containsEntry("published", "hint");
    }

    @Test
    void thePagesOwnPublisherNameBeatsAFeedTitleWithItsSection() throws Exception {
        DocumentHints hints = new DocumentHints(null, null, "Coast Times > World", null, null, null);
        assertThat(extract(JSON_LD, "", hints).article().publisher()).isEqualTo("The Coast Times");
        assertThat(extract("", "", hints).article().publisher()).isEqualTo("Coast Times");
    }
}
