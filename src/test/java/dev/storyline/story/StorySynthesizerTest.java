package dev.storyline.story;

import dev.storyline.analysis.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
        for (StoryPage.Section section : page.sections()) {
            assertThat(section.heading()).isNotBlank();
            assertThat(section.sentences()).hasSizeBetween(1, 3);
            for (StoryPage.CitedSentence s : section.sentences()) {
                assertThat(s.citations()).isNotEmpty();
                String own = s.citations().get(0) == 1 ? A.article().text() : B.article().text();
                assertThat(A.article().text() + B.article().text()).contains(s.text());
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
        assertThat(page.updated()).isEqualTo(Instant.parse("2026-03-04T09:10:00Z"));
    }

    @Test
    void headlineComesFromTheSourcesHeadlines() {
        StoryPage page = synthesizer.synthesize("s1", List.of(A, B));
        assertThat(page.headline()).isIn("Earthquake damages homes on Kefalonia", "Kefalonia hit by magnitude 6.4 quake");
    }
}
