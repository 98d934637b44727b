package dev.storyline.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestorFilesTest {

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults().withFetchLinkedPages(false));
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void close() {
        ingestor.close();
    }

    private void read(String... inputs) {
        ingestor.read(List.of(inputs), documents::add, problems::add);
    }

    private static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    @Test
    void savedPageAndScrapedTextKeepTheirBytesAndFileUri() {
        Path html = Fixtures.path("file/page.html");
        Path text = Fixtures.path("file/story.txt");
        read(html.toString(), text.toString());

        assertThat(problems).isEmpty();
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).source()).isEqualTo(uri(html)).startsWith("file:/");
        assertThat(documents.get(0).format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(documents.get(0).content()).isEqualTo(Fixtures.bytes("file/page.html"));
        assertThat(documents.get(1).format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(documents.get(1).source()).isEqualTo(uri(text));
    }

    @Test
    void aWindows1252PageIsPassedOnUndecoded() {
        read(Fixtures.path("file/windows-1252.html").toString());

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.content()).isEqualTo(Fixtures.bytes("file/windows-1252.html"));
            assertThat(d.content()).contains((byte) 0xE9, (byte) 0x93);
        });
    }

    @Test
    void emptyBinaryMissingAndUnknownFilesAreReportedAndTheRestIsRead() {
        read(Fixtures.path("file/empty.html").toString(),
                Fixtures.path("file/binary.txt").toString(),
                temp.resolve("missing.html").toString(),
                Fixtures.path("file/notes.xyz").toString(),
                "ftp://example.org/feed.xml",
                Fixtures.path("file/page.html").toString());

        assertThat(documents).singleElement().extracting(RawDocument::source).isEqualTo(uri(Fixtures.path("file/page.html")));
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0).source()).endsWith("empty.html");
        assertThat(problems.get(0).message()).isEqualTo("empty file");
        assertThat(problems.get(1).source()).endsWith("binary.txt");
        assertThat(problems.get(1).message()).contains("binary");
        assertThat(problems.get(2).message()).isEqualTo("no such file or folder");
        assertThat(problems.get(3).message()).contains("unknown file extension .xyz");
        assertThat(problems.get(4).message()).contains("unsupported URL scheme");
    }

    @Test
    void aFolderIsWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        write(temp.resolve("b.txt"), "Second story text.");
        write(temp.resolve("a.html"), "<p>First</p>");
        write(temp.resolve("sub/c.txt"), "Third.");
        write(temp.resolve("sub/readme.md"), "# not news");
        write(temp.resolve(".hidden.txt"), "secret");
        write(temp.resolve(".git/config.txt"), "vcs");
        write(temp.resolve("z-empty.txt"), "");

        read(temp.toString());

        assertThat(documents).extracting(RawDocument::source).containsExactly(
                uri(temp.resolve("a.html")), uri(temp.resolve("b.txt")), uri(temp.resolve("sub/c.txt")));
        assertThat(problems).extracting(IngestProblem::source).containsExactly(
                temp.resolve("sub/readme.md").toString(), temp.resolve("z-empty.txt").toString());
        assertThat(problems.get(0).message()).contains("unknown file extension .md");
    }

    @Test
    void aFileUriIsReadLikeAPath() {
        read(uri(Fixtures.path("file/story.txt")));

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().extracting(RawDocument::format).isEqualTo(RawDocument.Format.TEXT);
    }

    @Test
    void feedFilesGiveOneDocumentPerItemWithTheItemAsHints() {
        read(Fixtures.path("feed/rss2.xml").toString());

        assertThat(problems).isEmpty();
        assertThat(documents).hasSize(2);
        RawDocument first = documents.getFirst();
        assertThat(first.source()).isEqualTo("https://gazette.example/news/breakwater-reopens");
        assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(new String(first.content(), StandardCharsets.UTF_8)).contains("Mira Olsen");
        assertThat(first.hints()).isEqualTo(new DocumentHints("Breakwater to reopen within two weeks",
                PublicationDate.fromText("2025-03-04T09:30:00Z"), "Portvale Gazette", "Anna Berg", "en-gb", "gazette-1001"));
    }

    @Test
    void aJsonFeedInAJsonFileIsReadAsAFeedAndAnItemWithoutLinkUsesItsGuid() {
        read(Fixtures.path("feed/jsonfeed.json").toString());

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(RawDocument::source).containsExactly("https://notes.example/1", "n-2");
        assertThat(documents.get(1).format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(documents.get(0).hints().publisher()).isEqualTo("Harbour Notes");
    }

    @Test
    void aLocalOpmlListReadsTheFeedFilesItNames() {
        read(Fixtures.path("feed/subscriptions.opml").toString());

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(d -> d.hints().publisher()).containsExactly(
                "Portvale Gazette", "Portvale Gazette", "Le Courrier du Port", "Le Courrier du Port");
    }

    @Test
    void aFeedWithAnUnknownExtensionIsFoundBySniffing() throws IOException {
        Path odd = temp.resolve("wire.download");
        Files.write(odd, Fixtures.bytes("feed/rss1.rdf"));
        read(odd.toString());

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().extracting(RawDocument::source)
                .isEqualTo("https://wire.example/2025/03/ferry-strike");
    }

    @Test
    void aMalformedFeedIsReportedByName() {
        read(Fixtures.path("feed/malformed.rss").toString(), Fixtures.path("file/story.txt").toString());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("malformed.rss");
            assertThat(p.message()).contains("not a readable RSS or Atom feed");
        });
        assertThat(documents).hasSize(1);
    }

    @Test
    void aFileOverTheSizeLimitIsReportedNotRead() {
        try (Ingestor small = new Ingestor(IngestOptions.defaults().withMaxBytes(50))) {
            small.read(Fixtures.path("file/page.html").toString(), documents::add, problems::add);
        }
        assertThat(documents).isEmpty();
        assertThat(problems).singleElement().extracting(IngestProblem::message).asString().contains("larger than the limit");
    }

    @Test
    void gzippedFilesAreReadByTheirInnerExtension() throws IOException {
        Path page = temp.resolve("page.html.gz");
        gzip(page, Fixtures.bytes("file/page.html"));
        Path records = temp.resolve("articles.jsonl.gz");
        gzip(records, Fixtures.bytes("file/articles.jsonl"));
        Path corrupt = temp.resolve("broken.txt.gz");
        Files.writeString(corrupt, "not gzip at all");

        read(page.toString(), records.toString(), corrupt.toString());

        assertThat(documents.getFirst().content()).isEqualTo(Fixtures.bytes("file/page.html"));
        assertThat(documents.getFirst().format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(documents).hasSize(5);
        assertThat(problems).extracting(IngestProblem::source).containsExactly(
                records + ":3", records + ":4", records + ":6", records + ":8", corrupt.toString());
        assertThat(problems.getLast().message()).contains("gzip");
    }

    @Test
    void feedItemsWithoutLinkOrGuidOrContentAreReportedOneByOne() throws IOException {
        Path feed = temp.resolve("odd.rss");
        write(feed, """
                <rss version="2.0"><channel><title>Odd</title>
                <item><title>Nowhere</title><description>No link, no guid.</description></item>
                <item><title>Empty</title><link>urn:odd:2</link></item>
                <item><title>Fine</title><link>urn:odd:3</link><description>Words.</description></item>
                </channel></rss>""");

        read(feed.toString());

        assertThat(documents).singleElement().extracting(RawDocument::source).isEqualTo("urn:odd:3");
        assertThat(problems).extracting(IngestProblem::message).containsExactly(
                "item 'Nowhere' has neither link nor guid; skipped",
                "feed item in " + feed + " has no content; skipped");
    }

    @Test
    void utf16PagesWithAByteOrderMarkAreNotMistakenForBinary() throws IOException {
        Path page = temp.resolve("utf16.html");
        byte[] text = "<html><body><p>Caf\u00e9</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(page, withBom);

        read(page.toString());

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().extracting(RawDocument::content).isEqualTo(withBom);
    }

    private static void gzip(Path path, byte[] content) throws IOException {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(path))) {
            out.write(content);
        }
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
