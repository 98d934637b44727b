package dev.storyline.scale;

import dev.storyline.StageSteps;
import dev.storyline.Storyline;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.extract.Article;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.store.StoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cluster leader's exactly-once filing: the partition's offset moves in the transaction that files the
 * articles, a deposed leader's batch rolls back whole, and a batch delivered again is filed once.
 */
class StreamOffsetsTest {

    @TempDir
    Path data;

    @Test
    void aDeposedLeaderFilesNothingAndABatchDeliveredAgainIsFiledOnce() {
        try (StoryStore store = StoryStore.open(data); Storyline storyline = Storyline.standard(IngestOptions.defaults())) {
            StageSteps steps = storyline.steps();
            StreamOffsets offsets = new StreamOffsets(store);
            List<AnalyzedArticle> first = steps.analyse(List.of(article(1, "Dock workers in Rotterdam ended their strike on Tuesday."),
                    article(2, "A magnitude 6.1 earthquake struck the Aegean island of Samos on Monday.")), p -> { });
            List<AnalyzedArticle> later = steps.analyse(List.of(article(3, "Rotterdam port traffic returned to normal after the strike.")), p -> { });
            assertThat(offsets.next("t.analysed", 0)).isZero();

            StageSteps.Filed filed = steps.file(first, store, () -> offsets.advance("t.analysed", 0, 0, 2));
            assertThat(filed.storyOfArticle()).containsOnlyKeys(first.get(0).id(), first.get(1).id());
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(offsets.next("t.analysed", 0)).isEqualTo(2);

            // A leader that read offset 0 before it was deposed: its whole transaction rolls back.
            assertThatThrownBy(() -> steps.file(later, store, () -> offsets.advance("t.analysed", 0, 0, 3)))
                    .isInstanceOf(StreamOffsets.DeposedLeaderException.class);
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.containsArticle(later.getFirst().id())).isFalse();
            assertThat(offsets.next("t.analysed", 0)).isEqualTo(2);

            // The same articles delivered again (an analysis worker that died after its commit) are not filed twice.
            StageSteps.Filed again = steps.file(first, store, () -> offsets.advance("t.analysed", 0, 2, 4));
            assertThat(again.storyOfArticle()).isEmpty();
            assertThat(store.articleCount()).isEqualTo(2);

            // The rightful leader goes on, with a clusterer restored after the rollback.
            StageSteps.Filed next = steps.file(later, store, () -> offsets.advance("t.analysed", 0, 4, 5));
            assertThat(next.storyOfArticle()).containsOnlyKeys(later.getFirst().id());
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(next.stories()).isNotEmpty().allMatch(s -> store.duePage(s).isPresent());
        }
    }

    private static Article article(int k, String lead) {
        String text = lead + "\n\nOfficials said more details would follow later in the week, report " + k + ".";
        return new Article("https://news.example/" + k, null, lead.substring(0, 30), text, "News " + k, null,
                PublicationDate.at(Instant.parse("2026-01-14T09:00:00Z")).orElseThrow(), "en", Map.of());
    }
}
