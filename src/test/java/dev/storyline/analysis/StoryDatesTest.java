package dev.storyline.analysis;

import dev.storyline.Fixtures;
import dev.storyline.time.TemporalTagger;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryDatesTest {

    private final StoryDates dates = new StoryDates(new TemporalTagger());

    private static final AnalyzedArticle DATED = Fixtures.analyzed("d", "Ferry strike ends in Patras", "2026-03-04T09:00:00Z",
            "Port News", "Dock workers in Patras ended their strike on Tuesday after the port raised wages.");
    private static final AnalyzedArticle UNDATED = Fixtures.analyzed("u", "Patras strike over", null, "Wire",
            "The strike by dock workers in Patras ended on Tuesday, the union said.");

    @Test
    void anUndatedArticleTakesTheStorysDateAndItsWeekdaysResolveAgainstIt() {
        List<AnalyzedArticle> out = dates.inferMissing(List.of(DATED, UNDATED));
        AnalyzedArticle u = out.get(1);
        assertThat(u.published()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(u.publishedInferred()).isTrue();
        assertThat(u.sentences().get(0).times()).anySatisfy(t -> assertThat(t.date()).hasValueSatisfying(
                d -> assertThat(d.toString()).isEqualTo("2026-03-03")));
        assertThat(out.get(0)).isSameAs(DATED);
    }

    @Test
    void aStoryWithNoDatedArticleStaysAsItIs() {
        List<AnalyzedArticle> story = List.of(UNDATED);
        assertThat(dates.inferMissing(story)).isSameAs(story);
    }
}
