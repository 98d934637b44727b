package dev.storyline.arc;

import dev.storyline.analysis.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

class ArcTimelineTest {

    private static final AnalyzedArticle ARREST = analyzed("a1", "Ellison arrested", "2026-02-03T09:00:00Z", "Harbour Times",
            "Police arrested Maria Ellison in Port Elm on Monday after a two-year inquiry into the harbour fund.\n\n"
                    + "Ellison was held overnight and released on bail on Tuesday morning.");
    private static final AnalyzedArticle CHARGED = analyzed("a2", "Ellison charged", "2026-02-20T09:00:00Z", "Island Post",
            "Prosecutors charged Maria Ellison with fraud on Thursday, weeks after her arrest on February 2.\n\n"
                    + "Her lawyer said she would plead not guilty.");
    private static final AnalyzedArticle TRIAL = analyzed("a3", "Ellison trial opens", "2026-05-12T09:00:00Z", "Harbour Times",
            "The fraud trial of Maria Ellison opened in Port Elm on Monday, more than three months after her arrest on February 2.\n\n"
                    + "Judge Okafor told the jury the case would take six weeks.");

    private final ArcTimeline timeline = new ArcTimeline(ArcTimeline.Settings.defaults().with(3, 1));

    @Test
    void theDayLaterReportsReferBackToLeadsTheTimeline() {
        List<ArcTimeline.Day> days = timeline.build(List.of(ARREST, CHARGED, TRIAL), null, null, s -> true);
        assertThat(days).extracting(d -> d.date().firstDay()).contains(LocalDate.parse("2026-02-02"));
        ArcTimeline.Day arrest = days.stream().filter(d -> d.date().firstDay().equals(LocalDate.parse("2026-02-02"))).findFirst().orElseThrow();
        assertThat(arrest.score()).isGreaterThan(days.stream().filter(d -> d != arrest).mapToDouble(ArcTimeline.Day::score).max().orElse(0));
    }

    @Test
    void aSentenceTellingTheDayByWeekdayIsDatedToThatDayNotToItsPublication() {
        List<ArcTimeline.Day> days = new ArcTimeline(ArcTimeline.Settings.defaults().with(4, 1)).build(List.of(ARREST, CHARGED, TRIAL), null, null, s -> true);
        ArcTimeline.Day trial = days.stream().filter(d -> d.date().firstDay().equals(LocalDate.parse("2026-05-11"))).findFirst().orElseThrow();
        assertThat(trial.sentences()).singleElement().satisfies(s -> {
            assertThat(s.text()).contains("trial of Maria Ellison opened");
            assertThat(s.articleId()).isEqualTo("a3");
        });
        assertThat(days).extracting(d -> d.date().firstDay()).doesNotContain(LocalDate.parse("2026-05-12"));
    }

    @Test
    void daysOutsideTheWindowAndSentencesNotAdmittedAreLeftOut() {
        List<ArcTimeline.Day> days = timeline.build(List.of(ARREST, CHARGED, TRIAL), LocalDate.parse("2026-02-10"),
                LocalDate.parse("2026-06-30"), s -> s.contains("trial") || s.contains("charged"));
        assertThat(days).isNotEmpty().allSatisfy(d -> {
            assertThat(d.date().firstDay()).isAfterOrEqualTo(LocalDate.parse("2026-02-10"));
            assertThat(d.sentences()).allSatisfy(s -> assertThat(s.text()).containsAnyOf("trial", "charged"));
        });
    }

    @Test
    void aSpreadTimelineTakesAnotherWeekBeforeTheBusiestDaysNeighbour() {
        List<ArcTimeline.Day> crowded = new ArcTimeline(ArcTimeline.Settings.defaults().with(2, 1).withDayScoring(0.5, 0, 0))
                .build(List.of(ARREST, CHARGED, TRIAL), null, null, s -> true);
        assertThat(crowded).extracting(d -> d.date().firstDay())
                .containsExactly(LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-03"));
        List<ArcTimeline.Day> spread = new ArcTimeline(ArcTimeline.Settings.defaults().with(2, 1).withDayScoring(0.5, 0, 0.6))
                .build(List.of(ARREST, CHARGED, TRIAL), null, null, s -> true);
        assertThat(spread).extracting(d -> d.date().firstDay()).hasSize(2).contains(LocalDate.parse("2026-02-02"))
                .doesNotContain(LocalDate.parse("2026-02-03"));
    }

    @Test
    void aDayToldByTwoPublishersOutranksOneToldTwiceByOnePublisher() {
        List<AnalyzedArticle> articles = List.of(
                analyzed("x1", "Bridge plan", "2026-04-20T09:00:00Z", "Harbour Times",
                        "The council of Dunmore approved the new bridge plan on April 2 after a long debate."),
                analyzed("x2", "Bridge plan again", "2026-04-20T10:00:00Z", "Harbour Times",
                        "Dunmore's council voted for the bridge plan on April 2, ending a year of argument."),
                analyzed("x3", "Bridge closed", "2026-04-20T11:00:00Z", "Harbour Times",
                        "Workers closed the old Dunmore bridge to all traffic on April 9."),
                analyzed("y1", "Old bridge shut", "2026-04-20T12:00:00Z", "Island Post",
                        "The old bridge of Dunmore was shut to cars and lorries on April 9."));
        LocalDate from = LocalDate.parse("2026-04-01");
        LocalDate to = LocalDate.parse("2026-04-15");
        ArcTimeline.Settings one = ArcTimeline.Settings.defaults().with(1, 1);
        assertThat(new ArcTimeline(one.withPublisherWeight(0)).build(articles, from, to, s -> true))
                .extracting(d -> d.date().firstDay()).containsExactly(LocalDate.parse("2026-04-02"));
        assertThat(new ArcTimeline(one).build(articles, from, to, s -> true))
                .extracting(d -> d.date().firstDay()).containsExactly(LocalDate.parse("2026-04-09"));
    }

    @Test
    void theDaysSentenceIsAPlainReportNotAQuotation() {
        List<AnalyzedArticle> articles = List.of(
                analyzed("q1", "Miners rescued", "2026-03-10T09:00:00Z", "Harbour Times",
                        "\"We never gave up hope for the miners in the Kestrel mine,\" rescue chief Ana Duarte said on Monday."),
                analyzed("q2", "Kestrel rescue", "2026-03-10T10:00:00Z", "Island Post",
                        "Rescuers pulled twelve miners alive from the flooded Kestrel mine on Monday."));
        List<ArcTimeline.Day> days = new ArcTimeline(ArcTimeline.Settings.defaults().with(1, 1))
                .build(articles, null, null, s -> true);
        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.date().firstDay()).isEqualTo(LocalDate.parse("2026-03-09"));
            assertThat(d.sentences()).singleElement().satisfies(s -> assertThat(s.text()).startsWith("Rescuers pulled"));
        });
    }
}
