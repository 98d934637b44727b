package dev.storyline.story;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTest {

    @Test
    void removesTheSiteNameFromASourceHeadline() {
        assertThat(Headline.clean("Baltreed to acquire Kestrel Terminals in $1.2bn deal - Freight Daily", "Freight Daily"))
                .isEqualTo("Baltreed to acquire Kestrel Terminals in $1.2bn deal");
        assertThat(Headline.clean("Strong earthquake shakes Kefalonia, damaging homes | Harbour Times", null))
                .isEqualTo("Strong earthquake shakes Kefalonia, damaging homes");
    }

    @Test
    void removesUpdateLabelsDateStampsAndDatelines() {
        assertThat(Headline.clean("Strong earthquake shakes Kefalonia, damaging homes (Update 2)", null))
                .isEqualTo("Strong earthquake shakes Kefalonia, damaging homes");
        assertThat(Headline.clean("Leaders agree on DNA testing for mine victims date 2026-01-13", null))
                .isEqualTo("Leaders agree on DNA testing for mine victims");
        assertThat(Headline.clean("Leaders agree on DNA testing for mine victims - Jan 13, 2026", null))
                .isEqualTo("Leaders agree on DNA testing for mine victims");
        assertThat(Headline.clean("UPDATE 1-Leaders agree on DNA testing for mine victims", null))
                .isEqualTo("Leaders agree on DNA testing for mine victims");
        assertThat(Headline.clean("Paris store hit by $2. 6 million jewelry heist", null))
                .isEqualTo("Paris store hit by $2.6 million jewelry heist");
    }

    @Test
    void aLongSentenceIsCutAtAClauseOrVisiblyAtAWord() {
        String longFact = "Bettie Page, the pin-up model whose photographs defined an era of American glamour, died on Thursday"
                + " of pneumonia at a Los Angeles area hospital, her longtime agent said.";
        String h = Headline.shorten(longFact);
        assertThat(h.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
        assertThat(longFact).startsWith(h.replace("…", ""));
        assertThat(Headline.shorten("A ".repeat(80) + "end.")).endsWith("…");
    }

    @Test
    void aLongHeadlineWithoutSpacesIsCutAtAGraphemeCluster() {
        String japanese = "日本と韓国の首脳が奈良で会談し長生炭鉱の犠牲者の遺骨のDNA鑑定で協力することで合意した".repeat(4);
        String h = Headline.shorten(japanese);
        assertThat(h).endsWith("…");
        assertThat(h.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
        assertThat(japanese).startsWith(h.substring(0, h.length() - 1));
    }

    /** 10,000 random strings of CJK, emoji with joiners and skin tones, combining marks, spaces and Latin letters. */
    @Test
    void shorteningNeverFailsAndNeverBreaksAGraphemeCluster() {
        String[] pieces = {"中", "文", "日本", "한국", "👩‍👩‍👧", "👍🏽", "🇯🇵", "e\u0301", "a\u0308\u0301", "ก\u0e31", " ", ", ", "word", "x", ".", "…"};
        Random random = new Random(11);
        for (int run = 0; run < 10_000; run++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String in = b.toString();
            String out = Headline.shorten(in);
            String kept = out.endsWith("…") && !in.strip().startsWith(out) ? out.substring(0, out.length() - 1) : out;
            assertThat(in.strip()).startsWith(kept.strip());
            assertThat(out.length()).isLessThanOrEqualTo(Headline.MAX_CHARS);
            assertThat(isClusterBoundary(in.strip(), kept.strip().length())).as("cut inside a cluster of %s", in).isTrue();
        }
    }

    private static boolean isClusterBoundary(String s, int offset) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(s);
        return offset == 0 || offset == s.length() || it.isBoundary(offset);
    }
}
