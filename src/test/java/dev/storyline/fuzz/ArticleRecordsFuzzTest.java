package dev.storyline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.RawDocument;
import dev.storyline.ingest.file.ArticleRecords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON and JSON Lines readers over any bytes, with a small record cap so that the cap is crossed
 * often: they never throw, every problem names the file, and no record over the cap is passed on.
 */
class ArticleRecordsFuzzTest {

    private static final int CAP = 512;
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("storyline-fuzz-", ".json");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxExecutions = FuzzBudget.EXECUTIONS)
    void anyBytesGiveRecordsOrProblemsNamingTheFile(byte[] content) throws IOException {
        Files.write(FILE, content);
        for (boolean lines : new boolean[]{true, false}) {
            List<RawDocument> documents = new ArrayList<>();
            List<IngestProblem> problems = new ArrayList<>();
            if (lines) {
                ArticleRecords.readJsonLines(FILE, "fuzz.jsonl", CAP, documents::add, problems::add);
            } else {
                ArticleRecords.readJson(FILE, "fuzz.json", CAP, documents::add, problems::add);
            }
            for (IngestProblem p : problems) {
                assertThat(p.toString()).contains(lines ? "fuzz.jsonl" : "fuzz.json");
            }
            for (RawDocument d : documents) {
                assertThat(d.content().length).isLessThanOrEqualTo(CAP);
                assertThat(d.origin()).startsWith(lines ? "fuzz.jsonl:" : "fuzz.json:");
            }
        }
    }
}
