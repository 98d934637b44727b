package dev.storyline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Timeline ROUGE against the figures that {@code tls_score.py} gives on the same input (computed once
 * with the script and a small stop-word and exception list of this test's own, written below).
 */
class TimelineRougeTest {

    @Test
    void theStemmerIsRouge155sPorterWithItsEmentRule() {
        Map<String, String> expected = Map.ofEntries(Map.entry("caresses", "caress"), Map.entry("ponies", "poni"),
                Map.entry("relational", "relat"), Map.entry("conditional", "condit"), Map.entry("agreed", "agre"),
                Map.entry("hopping", "hop"), Map.entry("generalizations", "gener"), Map.entry("replacement", "replac"),
                Map.entry("yelling", "yell"), Map.entry("happy", "happi"), Map.entry("controll", "control"),
                Map.entry("rate", "rate"));
        expected.forEach((word, stem) -> assertThat(RougeStemmer.stem(word)).as(word).isEqualTo(stem));
    }

    @Test
    void systemSentencesAreRetokenisedAsTheScorerDoes() {
        assertThat(PtbTokens.tokenize("He said \"it doesn't matter\" (today)."))
                .isEqualTo("He said `` it does n't matter '' -LRB- today -RRB- .");
        assertThat(PtbTokens.tokenize("The rebels' advance on Tripoli, 2,000 men: $20 or 5% -- fast..."))
                .isEqualTo("The rebels ' advance on Tripoli , 2,000 men : $ 20 or 5 % -- fast ...");
        assertThat(PtbTokens.tokenize("Mr. Smith left at 3:30 p.m.")).isEqualTo("Mr. Smith left at 3:30 p.m .");
        assertThat(PtbTokens.tokenize("Qaddafi’s forces/army *fled* now!")).isEqualTo("Qaddafi 's forces\\/army \\*fled\\* now !");
    }

    @Test
    void alignedAndConcatenatedRougeAgreeWithTheScorer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("smart_common_words.txt"), "the\na\nof\non\nin\nand\nwas\n");
        Files.writeString(dir.resolve("wordnet-2.0-exc.tsv"), "went\tgo\nmice\tmouse\n");
        TimelineRouge rouge = TimelineRouge.load(dir);
        Map<LocalDate, List<String>> predicted = TimelineRouge.system(Map.of(
                LocalDate.parse("2011-02-15"), List.of("Protests began in Benghazi on Tuesday, as the rebels went out."),
                LocalDate.parse("2011-03-19"), List.of("NATO air strikes started against Qaddafi's forces.")));
        Map<LocalDate, List<String>> gold = Map.of(
                LocalDate.parse("2011-02-15"), List.of("Protests erupt in Benghazi ."),
                LocalDate.parse("2011-03-17"), List.of("UN Security Council approves a no-fly zone over Libya ."),
                LocalDate.parse("2011-03-19"), List.of("French jets carry out the first air strikes against Qaddafi 's forces ."));
        TimelineRouge.Alignment ar = rouge.align(predicted, gold);
        assertThat(ar.ar1().precision()).isCloseTo(0.5, within(1e-12));
        assertThat(ar.ar1().recall()).isCloseTo(0.34782608695652173, within(1e-12));
        assertThat(ar.ar2().precision()).isCloseTo(0.2857142857142857, within(1e-12));
        assertThat(ar.ar2().recall()).isCloseTo(0.2, within(1e-12));
        TimelineRouge.Alignment concat = rouge.concat(predicted, gold);
        assertThat(concat.ar1().precision()).isCloseTo(0.5625, within(1e-12));
        assertThat(concat.ar1().recall()).isCloseTo(0.391304347826087, within(1e-12));
    }

    @Test
    void anEmptyTimelineScoresZero(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("smart_common_words.txt"), "the\n");
        Files.writeString(dir.resolve("wordnet-2.0-exc.tsv"), "");
        TimelineRouge rouge = TimelineRouge.load(dir);
        TimelineRouge.Alignment ar = rouge.align(Map.of(), Map.of(LocalDate.parse("2011-02-15"), List.of("Protests .")));
        assertThat(ar.ar1().f1()).isZero();
        assertThat(ar.ar2().f1()).isZero();
    }
}
