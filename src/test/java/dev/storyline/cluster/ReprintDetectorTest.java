package dev.storyline.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReprintDetectorTest {

    private static final String WIRE = "Somali pirates have seized the Saudi-owned supertanker Sirius Star about 450 nautical "
            + "miles off the coast of Kenya, the US Navy said on Monday. The ship, owned by Vela International, was carrying "
            + "two million barrels of oil and a crew of 25 from Britain, Croatia, the Philippines, Poland and Saudi Arabia. "
            + "A Navy spokesman said the crew were believed to be safe and the tanker was heading for the port of Eyl.";

    @Test
    void aSyndicatedCopyWithASmallEditIsFoldedOntoTheWireOriginal() {
        ReprintDetector d = new ReprintDetector();
        assertThat(d.check("wire", WIRE)).isEmpty();
        String reprint = "NAIROBI (Reuters) - " + WIRE.replace("on Monday", "on Monday evening")
                + " Reporting by a staff correspondent.";
        ReprintDetector.Reprint r = d.check("local-paper", reprint).orElseThrow();
        assertThat(r.originalId()).isEqualTo("wire");
        assertThat(r.similarity()).isGreaterThanOrEqualTo(ReprintDetector.SAME_TEXT);
        assertThat(d.originalOf("local-paper")).contains("wire");
    }

    @Test
    void aReprintOfAReprintPointsToTheFirstOriginal() {
        ReprintDetector d = new ReprintDetector();
        d.check("wire", WIRE);
        d.check("copy1", WIRE + " Copyright Example Media.");
        assertThat(d.check("copy2", "UPDATED: " + WIRE)).map(ReprintDetector.Reprint::originalId).contains("wire");
    }

    @Test
    void anotherReportOfTheSameEventInItsOwnWordsIsNotAReprint() {
        ReprintDetector d = new ReprintDetector();
        d.check("wire", WIRE);
        String own = "Pirates hijacked the Sirius Star, a Saudi oil tanker owned by Vela International, off Kenya. "
                + "The tanker carries two million barrels of crude and 25 sailors. The Fifth Fleet confirmed the "
                + "hijacking and said the vessel had anchored near Eyl, a pirate haven on the Somali coast.";
        assertThat(d.check("own-words", own)).isEmpty();
    }

    @Test
    void aShortTextIsNeverCalledACopy() {
        ReprintDetector d = new ReprintDetector();
        d.check("a", "Pirates seize a tanker off Kenya.");
        assertThat(d.check("b", "Pirates seize a tanker off Kenya.")).isEmpty();
    }
}
