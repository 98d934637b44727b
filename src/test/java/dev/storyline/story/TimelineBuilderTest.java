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
}
