package dev.storyline.analysis;

import dev.storyline.Fixtures;
import dev.storyline.embed.Vectors;
import dev.storyline.extract.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleAnalyzerTest {

    private static final List<Article> ARTICLES = List.of(
            Fixtures.article("quake", "Earthquake shakes Kefalonia", "2026-03-02T08:00:00Z", "Ionian Times",
                    "A magnitude 6.4 earthquake struck the Greek island of Kefalonia on Monday.\n\n"
                            + "Dimitris Larkos, the island's mayor, said two villages were cut off.\n\n"
                            + "Ferries to Patras were suspended until Wednesday."),
            Fixtures.article("port", "Baltreed buys Kestrel Terminals", "2026-03-03T09:30:00Z", "Harbour Wire",
                    "Baltreed agreed to buy the port operator Kestrel Terminals for $1.2 billion in cash.\n\n"
                            + "The deal was announced in Rotterdam on Tuesday."),
            Fixtures.article("vote", "Council rejects the tram plan", "2026-03-04T17:00:00Z", "City Ledger",
                    "The city council of Arlen rejected the tram plan by 31 votes to 20.\n\n"
                            + "Mayor Ines Valdor called the vote a setback.\n\n"
                            + "A new plan is due in May.\n\n"
                            + "The tram was to cost 400 million euros."));

    @Test
    void aBatchGivesEachArticleItsOwnSentencesNamesDatesAndVectors() {
        List<AnalyzedArticle> batch = Fixtures.analyzer().analyzeAll(ARTICLES, true);
        assertThat(batch).extracting(AnalyzedArticle::id).containsExactly("quake", "port", "vote");
        for (int i = 0; i < ARTICLES.size(); i++) {
            AnalyzedArticle alone = Fixtures.analyzer().analyze(ARTICLES.get(i));
            AnalyzedArticle inBatch = batch.get(i);
            assertThat(inBatch.sentences()).extracting(AnalyzedSentence::text)
                    .isEqualTo(alone.sentences().stream().map(AnalyzedSentence::text).toList()).isNotEmpty();
            assertThat(inBatch.sentences()).extracting(AnalyzedSentence::times)
                    .isEqualTo(alone.sentences().stream().map(AnalyzedSentence::times).toList());
            assertThat(inBatch.entities()).isEqualTo(alone.entities()).isNotEmpty();
            // the vectors of another batch drift a little (the quantised model scales over the batch), but each
            // sentence's vector is still nearest its own
            assertThat(Vectors.dot(inBatch.vector(), alone.vector())).isGreaterThan(0.97f);
            for (AnalyzedSentence s : inBatch.sentences()) {
                float own = Vectors.dot(s.vector(), alone.sentences().get(s.index()).vector());
                assertThat(own).isGreaterThan(0.97f);
                for (AnalyzedSentence other : alone.sentences()) {
                    if (other.index() != s.index()) {
                        assertThat(Vectors.dot(s.vector(), other.vector())).isLessThan(own);
                    }
                }
            }
        }
    }

    @Test
    void withoutSentenceVectorsOnlyTheArticleIsEmbedded() {
        List<AnalyzedArticle> batch = Fixtures.analyzer().analyzeAll(ARTICLES, false);
        List<float[]> sentenceVectors = new ArrayList<>();
        batch.forEach(a -> a.sentences().forEach(s -> sentenceVectors.add(s.vector())));
        assertThat(sentenceVectors).hasSize(9).containsOnlyNulls();
        assertThat(batch).allSatisfy(a -> assertThat(a.vector()).hasSize(384));
    }

    @Test
    void aTextLongerThanTheCapIsAnalysedUpToIt() {
        StringBuilder thread = new StringBuilder("Rebels took the town of Brega on Sunday.");
        for (int i = 1; i <= ArticleAnalyzer.MAX_SENTENCES + 50; i++) {
            thread.append("\n\nReader ").append(i).append(" wrote that the war would end soon.");
        }
        AnalyzedArticle a = Fixtures.analyzer().analyze(Fixtures.article("blog", "Rebels take Brega",
                "2011-03-27T10:00:00Z", "Desert Blog", thread.toString()));
        assertThat(a.sentences()).hasSize(ArticleAnalyzer.MAX_SENTENCES);
        assertThat(a.sentences().getFirst().text()).isEqualTo("Rebels took the town of Brega on Sunday.");
        assertThat(a.sentences().getLast().index()).isEqualTo(ArticleAnalyzer.MAX_SENTENCES - 1);
        assertThat(a.sentences()).allSatisfy(s -> assertThat(s.vector()).hasSize(384));
    }
}
