package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScrapedTextTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String S1 = "The ferry operator said on Monday that it would cancel all crossings until the "
            + "storm had passed.";
    private static final String S2 = "About four hundred passengers were waiting at the terminal when the "
            + "announcement was made, a spokesman said.";

    private Article extract(String text, DocumentHints hints) throws ExtractionException {
        return extractor.extract(new RawDocument("file:///data/ferry.txt", RawDocument.Format.TEXT,
                text.getBytes(StandardCharsets.UTF_8), null, hints));
    }

    private Article extract(String text) throws ExtractionException {
        return extract(text, null);
    }

    @Test
    void aLineNamingOnlyTheSiteBecomesThePublisherAndTheHeadlineTheTitle() throws ExtractionException {
        Article a = extract("Island Post\nEarthquake of magnitude 6.4 hits Kefalonia, hundreds sleep outdoors\n"
                + "A magnitude 6.4 earthquake hit the island of Kefalonia on Tuesday night, officials said.\n"
                + "About 300 people spent the night in tents at a football ground.\n");
        assertThat(a.title()).isEqualTo("Earthquake of magnitude 6.4 hits Kefalonia, hundreds sleep outdoors");
        assertThat(a.publisher()).isEqualTo("Island Post");
        assertThat(a.provenance()).containsEntry("publisher", "text:site-line");
        assertThat(a.text()).doesNotContain("Island Post");
    }

    @Test
    void aShortHeadlineAboveTheReportStaysTheTitle() throws ExtractionException {
        Article a = extract("Floods Hit Kerala\nHeavy rain flooded villages across the Indian state of Kerala on Monday, officials said.\n");
        assertThat(a.title()).isEqualTo("Floods Hit Kerala");
    }

    @Test
    void keepsEverySentenceOfTheReportOnePerParagraph() throws Exception {
        Article a = extract(S1 + "\n\n" + S2 + "\n");
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void takesAHeadlineLikeFirstLineAsTheTitle() throws Exception {
        Article a = extract("Storm halts ferry crossings\n\n" + S1 + "\n\n" + S2);
        assertThat(a.title()).isEqualTo("Storm halts ferry crossings");
        assertThat(a.provenance()).containsEntry("title", "text:first-line");
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void keepsAFirstLineThatIsASentence() throws Exception {
        Article a = extract(S1 + "\n" + S2);
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).startsWith(S1);
    }

    @Test
    void dropsTheHeadlineWhenItIsRepeated() throws Exception {
        Article a = extract("Storm halts ferry crossings\n" + S1 + "\nStorm halts ferry crossings\n" + S2,
                new DocumentHints("Storm halts ferry crossings", null, null, null, null, null));
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void takesTheAuthorLine() throws Exception {
        Article a = extract("Author: Maria Lopez\n" + S1 + "\n" + S2);
        assertThat(a.author()).isEqualTo("Maria Lopez");
        assertThat(a.provenance()).containsEntry("author", "text:author-line");
        assertThat(a.text()).doesNotContain("Maria");
    }

    @Test
    void takesThePublishedLineInItsTokenisedForms() throws Exception {
        Article a = extract("First Published: June 13, 2013 4: 59 PM EDT\n" + S1 + "\n" + S2);
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-06-13T20:59:00Z"));
        assertThat(a.provenance()).containsEntry("published", "text:published-line");
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void takesABareDatelineAsThePublicationTime() throws Exception {
        Article a = extract("Monday, March 11, 2013 23: 51\n" + S1 + "\n" + S2);
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-03-11T23:51:00Z"));
        assertThat(a.provenance()).containsEntry("published", "text:dateline");
    }

    @Test
    void dropsATimeOnlyUpdateLine() throws Exception {
        Article a = extract("Updated 4: 08 p. m. ET\n" + S1 + "\n" + S2);
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
        assertThat(a.published()).isNull();
    }

    @Test
    void readsADatelineGivenAsTheTitleHint() throws Exception {
        Article a = extract("Lawyer: ferry operator cancels crossings\n" + S1 + "\n" + S2,
                new DocumentHints("May 2, 2013, 1: 12 PM", null, null, null, null, null));
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2013-05-02T13:12:00Z"));
        assertThat(a.provenance()).containsEntry("published", "hint:title-dateline");
        assertThat(a.title()).isEqualTo("Lawyer: ferry operator cancels crossings");
    }

    @Test
    void dropsCaptionsAndPhotoCredits() throws Exception {
        Article a = extract(S1 + "\nPassengers wait at the terminal in Dover. (AP Photo/Jon Smith)\n"
                + "Photo: Harbour Authority\nREUTERS/Ann Lee\n" + S2);
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void dropsTagAndRelatedLists() throws Exception {
        Article a = extract(S1 + "\n" + S2 + "\nTags: ferry, storm, Dover\nRelated\nRail strike called off\n"
                + "Airport reopens after fog");
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void dropsCommentPromptsAndShareAndSubscribeLines() throws Exception {
        Article a = extract(S1 + "\nShare this article\nSubscribe to our newsletter\n" + S2
                + "\nLeave a comment\n12 Comments");
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void keepsReportSentencesThatStartLikeFurnitureLabels() throws Exception {
        String related = "Related concerns were raised by the union at the meeting on Monday.";
        String share = "Share the road with cyclists, police urged drivers on Tuesday morning.";
        String copyright = "Copyright lawyers said the ruling would change little for small publishers.";
        Article a = extract(S1 + "\n" + related + "\n" + share + "\n" + copyright + "\n" + S2);
        assertThat(a.text()).isEqualTo(String.join("\n\n", S1, related, share, copyright, S2));
    }

    @Test
    void dropsBareContentIdsAndHashes() throws Exception {
        Article a = extract(S1 + "\n9f86d081884c7d659a2feaa0c55ad015\nstory_20130613_1234\n" + S2);
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void dropsSiteNamesAndFooters() throws Exception {
        Article a = extract(S1 + "\n" + S2 + "\nThe Channel Courier\n© 2013 The Channel Courier. All rights reserved."
                + "\nPrivacy Policy\nTerms of Use\nwww.channelcourier.co.uk", new DocumentHints(null, null, "The Channel Courier", null, null, null));
        assertThat(a.text()).isEqualTo(S1 + "\n\n" + S2);
    }

    @Test
    void joinsHardWrappedLinesInsideAParagraph() throws Exception {
        Article a = extract("The ferry operator said on Monday that it would cancel all\n"
                + "crossings until the storm had passed, and that passengers with\n"
                + "tickets would be offered a refund or a later sailing.\n\n" + S2);
        assertThat(a.text()).isEqualTo("The ferry operator said on Monday that it would cancel all crossings until "
                + "the storm had passed, and that passengers with tickets would be offered a refund or a later "
                + "sailing.\n\n" + S2);
    }

    @Test
    void readsFeedTextThatStillCarriesTagsAndEntities() throws Exception {
        Article a = extract("<p>" + S1.replace("storm", "storm &amp; gale") + "</p><p>" + S2 + "<br>Share this article</p>");
        assertThat(a.text()).isEqualTo(S1.replace("storm", "storm & gale") + "\n\n" + S2);
        assertThat(extract(S1 + " AT&amp;T said so.").text()).isEqualTo(S1 + " AT&T said so.");
    }

    @Test
    void readsATextFileInWindows1252() throws Exception {
        byte[] bytes = ("The mayor\u2019s office said the caf\u00e9 would reopen.\n" + S2)
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Article a = extractor.extract(new RawDocument("file:///data/x.txt", RawDocument.Format.TEXT, bytes, null,
                null));
        assertThat(a.text()).startsWith("The mayor\u2019s office said the caf\u00e9 would reopen.");
    }
}
