package dev.storyline.analysis;

import dev.storyline.ingest.PublicationDate;
import dev.storyline.story.StoryJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StoredArticleFormatTest {

    /** An analysis as stores written it before the publication date was kept once, in the article. */
    private static final String OLD_SHAPE = """
            {"article":{"id":"https://news.example/a","url":"https://news.example/a","title":"Port reopens",
              "text":"The port reopened on Tuesday.","publisher":"Port News","author":null,
              "published":"2026-03-04T09:00:00Z","language":"en","provenance":{"published":"json-ld"}},
             "sentences":[{"index":0,"paragraph":0,"text":"The port reopened on Tuesday.","vector":null,
              "times":[],"entities":[]}],
             "vector":null,"entities":["Port"],"published":"2026-03-04T09:00:00Z","publishedInferred":false}
            """;

    @Test
    void aRecordStoredInTheOldShapeStillLoadsWithItsDate() throws Exception {
        AnalyzedArticle a = StoryJson.MAPPER.readValue(OLD_SHAPE, AnalyzedArticle.class);
        assertThat(a.published().instant()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(a.published().day()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(a.published().inferred()).isFalse();
        assertThat(a.sentences()).hasSize(1);
        assertThat(a.entities()).containsExactly("Port");
    }

    @Test
    void anOldRecordWithAPlaceholderDateLoadsUndated() throws Exception {
        AnalyzedArticle a = StoryJson.MAPPER.readValue(OLD_SHAPE.replace("2026-03-04T09:00:00Z", "0001-01-01T00:00:00Z"),
                AnalyzedArticle.class);
        assertThat(a.published()).isNull();
        assertThat(a.article().title()).isEqualTo("Port reopens");
    }

    @Test
    void theNewShapeKeepsTheDateOnceAndRoundTrips() throws Exception {
        AnalyzedArticle old = StoryJson.MAPPER.readValue(OLD_SHAPE, AnalyzedArticle.class);
        AnalyzedArticle dayOnly = new AnalyzedArticle(
                old.article().withPublished(PublicationDate.onDay(LocalDate.of(2026, 3, 4)).orElseThrow().asInferred()),
                old.sentences(), null, old.entities());
        String json = StoryJson.MAPPER.writeValueAsString(dayOnly);
        assertThat(json).doesNotContain("publishedInferred");
        assertThat(StoryJson.MAPPER.readTree(json).has("published")).as("kept in the article only").isFalse();
        assertThat(StoryJson.MAPPER.readTree(json).get("article").has("published")).isTrue();
        AnalyzedArticle back = StoryJson.MAPPER.readValue(json, AnalyzedArticle.class);
        assertThat(back.published()).isEqualTo(dayOnly.published());
        assertThat(back.published().hasTime()).isFalse();
        assertThat(back.published().inferred()).isTrue();
    }
}
