package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyline.ingest.RawDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String REPORT = "<p>" + PageBodyTest.P1 + "</p><p>" + PageBodyTest.P2 + "</p><p>"
            + PageBodyTest.P3 + "</p>";

    private Article html(byte[] bytes, String contentType) throws ExtractionException {
        return extractor.extract(new RawDocument("https://news.example/a", RawDocument.Format.HTML, bytes,
                contentType, null));
    }

    @Test
    void readsBrokenHtml() throws Exception {
        // Unclosed paragraphs, stray and mis-nested end tags, a bare ampersand and an unclosed comment.
        String broken = "<html><body><div class=main><p>" + PageBodyTest.P1 + "<p>" + PageBodyTest.P2
                + "</span></td><p>" + PageBodyTest.P3 + "<b><i> & </b></i><!-- unclosed";
        Article a = html(broken.getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.text()).contains(PageBodyTest.P1, PageBodyTest.P2, PageBodyTest.P3);
    }

    @Test
    void readsATenMegabytePageInReasonableTime() {
        StringBuilder page = new StringBuilder("<html><body><div class=\"menu\">");
        String link = "<li><a href=\"/section/x\">Section link with a long enough label</a></li>";
        while (page.length() < 10 * 1024 * 1024) {
            page.append(link);
        }
        page.append("</div><article>").append(REPORT).append("</article></body></html>");
        byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Article a = html(bytes, null);
            assertThat(a.text()).isEqualTo(PageBodyTest.P1 + "\n\n" + PageBodyTest.P2 + "\n\n" + PageBodyTest.P3);
        });
    }

    @Test
    void survivesVeryDeeplyNestedTags() throws Exception {
        String page = "<html><body>" + "<div>".repeat(50_000) + "<article>" + REPORT + "</article></body></html>";
        Article a = html(page.getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.text()).startsWith(PageBodyTest.P1);
    }

    @Test
    void findsAMetaCharsetDeclaredAfterTheFirstKilobyte() throws Exception {
        String russian = "Городской совет во вторник проголосовал за закрытие старого моста для всего транспорта, "
                + "сославшись на доклад о коррозии опор.";
        String page = "<html><head><!-- " + "x".repeat(2000) + " --><meta charset=\"koi8-r\"></head><body><article><p>"
                + russian + "</p><p>" + russian + "</p></article></body></html>";
        Article a = html(page.getBytes(Charset.forName("KOI8-R")), null);
        assertThat(a.text()).contains(russian);
        assertThat(a.language()).isEqualTo("ru");
    }

    @Test
    void honoursAByteOrderMark() throws Exception {
        String page = "<html><body><article>" + REPORT.replace("euros", "euros \u2013 \u00e9t\u00e9") + "</article></body></html>";
        byte[] utf16 = page.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(html(withBom, "text/html; charset=iso-8859-1").text()).contains("\u2013 \u00e9t\u00e9");

        byte[] utf8 = ("\ufeff" + page).getBytes(StandardCharsets.UTF_8);
        assertThat(html(utf8, null).text()).contains("\u2013 \u00e9t\u00e9").doesNotContain("\ufeff");
    }

    @Test
    void readsWindows1252DeclaredAsUtf8() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><article>"
                + REPORT.replace("year's", "year\u2019s") + "</article></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
        Article a = html(bytes, "text/html; charset=UTF-8");
        assertThat(a.text()).contains("this year\u2019s budget");
    }

    @Test
    void unpacksGzipBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(("<html><body><article>" + REPORT + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(html(out.toByteArray(), null).text()).startsWith(PageBodyTest.P1);
    }

    @Test
    void saysWhenGzipBytesAreBroken() {
        byte[] broken = {(byte) 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
        assertThatThrownBy(() -> html(broken, null)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("gzip");
    }

    @Test
    void namesTheFrameOfAFrameset() {
        String page = "<html><frameset cols=\"20%,80%\"><frame src=\"menu.html\"><frame src=\"story.html\">"
                + "</frameset></html>";
        assertThatThrownBy(() -> html(page.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("frameset").hasMessageContaining("https://news.example/menu.html");
    }

    @Test
    void saysThereIsNoArticleOnAPageOfLinks() {
        String page = "<html><body><nav><a href=\"/a\">News</a><a href=\"/b\">Sport</a></nav>"
                + "<ul class=\"teasers\"><li><a href=\"/c\">Headline one</a></li><li><a href=\"/d\">Headline two</a></li>"
                + "</ul></body></html>";
        assertThatThrownBy(() -> html(page.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ExtractionException.class).hasMessage("no article text found");
    }

    @Test
    void refusesBinaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> html(png, "image/png")).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("binary content");
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThatThrownBy(() -> html(new byte[0], null)).isInstanceOf(ExtractionException.class)
                .hasMessage("empty document");
    }

    @Test
    void readsAnHtmlPageThatArrivedAsText() throws Exception {
        byte[] bytes = ("<!DOCTYPE html><html><body><article>" + REPORT + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Article a = extractor.extract(new RawDocument("file:///data/page.txt", RawDocument.Format.TEXT, bytes, null,
                null));
        assertThat(a.text()).doesNotContain("<p>").startsWith(PageBodyTest.P1);
    }
}
