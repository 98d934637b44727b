package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.storyline.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

class StorySynthesizerTest {

    private final StorySynthesizer synthesizer = new StorySynthesizer(Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), ZoneOffset.UTC));

    private static final AnalyzedArticle A = analyzed("a", "Earthquake damages homes on Kefalonia", "2026-03-04T07:30:00Z", "Harbour Times",
            "A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Tuesday evening, damaging dozens of homes.\n\n"
                    + "The quake hit at a depth of 10 kilometres west of Argostoli, the Geodynamic Institute in Athens said.\n\n"
                    + "Around 300 residents spent the night in tents set up by the municipality.\n\n"
                    + "Engineers began inspecting schools and public buildings across the island on Wednesday.");
    private static final AnalyzedArticle B = analyzed("b", "Kefalonia hit by magnitude 6.4 quake", "2026-03-04T09:10:00Z", "Island Post",
            "On Tuesday evening a 6.4 magnitude earthquake hit Kefalonia, a Greek island, and damaged dozens of homes.\n\n"
                    + "About 300 people spent the night in tents that the municipality put up at a football ground.\n\n"
                    + "The mayor said teams would check every house in the worst-hit villages before residents return.\n\n"
                    + "He said the island's ferry services were running normally.");

    @Test
    void theSameFactInOtherWordsBecomesOneSentenceCitingBothSources() {
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B));
        List<StoryPage.CitedSentence> all = page.sections().stream().flatMap(s -> s.sentences().stream()).toList();
        assertThat(all).anySatisfy(s -> {
            assertThat(s.text()).contains("6.4");
            assertThat(s.citations()).containsExactly(1, 2);
        });
        assertThat(all.stream().filter(s -> s.text().contains("6.4"))).hasSize(1);
    }

    @Test
    void everySentenceIsCitedAndComesFromItsSources() {
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B));
        Map<Integer, String> textOf = page.sources().stream().collect(Collectors.toMap(StoryPage.Source::n,
                src -> src.title().equals(A.article().title()) ? A.article().text() : B.article().text()));
        assertThat(page.sections()).isNotEmpty();
        for (StoryPage.Section section : page.sections()) {
            assertThat(section.heading()).isNotBlank();
            assertThat(section.sentences()).hasSizeBetween(1, 3);
            for (StoryPage.CitedSentence s : section.sentences()) {
                assertThat(s.citations()).isNotEmpty().allSatisfy(n -> assertThat(textOf).containsKey(n));
                // Extractive text: the sentence stands word for word in one of the sources it cites.
                assertThat(s.citations()).anySatisfy(n -> assertThat(textOf.get(n)).contains(s.text()));
            }
        }
    }

    @Test
    void aDanglingSentenceNeverReachesThePage() {
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B));
        assertThat(page.sections().stream().flatMap(s -> s.sentences().stream()))
                .noneMatch(s -> s.text().startsWith("He said"));
    }

    @Test
    void sourcesAreNumberedInPublicationOrderWithPublishers() {
        StoryPage page = synthesizer.synthesize("s1", List.of(B, A));
        assertThat(page.sources()).extracting(StoryPage.Source::publisher).containsExactly("Harbour Times", "Island Post");
        assertThat(page.sources()).extracting(StoryPage.Source::n).containsExactly(1, 2);
        assertThat(page.publisherCount()).isEqualTo(2);
        assertThat(page.articleCount()).isEqualTo(2);
        assertThat(page.updated()).isEqualTo("2026-03-04T09:10:00Z");
    }

    @Test
    void headlineComesFromTheSourcesHeadlines() {
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B));
        assertThat(page.headline()).isIn("Earthquake damages homes on Kefalonia", "Kefalonia hit by magnitude 6.4 quake");
    }

    private static final AnalyzedArticle FLOOD_1 = analyzed("f1", "Floods sweep the Vale of Brenna", "2026-05-11T08:00:00Z", "Harbour Times",
            "Floods in the Vale of Brenna killed 12 people on Monday, the regional government said.\n\n"
                    + "Rescue teams evacuated 40 families from villages along the Brenna river overnight.\n\n"
                    + "“We will rebuild every bridge in the valley,” Governor Ana Lisk said.");
    private static final AnalyzedArticle FLOOD_2 = analyzed("f2", "Vale of Brenna floods leave dead and homeless", "2026-05-11T09:00:00Z", "Island Post",
            "Floods in the Vale of Brenna killed 15 people on Monday, the regional government said.\n\n"
                    + "Rescue teams evacuated 55 houses in villages along the Brenna river overnight.\n\n"
                    + "“We will rebuild every bridge in the valley,” Governor Ana Lisk said at a press conference.");

    @Test
    void differentNumbersForTheSameFactAreShownAsADisagreementWithTheirSources() {
        StoryPage page = synthesizer.synthesize("flood", List.of(FLOOD_1, FLOOD_2));

        assertThat(page.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.about()).contains("people");
            assertThat(d.variants()).extracting(StoryPage.Variant::value).containsExactlyInAnyOrder("12 people", "15 people");
            assertThat(d.variants()).allSatisfy(v -> assertThat(v.citations()).hasSize(1));
        });
        // 40 families and 55 houses count different things: no disagreement, and no shared citation either
        assertThat(page.disagreements()).noneMatch(d -> d.about().contains("famil") || d.about().contains("house"));
        assertThat(page.sections().stream().flatMap(s -> s.sentences().stream()).filter(s -> s.text().contains("killed")))
                .allSatisfy(s -> assertThat(s.citations()).hasSize(1));
    }

    @Test
    void aQuotationAppearsOnceWithItsSpeakerAndEverySourceThatPrintsIt() {
        StoryPage page = synthesizer.synthesize("flood", List.of(FLOOD_1, FLOOD_2));

        assertThat(page.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will rebuild every bridge in the valley");
            assertThat(q.speaker()).isEqualTo("Governor Ana Lisk");
            assertThat(q.citations()).containsExactly(1, 2);
        });
        assertThat(page.sections().stream().flatMap(s -> s.sentences().stream()))
                .noneMatch(s -> s.text().contains("rebuild every bridge"));
    }

    @Test
    void aPageKeepsWithinItsLimits() {
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B, FLOOD_1, FLOOD_2));
        assertThat(page.sections()).hasSizeLessThanOrEqualTo(6);
        assertThat(page.sections().stream().mapToInt(s -> s.sentences().size()).sum()).isLessThanOrEqualTo(25);
        assertThat(page.headline().length()).isLessThanOrEqualTo(110);
    }

    @Test
    void differentWrittenDatesForTheSameEventAreADisagreement() {
        AnalyzedArticle one = analyzed("d1", "Ferry sinks off Argostoli", "2026-03-05T08:00:00Z", "Harbour Times",
                "The ferry Aegean Star sank off Argostoli on March 3, the coast guard said.\n\n"
                        + "All 212 passengers were rescued by fishing boats from the island.");
        AnalyzedArticle two = analyzed("d2", "Aegean Star ferry sinks", "2026-03-05T09:00:00Z", "Island Post",
                "The ferry Aegean Star sank off Argostoli on March 4, the coast guard said.\n\n"
                        + "Divers will inspect the wreck once the weather calms.");
        StoryPage page = synthesizer.synthesize("ferry", List.of(one, two));
        assertThat(page.disagreements()).singleElement().satisfies(d ->
                assertThat(d.variants()).extracting(StoryPage.Variant::value).containsExactlyInAnyOrder("2026-03-03", "2026-03-04"));
    }

    @Test
    void aWireCopyIsFoldedIntoItsOriginalSourceWhichNamesTheOtherPublisher() {
        AnalyzedArticle copy = dev.storyline.Fixtures.analyzed("a-copy", "Quake damages homes on Greek island", "2026-03-04T10:00:00Z",
                "Regional Herald", A.article().text().replace("Around 300 residents", "About 300 residents"));
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B, copy));
        assertThat(page.sources()).hasSize(2);
        assertThat(page.sources().get(0).publisher()).isEqualTo("Harbour Times");
        assertThat(page.sources().get(0).alsoPublishedBy()).containsExactly("Regional Herald");
        assertThat(page.articleCount()).isEqualTo(3);
        assertThat(page.publisherCount()).isEqualTo(3);
        assertThat(page.sections().stream().flatMap(s -> s.sentences().stream()).flatMap(c -> c.citations().stream()))
                .allSatisfy(n -> assertThat(n).isBetween(1, 2));
    }

    @Test
    void articlesWithNoKnownPublisherAreNotCountedAsPublishers() {
        // A file of text: no publisher, no web address.
        AnalyzedArticle unnamed = dev.storyline.Fixtures.analyzer().analyze(new dev.storyline.extract.Article(
                "file:///data/c.txt", null, "Quake on Kefalonia", B.article().text(), null, null,
                dev.storyline.ingest.PublicationDate.at(Instant.parse("2026-03-04T11:00:00Z")).orElseThrow(), "en", java.util.Map.of()));
        StoryPage page = synthesizer.synthesize("s1", List.of(A, unnamed));
        assertThat(page.articleCount()).isEqualTo(2);
        assertThat(page.publisherCount()).isEqualTo(1);
    }
}
