package dev.storyline.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageReadingTest {

    private static final String PAGES = """
            # Navy seizes pirate mother ship in Gulf of Aden

            _Updated 1 Dec 2026 · 2 articles from 2 publishers_

            ## The Indian navy has captured

            The Indian navy has captured 23 pirates in the Gulf of Aden.[1][2] Friday and charged with two counts of murder.[1]

            ## Pirates attempt to escape by boat

            On sighting the warship, the pirates attempted to escape in two speedboats.[2]

            ## Sources

            1. [Navy seizes ship](a)
            """;

    @Test
    void countsPrefixHeadingsFragmentsAndSectionRange() {
        PageReading.Counts c = new PageReading().read(PAGES);
        assertThat(c.pages()).isEqualTo(1);
        assertThat(c.headings()).isEqualTo(2);
        assertThat(c.prefixHeadings()).isEqualTo(1);
        assertThat(c.weakEndHeadings()).isEqualTo(0);
        assertThat(c.headingsOutsideLength()).isEqualTo(0);
        assertThat(c.pagesOutsideSectionRange()).isEqualTo(1);
        assertThat(c.sentences()).isEqualTo(3);
        assertThat(c.fragments()).isEqualTo(1);
        assertThat(c.headlineProblems()).isEqualTo(0);
    }
}
