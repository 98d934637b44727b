package dev.storyline.ingest.file;

import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.JsonLimits;
import dev.storyline.ingest.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The size and depth limits of article records: each crossing reported with the limit, the rest read. */
class RecordLimitsTest {

    private static final String GOOD = "{\"url\":\"https://daily.example/after\",\"title\":\"After\",\"text\":\"The port reopened.\"}";

    private final List<RawDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    @TempDir
    Path temp;

    @Test
    void aGzippedLineOfHundredsOfMegabytesIsReportedWithTheCapAndTheNextLineIsRead() throws IOException {
        Path file = temp.resolve("huge.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) 'a');
            out.write("{\"id\":\"x\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) { // 300 MB of one line, far more than the test JVM could hold as a String twice
                out.write(spaces);
            }
            out.write(("\"}\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        }

        ArticleRecords.readJsonLines(file, "huge.jsonl.gz", 1024 * 1024, documents::add, problems::add);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("huge.jsonl.gz:1");
            assertThat(p.message()).contains("larger than the limit of 1048576 bytes");
        });
        assertThat(documents).extracting(RawDocument::source).containsExactly("https://daily.example/after");
        assertThat(documents.getFirst().origin()).isEqualTo("huge.jsonl.gz:2");
    }

    @Test
    void deepNestingIsNamedAsSuchNotAsANullPointer() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Path lines = Files.writeString(temp.resolve("deep.jsonl"), deep + "\n" + GOOD + "\n");
        Path array = Files.writeString(temp.resolve("deep.json"), "[" + GOOD + ", {\"id\":\"d\",\"x\":" + deep + "}]");

        ArticleRecords.readJsonLines(lines, "deep.jsonl", documents::add, problems::add);
        ArticleRecords.readJson(array, "deep.json", documents::add, problems::add);

        assertThat(problems).hasSize(2).allSatisfy(p ->
                assertThat(p.message()).contains("nested deeper than " + JsonLimits.MAX_DEPTH + " levels"));
        assertThat(problems.get(0).source()).isEqualTo("deep.jsonl:1");
        assertThat(problems.get(1).source()).startsWith("deep.json:1");
        assertThat(documents).extracting(RawDocument::source)
                .containsExactly("https://daily.example/after", "https://daily.example/after");
    }

    @Test
    void anArrayElementOverTheCapIsSkippedAndTheNextElementRead() throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "b".repeat(5000) + "\"}";
        Path file = Files.writeString(temp.resolve("big.json"), "[\n" + big + ",\n" + GOOD + "\n]");

        ArticleRecords.readJson(file, "big.json", 1000, documents::add, problems::add);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("big.json:2");
            assertThat(p.message()).contains("more than 1000 bytes");
        });
        assertThat(documents).extracting(RawDocument::source).containsExactly("https://daily.example/after");
        assertThat(documents.getFirst().origin()).isEqualTo("big.json:3");
    }

    @Test
    void aRecordNamedOnlyByItsIdIsReportedWithItsFileAndLine() throws IOException {
        Path file = Files.writeString(temp.resolve("ids.jsonl"), "{\"id\":0,\"published\":\"someday\",\"text\":\"x\"}\n");

        ArticleRecords.readJsonLines(file, "ids.jsonl", documents::add, problems::add);

        assertThat(problems).singleElement().hasToString("ids.jsonl:1: record 0: unreadable published date 'someday'; kept without a date");
        assertThat(documents.getFirst().problem("not text").toString()).isEqualTo("0 (in ids.jsonl:1): not text");
    }
}
