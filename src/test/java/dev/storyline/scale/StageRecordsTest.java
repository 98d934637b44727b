package dev.storyline.scale;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.cli.Pipeline;
import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.extract.Article;
import dev.storyline.follow.FeedDelivery;
import dev.storyline.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The records between the workers: what version 1 wrote is read by this code (fixtures frozen from
 * version 1, one with a field a later writer added), a real analysis survives the trip whole, and what
 * cannot be read is refused with a reason instead of read wrongly.
 */
class StageRecordsTest {

    @Test
    void anAnalysedArticleWrittenByVersionOneIsReadWithAFieldALaterWriterAddedIgnored() throws IOException {
        AnalysedArticle a = StageRecords.read(StageRecords.Kind.ANALYSED, fixture("analysed-v1.json"), AnalysedArticle.class);
        assertThat(a.contentHash()).isEqualTo("abc123");
        assertThat(a.fetchedAt()).isEqualTo(Instant.parse("2026-01-14T10:00:00Z"));
        assertThat(a.analysis().id()).isEqualTo("https://news.example/quake");
        assertThat(a.analysis().published().instant()).isEqualTo(Instant.parse("2026-01-14T09:30:00Z"));
        assertThat(a.analysis().sentences()).hasSize(1);
        assertThat(a.analysis().sentences().getFirst().vector()).containsExactly(0.6f, 0.8f, 0f);
        assertThat(a.analysis().vector()).containsExactly(0f, 0.6f, 0.8f);
        assertThat(a.analysis().article().provenance()).containsEntry("title", "og:title");
    }

    @Test
    void aFetchedFeedWrittenByVersionOneIsReadWithItsValidatorsAndItems() throws IOException {
        FeedDelivery d = StageRecords.read(StageRecords.Kind.DELIVERY, fixture("delivery-v1.json"), FeedDelivery.class);
        assertThat(d.subscriptionId()).isEqualTo("sub-1");
        assertThat(d.etag()).isEqualTo("\"e1\"");
        assertThat(d.lastModified()).isEqualTo("Wed, 14 Jan 2026 09:30:00 GMT");
        assertThat(d.feed().items()).singleElement().satisfies(i -> {
            assertThat(i.guid()).isEqualTo("q-1");
            assertThat(i.bodyIsHtml()).isTrue();
            assertThat(i.published().instant()).isEqualTo(Instant.parse("2026-01-14T09:30:00Z"));
        });
    }

    @Test
    void aStoryChangeWrittenByVersionOneIsRead() throws IOException {
        StoryChange c = StageRecords.read(StageRecords.Kind.STORY, fixture("story-v1.json"), StoryChange.class);
        assertThat(c).isEqualTo(new StoryChange("s-1", List.of(Instant.parse("2026-01-14T10:00:00Z"))));
    }

    @Test
    void aFeedListEntryWrittenByVersionOneIsReadWithItsFeedsInIdOrder() throws IOException {
        FeedHost h = StageRecords.read(StageRecords.Kind.HOST, fixture("host-v1.json"), FeedHost.class);
        assertThat(h.host()).isEqualTo("news.example");
        assertThat(h.feeds()).containsExactly(Map.entry("f-0", "https://news.example/world.xml"), Map.entry("f-1", "https://news.example/rss"));
        assertThat(StageRecords.read(StageRecords.Kind.HOST, StageRecords.write(StageRecords.Kind.HOST, h), FeedHost.class)).isEqualTo(h);
    }

    @Test
    void aRealAnalysisComesBackWithEverySentenceDateAndVector() {
        ArticleAnalyzer analyzer = Pipeline.analyzer();
        Article article = new Article("https://news.example/port", null, "Port strike ends",
                "Dock workers in Rotterdam ended their strike on Tuesday after three days.\n\n"
                        + "The union said on 14 January 2026 that 2,400 members had voted to return.",
                "Harbour Times", null, PublicationDate.at(Instant.parse("2026-01-15T08:00:00Z")).orElseThrow(), "en", Map.of());
        AnalyzedArticle analysed = analyzer.analyzeAll(List.of(article), true).getFirst();
        byte[] bytes = StageRecords.write(StageRecords.Kind.ANALYSED, new AnalysedArticle(analysed, "h", Instant.EPOCH));
        AnalyzedArticle back = StageRecords.read(StageRecords.Kind.ANALYSED, bytes, AnalysedArticle.class).analysis();
        assertThat(back.article()).isEqualTo(analysed.article());
        assertThat(back.entities()).isEqualTo(analysed.entities());
        assertThat(back.vector()).containsExactly(analysed.vector());
        assertThat(back.sentences()).hasSameSizeAs(analysed.sentences()).hasSizeGreaterThan(1);
        for (int i = 0; i < analysed.sentences().size(); i++) {
            assertThat(back.sentences().get(i).text()).isEqualTo(analysed.sentences().get(i).text());
            assertThat(back.sentences().get(i).vector()).containsExactly(analysed.sentences().get(i).vector());
            assertThat(back.sentences().get(i).times()).isEqualTo(analysed.sentences().get(i).times());
        }
        assertThat(analysed.sentences().stream().mapToInt(s -> s.times().size()).sum()).isPositive();
    }

    @Test
    void aRecordOfALaterVersionIsRefusedAsNewerNotReadWrongly() {
        byte[] later = "{\"v\":2,\"kind\":\"story\",\"body\":{\"story\":\"s-1\"}}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StageRecords.read(StageRecords.Kind.STORY, later, StoryChange.class))
                .isInstanceOf(StageRecords.NewerRecordException.class).hasMessageContaining("version 2");
    }

    @Test
    void whatIsNotAnEnvelopeOfTheKindIsRefusedWithTheReason() {
        assertThatThrownBy(() -> StageRecords.read(StageRecords.Kind.STORY, "not json".getBytes(StandardCharsets.UTF_8), StoryChange.class))
                .isInstanceOf(StageRecords.UnreadableRecordException.class).hasMessageContaining("not a JSON record");
        assertThatThrownBy(() -> StageRecords.read(StageRecords.Kind.STORY, "{\"storyId\":\"s\"}".getBytes(StandardCharsets.UTF_8), StoryChange.class))
                .hasMessageContaining("no version");
        byte[] story = StageRecords.write(StageRecords.Kind.STORY, new StoryChange("s", List.of()));
        assertThatThrownBy(() -> StageRecords.read(StageRecords.Kind.DELIVERY, story, FeedDelivery.class))
                .isNotInstanceOf(StageRecords.NewerRecordException.class).hasMessageContaining("a story record where a delivery record belongs");
    }

    @Test
    void aBodyOfAnotherTypeIsNotWrittenUnderAKind() {
        assertThatThrownBy(() -> StageRecords.write(StageRecords.Kind.STORY, "text")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fetchedFeedsAreKeyedByTheirHost() {
        assertThat(FeedHost.of("https://News.Example.org/rss?x=1")).isEqualTo("news.example.org");
        assertThat(FeedHost.of("not a url")).isEqualTo("not a url");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StageRecordsTest.class.getResourceAsStream("/dev/storyline/scale/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
