package dev.storyline.rank;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopHeadlinesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    /** A report: its publisher, its age before {@link #NOW} in hours, and publishers of its reprints. */
    private record Report(String publisher, double hoursAgo, List<String> reprints) {
        Report(String publisher, double hoursAgo) {
            this(publisher, hoursAgo, List.of());
        }
    }

    private static StoryPage story(String id, String headline, String category, Report... reports) {
        List<StoryPage.Source> sources = new ArrayList<>();
        Instant newest = null;
        for (Report r : reports) {
            Instant at = NOW.minus(Duration.ofMinutes(Math.round(r.hoursAgo() * 60)));
            newest = newest == null || at.isAfter(newest) ? at : newest;
            sources.add(new StoryPage.Source(sources.size() + 1, "https://example.org/" + id + "/" + sources.size(),
                    "Report " + sources.size(), r.publisher(), null, at.toString(), false, r.reprints()));
        }
        int articles = reports.length + (int) java.util.Arrays.stream(reports).mapToLong(r -> r.reprints().size()).sum();
        return new StoryPage(id, headline, newest == null ? null : newest.toString(), articles, articles, List.of(), List.of(),
                sources).withCategory(category);
    }

    private static List<String> ids(List<StoryPage> pages) {
        return pages.stream().map(StoryPage::id).toList();
    }

    @Test
    void morePublishersRankHigherAtTheSameAge() {
        var ranked = TopHeadlines.rank(List.of(
                story("two", "Council approves budget", "Politics", new Report("A", 1), new Report("B", 1)),
                story("four", "Bank raises rates", "Business", new Report("A", 1), new Report("B", 1), new Report("C", 1), new Report("D", 1)),
                story("three", "New vaccine approved", "Health", new Report("A", 1), new Report("B", 1), new Report("C", 1))), NOW);
        assertThat(ids(ranked)).containsExactly("four", "three", "two");
    }

    @Test
    void reprintsOfOneTextDoNotCountAsCoverage() {
        StoryPage wire = story("wire", "Bank raises rates", "Business",
                new Report("Wire", 1, List.of("Paper 1", "Paper 2", "Paper 3", "Paper 4")), new Report("Wire", 1));
        StoryPage reported = story("reported", "Council approves budget", "Politics",
                new Report("A", 1), new Report("B", 1), new Report("C", 1));
        assertThat(TopHeadlines.coverage(wire)).isEqualTo(1);
        assertThat(ids(TopHeadlines.rank(List.of(wire, reported), NOW))).containsExactly("reported", "wire");
    }

    @Test
    void aStoryStillGrowingRanksAboveOneThatStoppedAtTheSameCoverageAndNewestTime() {
        StoryPage growing = story("growing", "Council approves budget", "Politics",
                new Report("A", 1), new Report("B", 2), new Report("C", 3));
        StoryPage stalled = story("stalled", "Bank raises rates", "Business",
                new Report("A", 1), new Report("B", 30), new Report("C", 40));
        assertThat(TopHeadlines.growth(growing, NOW)).isEqualTo(1.0);
        assertThat(TopHeadlines.growth(stalled, NOW)).isBetween(0.3, 0.4);
        assertThat(ids(TopHeadlines.rank(List.of(stalled, growing), NOW))).containsExactly("growing", "stalled");
    }

    @Test
    void freshnessHalvesEveryHalfLifeSoAFreshSmallStoryPassesAnOldBigOne() {
        StoryPage old = story("old", "Council approves budget", "Politics",
                new Report("A", 48), new Report("B", 48), new Report("C", 48), new Report("D", 48));
        StoryPage fresh = story("fresh", "Bank raises rates", "Business", new Report("A", 1), new Report("B", 1));
        StoryPage halfLife = story("half", "Bank raises rates", "Business", new Report("A", 12), new Report("B", 12));
        assertThat(TopHeadlines.freshness(halfLife, NOW)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ids(TopHeadlines.rank(List.of(old, fresh), NOW))).containsExactly("fresh", "old");
    }

    @Test
    void storiesDaysOldAreOrderedByCoverageAndUndatedOnesComeAfterDatedOnesOfTheSameCoverage() {
        StoryPage weekOld = story("week", "Council approves budget", "Politics", new Report("A", 24 * 7), new Report("B", 24 * 7));
        StoryPage yearOld = story("year", "Bank raises rates", "Business",
                new Report("A", 24 * 365), new Report("B", 24 * 365), new Report("C", 24 * 365));
        StoryPage undated = new StoryPage("undated", "Film festival opens", null, 3, 0, List.of(), List.of(), List.of())
                .withCategory("Entertainment");
        StoryPage fresh = story("fresh", "Mayor opens bridge", "World", new Report("A", 0), new Report("B", 0));
        assertThat(TopHeadlines.freshness(yearOld, NOW)).isEqualTo(TopHeadlines.STALE);
        assertThat(ids(TopHeadlines.rank(List.of(undated, weekOld, yearOld, fresh), NOW)))
                .containsExactly("fresh", "year", "week", "undated");
    }

    @Test
    void anArchiveIsRankedAtItsNewestReportNotAtTheClock() {
        StoryPage a = story("a", "Council approves budget", "Politics", new Report("A", 1), new Report("B", 1));
        Instant years = NOW.plus(Duration.ofDays(3650));
        assertThat(TopHeadlines.reference(List.of(a), years)).isEqualTo(a.updatedMoment());
        assertThat(TopHeadlines.reference(List.of(a), NOW.minus(Duration.ofHours(5)))).isEqualTo(NOW.minus(Duration.ofHours(5)));
    }

    @Test
    void noThreeStoriesOfOneEventKindStandInARow() {
        var ranked = TopHeadlines.rank(List.of(
                story("q1", "Earthquake strikes Chile", "World", new Report("A", 1), new Report("B", 1), new Report("C", 1), new Report("D", 1)),
                story("q2", "Quake shakes Japan", "Science", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("q3", "Strong earthquake in Turkey", "Health", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("budget", "Council approves budget", "Politics", new Report("A", 1), new Report("B", 1))), NOW);
        assertThat(ids(ranked)).containsExactly("q1", "q2", "budget", "q3");
    }

    @Test
    void noThreeStoriesOfOneCategoryStandInARow() {
        var ranked = TopHeadlines.rank(List.of(
                story("s1", "Leeds win the derby", "Sports", new Report("A", 1), new Report("B", 1), new Report("C", 1), new Report("D", 1)),
                story("s2", "Nadal reaches the final", "Sports", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("s3", "Hamilton takes pole", "Sports", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("film", "Film festival opens", "Entertainment", new Report("A", 1), new Report("B", 1))), NOW);
        assertThat(ids(ranked)).containsExactly("s1", "s2", "film", "s3");
    }

    @Test
    void aRunStandsWhenNothingElseIsLeft() {
        var ranked = TopHeadlines.rank(List.of(
                story("s1", "Leeds win the derby", "Sports", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("s2", "Nadal reaches the final", "Sports", new Report("A", 1), new Report("B", 1)),
                story("s3", "Hamilton takes pole", "Sports", new Report("A", 2), new Report("B", 2))), NOW);
        assertThat(ids(ranked)).containsExactly("s1", "s2", "s3");
    }

    @Test
    void storiesOfOneArticleStayOffTheFrontPageUnlessNothingElseIsThere() {
        StoryPage single = story("single", "Mayor opens bridge", "Politics", new Report("A", 0));
        StoryPage reported = story("reported", "Bank raises rates", "Business", new Report("A", 30), new Report("B", 30));
        List<StoryPage> ranked = TopHeadlines.rank(List.of(single, reported), NOW);
        assertThat(ids(ranked)).containsExactly("reported", "single");
        assertThat(ids(TopHeadlines.frontPage(ranked))).containsExactly("reported");
        assertThat(ids(TopHeadlines.frontPage(TopHeadlines.rank(List.of(single), NOW)))).containsExactly("single");
    }

    @Test
    void aFilteredFrontPageIsSpreadAgain() {
        List<StoryPage> ranked = TopHeadlines.rank(List.of(
                story("q1", "Earthquake strikes Chile", "World", new Report("A", 1), new Report("B", 1), new Report("C", 1), new Report("D", 1)),
                story("q2", "Quake shakes Japan", "Science", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("muted", "Council approves budget", "Politics", new Report("M", 1), new Report("N", 1), new Report("O", 1)),
                story("q3", "Strong earthquake in Turkey", "Health", new Report("A", 1), new Report("B", 1), new Report("C", 1)),
                story("film", "Film festival opens", "Entertainment", new Report("A", 1), new Report("B", 1))), NOW);
        List<StoryPage> kept = TopHeadlines.frontPage(ranked, p -> !p.id().equals("muted"));
        assertThat(ids(kept)).containsExactly("q1", "q2", "film", "q3");
    }
}
