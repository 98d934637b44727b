package dev.storyline.ingest.file;

import dev.storyline.ingest.Fixtures;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRecordsTest {

    private final List<RawDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    @Test
    void jsonLinesAreReadRecordByRecordWithBadLinesReportedByLineNumber() {
        ArticleRecords.readJsonLines(Fixtures.path("file/articles.jsonl"), "articles.jsonl", documents::add, problems::add);

        assertThat(documents).extracting(RawDocument::source)
                .containsExactly("https://daily.example/a1", "a-2", "https://daily.example/a4", "a-6");
        assertThat(problems).extracting(IngestProblem::source)
                .containsExactly("articles.jsonl:3", "articles.jsonl:4", "articles.jsonl:6", "articles.jsonl:8");
        assertThat(problems.get(0).message()).startsWith("malformed JSON");
        assertThat(problems.get(1).message()).contains("next Tuesday-ish").contains("kept without a date");
        assertThat(problems.get(2).message()).contains("neither a url nor an id");
        assertThat(problems.get(3).message()).contains("a-8").contains("skipped");
    }

    @Test
    void recordFieldsBecomeHintsAndBodyFormat() {
        ArticleRecords.readJsonLines(Fixtures.path("file/articles.jsonl"), "articles.jsonl", documents::add, problems::add);

        RawDocument first = documents.getFirst();
        assertThat(first.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(new String(first.content(), StandardCharsets.UTF_8)).isEqualTo("The bridge was closed on Monday.");
        assertThat(first.hints().title()).isEqualTo("Bridge closed");
        // a record that gives only the day keeps a day, not midnight UTC
        assertThat(first.hints().published().pageForm()).isEqualTo("2025-03-04");
        assertThat(first.hints().published().hasTime()).isFalse();
        assertThat(first.hints().publisher()).isEqualTo("Daily");
        assertThat(first.hints().author()).isEqualTo("Kim Ode");
        assertThat(first.hints().language()).isEqualTo("en");
        assertThat(first.hints().guid()).isEqualTo("a-1");

        RawDocument second = documents.get(1);
        assertThat(second.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(second.contentType()).startsWith("text/html");
        assertThat(second.hints().published().instant()).isEqualTo(Instant.parse("2025-03-05T08:00:00Z"));

        assertThat(documents.get(2).hints().published()).isNull();
        assertThat(documents.get(3).hints().author()).isEqualTo("Ann, Bo");
    }

    @Test
    void fieldsOutsideTheArticleAreNeverCarriedOver() {
        ArticleRecords.readJsonLines(Fixtures.path("file/articles.jsonl"), "articles.jsonl", documents::add, problems::add);

        assertThat(documents).allSatisfy(d -> {
            assertThat(d.toString() + d.hints()).doesNotContain("GOLD-LABEL");
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).doesNotContain("GOLD-LABEL");
        });
    }

    @Test
    void aJsonArrayIsStreamedAndANumericIdIsAccepted() {
        ArticleRecords.readJson(Fixtures.path("file/articles.json"), "articles.json", documents::add, problems::add);

        assertThat(documents).extracting(RawDocument::source).containsExactly("https://daily.example/17", "b-2", "https://daily.example/b3");
        assertThat(documents.getFirst().hints().guid()).isEqualTo("17");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("articles.json:3");
            assertThat(p.message()).contains("b-2").contains("title only");
        });
        RawDocument titleOnly = documents.get(1);
        assertThat(titleOnly.content()).isEmpty();
        assertThat(titleOnly.format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(titleOnly.hints().title()).isEqualTo("Has no body");
    }

    @Test
    void aSingleObjectIsOneArticle() {
        ArticleRecords.readJson(Fixtures.path("file/article.json"), "article.json", documents::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("https://daily.example/single");
            assertThat(d.hints().published().instant()).isEqualTo(Instant.parse("2025-03-04T11:00:00Z"));
        });
    }

    @Test
    void aBrokenArrayKeepsTheRecordsBeforeTheBreakAndSaysWhere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws java.io.IOException {
        java.nio.file.Path file = temp.resolve("broken.json");
        java.nio.file.Files.writeString(file, "[\n{\"id\": \"1\", \"text\": \"One.\"},\n{\"id\": \"2\", \"text\": \n]\n");

        ArticleRecords.readJson(file, "broken.json", documents::add, problems::add);

        assertThat(documents).extracting(RawDocument::source).containsExactly("1");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("broken.json:4");
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }
}
