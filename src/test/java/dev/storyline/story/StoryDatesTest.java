package dev.storyline.story;

import dev.storyline.Fixtures;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.time.TemporalTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoryDatesTest {

    private final StoryDates dates = new StoryDates(new TemporalTagger());

    private static final AnalyzedArticle DATED = Fixtures.analyzed("d", "Ferry strike ends in Patras", "2026-03-04T09:00:00Z",
            "Port News", "Dock workers in Patras ended their strike on Tuesday after the port raised wages.");
    private static final AnalyzedArticle UNDATED = Fixtures.analyzed("u", "Patras strike over", null, "Wire",
            "The strike by dock workers in Patras ended on Tuesday, the union said.");

    @Test
    void anUndatedArticleTakesTheStorysDayAndItsWeekdaysResolveAgainstIt() {
        List<AnalyzedArticle> out = dates.inferMissing(List.of(DATED, UNDATED));
        AnalyzedArticle u = out.get(1);
        assertThat(u.published().day()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(u.published().hasTime()).as("an estimate is a day, not an invented instant").isFalse();
        assertThat(u.published().inferred()).isTrue();
        assertThat(u.article().published()).isSameAs(u.published());
        assertThat(u.sentences().get(0).times()).anySatisfy(t -> assertThat(t.date()).hasValueSatisfying(
                d -> assertThat(d.toString()).isEqualTo("2026-03-03")));
        assertThat(out.get(0)).isSameAs(DATED);
    }

    @Test
    void anEstimateIsNeverBeforeADayTheArticleReportsAsPast() {
        AnalyzedArticle later = Fixtures.analyzed("l", "Patras port reopens", null, "Wire",
                "The port of Patras reopened on March 9, 2026, five days after the strike ended.");
        AnalyzedArticle u = dates.inferMissing(List.of(DATED, later)).get(1);
        assertThat(u.published().day()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(u.published().inferred()).isTrue();
    }

    @Test
    void aDayTheArticleLooksAheadToDoesNotMoveTheEstimate() {
        AnalyzedArticle ahead = Fixtures.analyzed("a", "Patras talks next week", null, "Wire",
                "Talks between the union and the port will be held on March 20, 2026, in Patras.");
        AnalyzedArticle u = dates.inferMissing(List.of(DATED, ahead)).get(1);
        assertThat(u.published().day()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    private static final AnalyzedArticle BACKGROUND = Fixtures.analyzed("b", "Harbour authority profile",
            "2025-07-10T08:00:00Z", "Port News", "The harbour authority of Patras was founded in 1990 and audits its accounts yearly.");
    private static final AnalyzedArticle AUDIT = Fixtures.analyzed("a", "Patras audit approved", null, "Wire",
            "The audit of the Patras harbour authority covered the years between May 1, 2019, and Sept. 30, 2025. "
                    + "The auditors handed their findings to the minister in October. "
                    + "In early November, the minister approved the report.");

    @Test
    void anEstimateIsNotBeforeAMonthTheArticleReportsAsPastReadFromTheEstimate() {
        AnalyzedArticle u = dates.inferMissing(List.of(BACKGROUND, AUDIT)).get(1);
        assertThat(u.published().day()).as("October and early November follow Sept. 30, 2025")
                .isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(u.published().inferred()).isTrue();
    }

    @Test
    void aSingleDatedArticleDoesNotDateTheOthersWhenAnUndatedOnesTextPutsTheStoryLater() {
        AnalyzedArticle arrests = Fixtures.analyzed("w", "Harbour officials arrested", null, "Wire",
                "Two officials of the Patras harbour authority were arrested on Wednesday, police said.");
        List<AnalyzedArticle> out = dates.inferMissing(List.of(BACKGROUND, AUDIT, arrests));
        AnalyzedArticle w = out.get(2);
        assertThat(w.published().day()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(w.published().inferred()).isTrue();
        assertThat(w.sentences().get(0).times()).anySatisfy(t -> assertThat(t.date()).hasValueSatisfying(
                d -> assertThat(d.toString()).isEqualTo("2025-10-29")));
        assertThat(out.get(0)).isSameAs(BACKGROUND);
    }

    @Test
    void aMonthTheArticleLooksAheadToDoesNotMoveTheEstimate() {
        AnalyzedArticle ahead = Fixtures.analyzed("m", "Patras port to reopen", null, "Wire",
                "The port of Patras will reopen in April, the union said.");
        assertThat(dates.inferMissing(List.of(DATED, ahead)).get(1).published().day())
                .isEqualTo(LocalDate.of(2026, 3, 4));
        AnalyzedArticle booked = Fixtures.analyzed("k", "Patras ferry line booked", null, "Wire",
                "The ferry line already has booked an April 2026 start for its new route.");
        assertThat(dates.inferMissing(List.of(DATED, booked)).get(1).published().day())
                .as("a month with its year is as often a plan").isEqualTo(LocalDate.of(2026, 3, 4));
        AnalyzedArticle deadline = Fixtures.analyzed("e", "Patras union given deadline", null, "Wire",
                "The judge gave the union a March 10 deadline, the port said.");
        assertThat(dates.inferMissing(List.of(DATED, deadline)).get(1).published().day())
                .as("a day without a year read from the estimate").isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aStoryWithNoDatedArticleStaysAsItIs() {
        List<AnalyzedArticle> story = List.of(UNDATED);
        assertThat(dates.inferMissing(story)).isSameAs(story);
    }

    @Test
    void updatedIsTheNewestArticlesDateAndNothingWhenNoneIsDated() {
        AnalyzedArticle newer = Fixtures.analyzed("n", "Patras ferries sail again", "2026-03-05T07:15:00Z", "Port News",
                "Ferries sailed from Patras again on Thursday.");
        assertThat(StoryDates.updated(List.of(DATED, newer, UNDATED))).isEqualTo("2026-03-05T07:15:00Z");
        assertThat(StoryDates.updated(List.of(UNDATED))).isNull();
    }

    @Test
    void aScheduleInThePresentLooksAheadAndTheNextDayDoesNot() {
        assertThat(StoryDates.looksAhead("Another defendant goes on trial this month.")).isTrue();
        assertThat(StoryDates.looksAhead("The new law takes effect on Monday.")).isTrue();
        assertThat(StoryDates.looksAhead("The vote will be held on Thursday.")).isTrue();
        assertThat(StoryDates.looksAhead("A gunman opens fire at a school on Monday.")).isFalse();
        assertThat(StoryDates.looksAhead("The fire broke out on March 3 and the roof fell in the next day.")).isFalse();
    }
}
