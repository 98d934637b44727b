package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.ingest.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a page's publication date comes from, and in which zone its times are read. */
class PublicationDatesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String BODY = "<article><p>" + PageBodyTest.P1 + "</p><p>" + PageBodyTest.P2 + "</p><p>"
            + PageBodyTest.P3 + "</p></article>";
    private static final String TEXT = "Leaders meet in Nara for talks on mine victims\n"
            + "The two leaders met in Nara on Tuesday and agreed to run DNA tests on the remains found at the mine.\n"
            + "Officials said the testing would start within weeks, with results shared between both governments.\n";

    private Article page(String url, String lang, String head, String bodyStart) throws ExtractionException {
        String html = "<html" + (lang == null ? "" : " lang=\"" + lang + "\"") + "><head>" + head + "</head><body>"
                + bodyStart + BODY + "</body></html>";
        return extractor.extract(new RawDocument(url, RawDocument.Format.HTML, html.getBytes(StandardCharsets.UTF_8),
                null, DocumentHints.NONE));
    }

    private Article text(String url, String text) throws ExtractionException {
        return extractor.extract(new RawDocument(url, RawDocument.Format.TEXT, text.getBytes(StandardCharsets.UTF_8),
                null, DocumentHints.NONE));
    }

    @Test
    void aTimeWithoutZoneOnASeoulDomainIsKoreanTime() throws ExtractionException {
        Article a = page("https://www.herald.example.kr/view/1", null, "", "<p>Published : 2026-01-13 19:09</p>");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-01-13T10:09:00Z"));
        assertThat(a.published().day()).isEqualTo(LocalDate.of(2026, 1, 13));
    }

    @Test
    void theOffsetThePageDeclaresOnAnotherDateIsItsZone() throws ExtractionException {
        Article a = page("https://news.example.com/nara", "en",
                "<meta property=\"article:modified_time\" content=\"2026-01-14T08:00:00+09:00\">",
                "<p>Published: January 13, 2026 19:09</p>");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-01-13T10:09:00Z"));
    }

    @Test
    void theLanguageOfACountryOfOneZoneGivesTheZone() throws ExtractionException {
        Article a = page("https://news.example.com/nara", "ja", "", "<p>Published: January 13, 2026 19:09</p>");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-01-13T10:09:00Z"));
    }

    @Test
    void aKnownPublishersLocalTimeIsReadInItsHomeZone() throws ExtractionException {
        // New York Daily News writes its "PUBLISHED:" line in New York time: 10:34 PM EDT is 02:34 UTC next day
        Article a = text("http://www.nydailynews.com/new-york/vigil-article-1.1285755",
                "PUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM\n" + TEXT);
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-03-12T02:34:00Z"));
        assertThat(a.published().day()).isEqualTo(LocalDate.of(2013, 3, 11));
    }

    @Test
    void aSeoulPaperOnADotComReadsItsTimesInKoreanTime() throws ExtractionException {
        Article a = page("https://www.koreaherald.com/view.php?ud=1", "en", "", "<p>Published : 2026-01-13 19:09</p>");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-01-13T10:09:00Z"));
    }

    @Test
    void theDatelineCityGivesTheZoneWhenTheSiteSaysNothing() throws ExtractionException {
        Article a = text("https://news.example.com/nara", "Published: January 13, 2026 19:09\n"
                + "SEOUL, Jan. 13 (Yonhap) -- The two leaders agreed on Tuesday to run DNA tests on the remains.\n" + TEXT);
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-01-13T10:09:00Z"));
    }

    @Test
    void onlyADayKnownStaysADay() throws ExtractionException {
        Article a = text("http://www.nydailynews.com/new-york/vigil", "Published: March 11, 2013\n" + TEXT);
        assertThat(a.published().hasTime()).isFalse();
        assertThat(a.published().day()).isEqualTo(LocalDate.of(2013, 3, 11));
    }

    @Test
    void withNothingToSayWhichZoneATimeIsReadAsUtc() throws ExtractionException {
        Article a = page("https://news.example.com/nara", "en-US", "", "<p>Published: January 13, 2026 19:09</p>");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-01-13T19:09:00Z"));
    }

    @Test
    void aDayInTheUrlDatesAnOtherwiseUndatedArticleAsADay() throws ExtractionException {
        Article a = text("https://news.example.com/world/2013/03/11/nara-talks", TEXT);
        PublicationDate d = a.published();
        assertThat(d.day()).isEqualTo(LocalDate.of(2013, 3, 11));
        assertThat(d.hasTime()).isFalse();
        assertThat(d.inferred()).isFalse();
        assertThat(a.provenance()).containsEntry("published", "url");
    }

    @Test
    void aDatelineThatContradictsTheUrlGivesWayToIt() throws ExtractionException {
        Article a = text("https://news.example.com/2013/03/11/nara-talks", "June 2, 2009\n" + TEXT);
        assertThat(a.published().day()).isEqualTo(LocalDate.of(2013, 3, 11));
        assertThat(a.provenance()).containsEntry("published", "url");
    }

    @Test
    void aDatelineThatAgreesWithTheUrlKeepsItsTime() throws ExtractionException {
        Article a = text("https://news.example.com/2013/03/11/nara-talks", "March 11, 2013 4:59 PM EDT\n" + TEXT);
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-03-11T20:59:00Z"));
        assertThat(a.provenance()).containsEntry("published", "text:dateline");
    }

    @Test
    void metadataKeepsItsDateWhateverTheUrlSays() throws ExtractionException {
        Article a = page("https://news.example.com/2013/03/11/nara", "en",
                "<meta property=\"article:published_time\" content=\"2013-03-14T08:00:00Z\">", "");
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-03-14T08:00:00Z"));
    }

    @Test
    void aPlaceholderDateInMetadataIsNoDate() throws ExtractionException {
        Article a = page("https://news.example.com/nara", "en",
                "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">", "");
        assertThat(a.published()).isNull();
    }

    @Test
    void aFeedsPlaceholderDatePassesTheSameCheck() throws ExtractionException {
        // feeds, records and pages all make their dates through PublicationDate, which refuses these
        assertThat(PublicationDate.at(Instant.parse("0001-01-01T00:00:00Z"))).isEmpty();
        DocumentHints hints = new DocumentHints(null, PublicationDate.at(Instant.parse("0001-01-01T00:00:00Z")).orElse(null),
                null, null, null, null);
        Article a = extractor.extract(new RawDocument("https://news.example.com/2013/03/11/nara", RawDocument.Format.TEXT,
                TEXT.getBytes(StandardCharsets.UTF_8), null, hints));
        assertThat(a.published().day()).isEqualTo(LocalDate.of(2013, 3, 11));
    }
}
