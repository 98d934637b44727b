package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** From files to the JSON contract: the whole pipeline in memory over the project's own corpus. */
class DigestEndToEndTest {

    private static Storyline storyline;
    private static List<StoryPage> pages;

    @BeforeAll
    static void digestTheCorpus() {
        storyline = Storyline.standard(IngestOptions.defaults());
        pages = storyline.digest(List.of(Corpus.folder().toString()), p -> {
            throw new AssertionError("unexpected problem: " + p);
        });
    }

    @Test
    void twoUnrelatedEventsGiveTwoStoriesOfThreeSourcesEach() {
        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.articleCount()).isEqualTo(3);
            assertThat(p.sources()).hasSize(3);
        });
        assertThat(pages).anySatisfy(p -> assertThat(p.headline()).containsIgnoringCase("Kefalonia"));
        assertThat(pages).anySatisfy(p -> assertThat(p.headline()).contains("Kestrel"));
    }

    @Test
    void everySentenceIsTakenFromTheCorpusAndCitesSourcesOfItsStory() {
        String corpus = Corpus.allText();
        for (StoryPage p : pages) {
            assertThat(p.sections()).hasSizeBetween(3, 6);
            for (StoryPage.Section s : p.sections()) {
                for (StoryPage.CitedSentence c : s.sentences()) {
                    assertThat(corpus).contains(c.text());
                    assertThat(c.citations()).isNotEmpty().allSatisfy(n -> assertThat(n).isBetween(1, p.sources().size()));
                }
            }
        }
    }

    @Test
    void noPageFurnitureReachesThePages() {
        String json = StoryJson.stories(pages);
        for (String furniture : List.of("Subscribe", "Share on", "Share this", "Photo:", "Related", "Comments (",
                "cookies", "newsletter", "All rights reserved", "Tags:", "Sport")) {
            assertThat(json).doesNotContain(furniture);
        }
    }

    @Test
    void theTimelineResolvesTuesdayAgainstThePublicationDate() {
        StoryPage quake = pages.stream().filter(p -> p.headline().contains("Kefalonia")).findFirst().orElseThrow();
        assertThat(quake.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-03");
            assertThat(e.background()).isFalse();
        });
        assertThat(quake.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("1953-08");
            assertThat(e.background()).isTrue();
        });
    }

    @Test
    void theOutputMatchesThePublishedJsonSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/story-format.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = StoryJson.MAPPER.readTree(StoryJson.stories(pages));
        assertThat(schema.validate(json)).isEmpty();
    }

    @Test
    void badInputsAreReportedByNameAndTheRestIsProcessed(@TempDir Path dir) throws IOException {
        Corpus.copyTo(dir);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.html"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0x7f, 0});
        Files.writeString(dir.resolve("notes.docx"), "not a format we read");
        Files.writeString(dir.resolve("records.jsonl"), "{\"id\":\"ok-1\",\"title\":\"Port strike ends in Antwerp after three days\","
                + "\"text\":\"Dock workers in Antwerp ended a three-day strike on Friday after the port agreed to raise wages by 4 percent.\"}\n"
                + "{this is not json\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("latin1.txt"), ("Caf\u00e9 owners in Li\u00e8ge protest against the new parking fees on Saturday.\n"
                + "Hundreds of caf\u00e9 owners marched through the centre of Li\u00e8ge on Saturday to protest against the new parking fees.")
                .getBytes(StandardCharsets.ISO_8859_1));
        List<IngestProblem> problems = new ArrayList<>();
        List<StoryPage> result = storyline.digest(List.of(dir.toString(), "http://127.0.0.1:9/feed.xml"), problems::add);

        assertThat(problems).extracting(IngestProblem::source).anySatisfy(s -> assertThat(s).contains("empty.txt"))
                .anySatisfy(s -> assertThat(s).contains("binary.html"))
                .anySatisfy(s -> assertThat(s).contains("notes.docx"))
                .anySatisfy(s -> assertThat(s).contains("records.jsonl:2"))
                .anySatisfy(s -> assertThat(s).contains("127.0.0.1:9"));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(result.stream().mapToInt(StoryPage::articleCount).sum()).isEqualTo(8);
        assertThat(StoryJson.stories(result)).contains("Li\u00e8ge").contains("Antwerp");
        assertThat(Set.copyOf(result.stream().map(StoryPage::id).toList())).hasSize(result.size());
    }

    @Test
    void anUndatedArticleIsDatedByItsStoryAndThePageSaysSo(@TempDir Path dir) throws IOException {
        Corpus.copyTo(dir);
        Files.writeString(dir.resolve("quake-undated.txt"), "Quake damages Argostoli port on Kefalonia\n"
                + "A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Tuesday evening, damaging dozens of homes.\n"
                + "The quake hit at a depth of 10 kilometres west of Argostoli, the Geodynamic Institute in Athens said.\n");
        List<StoryPage> result = storyline.digest(List.of(dir.toString()), p -> { });
        StoryPage quake = result.stream().filter(p -> p.headline().contains("Kefalonia")).findFirst().orElseThrow();
        StoryPage.Source undated = quake.sources().stream().filter(s -> s.url().endsWith("quake-undated.txt")).findFirst().orElseThrow();
        assertThat(undated.publishedInferred()).isTrue();
        assertThat(undated.published()).isNotNull();
        assertThat(quake.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-03");
            assertThat(e.citations()).contains(undated.n());
        });
        assertThat(quake.sources()).filteredOn(s -> !s.url().endsWith("quake-undated.txt"))
                .allSatisfy(s -> assertThat(s.publishedInferred()).isFalse());
    }
}
