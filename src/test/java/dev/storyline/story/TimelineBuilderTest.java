package dev.storyline.story;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.analysis.AnalyzedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    private final StorySynthesizer synthesizer = new StorySynthesizer(Clock.fixed(Instant.parse("2026-03-20T00:00:00Z"), ZoneOffset.UTC));

    /** The event is dated only in a lead too long for a timeline line. */
    private static final AnalyzedArticle LONG_LEAD = analyzed("a", "Kefalonia quake damages homes", "2026-03-04T07:30:00Z",
            "Harbour Times",
            "A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Tuesday evening, damaging dozens of "
                    + "homes in the villages west of Argostoli, cutting power to thousands of households and sending "
                    + "frightened residents out into the streets, where many of them spent the night in their cars.\n\n"
                    + "Engineers were inspecting schools and public buildings across the island.");
    private static final AnalyzedArticle PLANS = analyzed("b", "Kefalonia rebuilding plan", "2026-03-05T09:00:00Z",
            "Island Post",
            "The regional government will present a rebuilding plan for the damaged villages on March 12, 2026.\n\n"
                    + "A memorial for the victims of the 1953 earthquakes stands in Argostoli.");

    @Test
    void theStorysOwnEventIsOnTheTimelineWhenASourceDatesIt() {
        StoryPage page = synthesizer.synthesize("q", List.of(LONG_LEAD, PLANS));
        assertThat(page.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-03");
            assertThat(e.text()).contains("earthquake struck");
            assertThat(e.background()).isFalse();
            assertThat(e.scheduled()).isFalse();
            assertThat(e.citations()).containsExactly(1);
        });
    }

    @Test
    void anEventStillToComeWhenToldIsMarkedScheduled() {
        StoryPage page = synthesizer.synthesize("q", List.of(LONG_LEAD, PLANS));
        assertThat(page.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-12");
            assertThat(e.scheduled()).isTrue();
            assertThat(e.background()).isFalse();
        });
    }

    @Test
    void anEventThatALaterReportTellsAsDoneIsNotScheduled() {
        AnalyzedArticle done = analyzed("c", "Kefalonia plan presented", "2026-03-13T10:00:00Z", "Coast News",
                "The regional government presented a rebuilding plan for the damaged villages on March 12, 2026.");
        StoryPage page = synthesizer.synthesize("q", List.of(LONG_LEAD, PLANS, done));
        assertThat(page.timeline()).filteredOn(e -> e.date().equals("2026-03-12"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.scheduled()).isFalse());
    }

    @Test
    void aStoryWithNoDatedArticleHasNoUpdatedTime() {
        AnalyzedArticle undated = analyzed("u", "Kefalonia quake", null, "Wire",
                "A strong earthquake struck the Greek island of Kefalonia, damaging dozens of homes, officials said.");
        assertThat(synthesizer.synthesize("u", List.of(undated)).updated()).isNull();
    }

    /** An article of Wednesday 4 March 2026 about the quake of Tuesday evening. */
    private static AnalyzedArticle report(String id, String text) {
        return analyzed(id, "Kefalonia quake", "2026-03-04T09:00:00Z", "Wire " + id, text);
    }

    /** The texts of the timeline entries of the page of these articles. */
    private List<String> entryTexts(AnalyzedArticle... articles) {
        return synthesizer.synthesize("q", List.of(articles)).timeline().stream()
                .map(StoryPage.TimelineEntry::text).toList();
    }

    private static final String QUAKE = "A strong earthquake struck the Greek island of Kefalonia on Tuesday evening.";

    @Test
    void aTimeStampOrDatelineIsNeverAnEntry() {
        AnalyzedArticle stamped = report("s", "Posted: 03/04/2026 8:33 am\n\n"
                + "8:00 AM PDT 3/3/2026\n\n"
                + QUAKE);
        assertThat(entryTexts(stamped)).containsExactly(QUAKE);
    }

    @Test
    void aClauseThatIsAFragmentGivesWayToItsWholeSentence() {
        AnalyzedArticle a = report("f", "Seismologist Maria Pappas, speaking Tuesday at the observatory in Athens, "
                + "said the island could feel aftershocks for weeks.");
        assertThat(entryTexts(LONG_LEAD, a)).noneMatch(t -> t.endsWith("observatory in Athens."))
                .anyMatch(t -> t.contains("said the island could feel aftershocks"));
    }

    @Test
    void aQuotationOrAPlanWhoseDayHadPassedIsNoEntry() {
        AnalyzedArticle a = report("p", "\"We ran out of the house on Tuesday evening and slept in the car,\" "
                + "a resident said.\n\n"
                + "The minister had planned to visit the island on March 1, 2026, officials said.\n\n"
                + QUAKE);
        assertThat(entryTexts(a)).containsExactly(QUAKE);
    }

    @Test
    void theEventIsDatedByTheDayWithinACoarserDateAndNotByAnEmbeddedClause() {
        AnalyzedArticle a = report("d", "Mayor Eleni Kostas, a candidate for governor this year, toured the "
                + "damaged villages on Wednesday.\n\n"
                + "Argostoli harbour, which was rebuilt after a storm on Feb. 2, 2026, was closed again on Tuesday.");
        StoryPage page = synthesizer.synthesize("q", List.of(a));
        assertThat(page.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-04");
            assertThat(e.text()).contains("toured the damaged villages");
        }).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-03");
            assertThat(e.text()).contains("was closed again");
        }).noneMatch(e -> e.date().equals("2026") || e.date().equals("2026-02-02"));
    }

    @Test
    void theOwnEventStaysWhenBetterCitedBackgroundFillsTheTimeline() {
        StringBuilder history = new StringBuilder();
        for (int year = 1990; year < 2003; year++) {
            history.append("A strong earthquake damaged the island's harbour in ").append(year)
                    .append(", records show.\n\n");
        }
        StringBuilder retold = new StringBuilder();
        for (int year = 1990; year < 2003; year++) {
            retold.append("Records show that a strong earthquake damaged the island's harbour in ").append(year)
                    .append(".\n\n");
        }
        AnalyzedArticle first = report("h1", history.toString());
        AnalyzedArticle second = report("h2", retold.toString());
        AnalyzedArticle own = report("o", QUAKE);
        StoryPage page = synthesizer.synthesize("q", List.of(first, second, own));
        assertThat(page.timeline()).filteredOn(e -> e.citations().size() == 2).hasSize(11); // the twelfth went to the own event
        assertThat(page.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-03");
            assertThat(e.background()).isFalse();
            assertThat(e.text()).contains("struck the Greek island");
        });
    }

    @Test
    void oneEventOnOneDayToldInOtherWordsIsOneEntryCitingEverySource() {
        AnalyzedArticle navy = report("n1", "The Indian Navy foiled a multi-boat pirate attack on merchant vessels in "
                + "the Gulf of Aden on Tuesday.");
        AnalyzedArticle wire = report("n2", "Indian sailors aboard INS Sukanya repelled five pirate boats closing on "
                + "cargo ships in the Gulf of Aden on Tuesday.");
        AnalyzedArticle other = report("n3", "Yemen's coast guard rescued a fishing crew off Aden on Tuesday after "
                + "their boat sank in a storm.");
        StoryPage page = synthesizer.synthesize("q", List.of(navy, wire, other));
        assertThat(page.timeline()).filteredOn(e -> e.date().equals("2026-03-03")).hasSize(2)
                .anySatisfy(e -> {
                    assertThat(e.citations()).containsExactly(1, 2);
                    assertThat(e.text()).containsAnyOf("foiled a multi-boat pirate attack", "repelled five pirate boats");
                })
                .anySatisfy(e -> {
                    assertThat(e.citations()).containsExactly(3);
                    assertThat(e.text()).contains("rescued a fishing crew");
                });
    }

    @Test
    void aMonthAndADayOfTheSameEventAreOneEntryAtTheDay() {
        AnalyzedArticle month = analyzed("m1", "Rebuilding", "2026-03-04T09:00:00Z", "Wire m1",
                "The regional government will open the rebuilt Argostoli harbour in May 2026, officials said.");
        AnalyzedArticle day = analyzed("m2", "Rebuilding", "2026-03-05T09:00:00Z", "Wire m2",
                "The regional government will open the rebuilt Argostoli harbour on May 12, 2026.");
        StoryPage page = synthesizer.synthesize("q", List.of(month, day));
        assertThat(page.timeline()).filteredOn(e -> e.date().startsWith("2026-05")).singleElement()
                .satisfies(e -> {
                    assertThat(e.date()).isEqualTo("2026-05-12");
                    // the month's source does not state the day shown: only the day's source is cited
                    assertThat(e.citations()).containsExactly(2);
                    assertThat(e.scheduled()).isTrue();
                });
    }

    @Test
    void theNextDayAfterADayNamedInAnEarlierSentenceIsDated() {
        AnalyzedArticle a = report("r", "Police arrested the harbour master of Argostoli on March 1, 2026.\n\n"
                + "The next day, prosecutors charged the harbour master with taking bribes from shipping agents.");
        StoryPage page = synthesizer.synthesize("q", List.of(a));
        assertThat(page.timeline()).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2026-03-02");
            assertThat(e.text()).isEqualTo("Prosecutors charged the harbour master with taking bribes from shipping agents.");
        });
    }
}
