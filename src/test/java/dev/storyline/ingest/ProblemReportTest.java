package dev.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemReportTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ProblemReport report = new ProblemReport(new PrintStream(printed, true, StandardCharsets.UTF_8), "storyline: ");

    private String[] lines() {
        return printed.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void aMillionBadLinesInOneFileCostAHandfulOfLinesAndAreCounted() {
        for (int line = 1; line <= 1_000_000; line++) {
            report.accept(new IngestProblem("bad.jsonl:" + line, "malformed JSON: Unexpected character"));
        }
        report.accept(new IngestProblem("other.html", "empty file"));

        assertThat(lines()).hasSize(ProblemReport.SHOWN_PER_INPUT + 2);
        assertThat(lines()[0]).isEqualTo("storyline: bad.jsonl:1: malformed JSON: Unexpected character");
        assertThat(lines()[ProblemReport.SHOWN_PER_INPUT]).contains("bad.jsonl: more problems with this input");
        assertThat(lines()[ProblemReport.SHOWN_PER_INPUT + 1]).isEqualTo("storyline: other.html: empty file");
        assertThat(report.problems()).isEqualTo(1_000_001);
        assertThat(report.summary(3, 1)).isEqualTo(
                "3 inputs: 1 article; 2 with problems: 1 empty file, 1 malformed JSON (999,995 of 1,000,001 problem lines not shown)");
    }

    @Test
    void problemsOfDocumentsCountAgainstTheFileTheyCameFrom() {
        report.accept(new IngestProblem("0", "not text: only 12% of the characters are letters; skipped", "feed.jsonl:3"));
        report.accept(new IngestProblem("https://news.example/a", "duplicate: the same text as x; skipped", "feed.jsonl:4"));

        assertThat(report.inputsWithProblems()).isEqualTo(1);
        assertThat(lines()[0]).isEqualTo("storyline: 0 (in feed.jsonl:3): not text: only 12% of the characters are letters; skipped");
        assertThat(report.summary(1, 0)).isEqualTo("1 input: 0 articles; 1 with problems: 1 not text");
    }

    @Test
    void kindsGroupMessagesThatDifferOnlyInNumbers() {
        assertThat(ProblemReport.kind("file of 12,345 bytes is larger than the limit of 10485760; skipped"))
                .isEqualTo(ProblemReport.kind("file of 99 bytes is larger than the limit of 10485760; skipped"))
                .isEqualTo("file of N bytes is larger than the limit of N");
    }
}
