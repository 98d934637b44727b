package dev.storyline.eval;

import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryComparisonTest {

    private static final String ARTICLE = "Ferry service to Hydra was suspended on Monday after a storm damaged the harbour. "
            + "The storm also cut power to 3,000 homes on the island. "
            + "Officials said repairs to the harbour wall would take two weeks.";

    private static Path corpus(Path dir) throws Exception {
        Path data = dir.resolve("data.jsonl");
        Files.writeString(data, "{\"id\":\"a-1\",\"event\":\"7\",\"text\":\"" + ARTICLE + "\"}\n");
        Files.writeString(dir.resolve("summaries.json"),
                "{\"7\":\"– A storm damaged the harbour of Hydra and cut power to 3,000 homes, officials said.\"}");
        return data;
    }

    private static StoryPage page(String sentence) {
        return new StoryPage("7", "Storm shuts Hydra harbour", null, 1, 1,
                List.of(new StoryPage.Section("Storm shuts Hydra harbour", List.of(new StoryPage.CitedSentence(sentence, List.of(1))))),
                List.of(), List.of(), List.of(), List.of(), 0, null);
    }

    @Test
    void theOracleOverThePagesOwnCandidatesIsScoredOnlyWhenThePoolsAreGiven(@TempDir Path dir) throws Exception {
        Path data = corpus(dir);
        SummaryComparison comparison = new SummaryComparison(data, dir.resolve("summaries.json"));
        StoryPage page = page("Officials said repairs to the harbour wall would take two weeks.");

        assertThat(comparison.compare(List.of(page)).means()).doesNotContainKey(SummaryComparison.POOL_ORACLE);

        List<String> pool = List.of("Officials said repairs to the harbour wall would take two weeks.",
                "The storm also cut power to 3,000 homes on the island.");
        SummaryComparison.Result r = comparison.compare(List.of(page), false, Map.of("7", pool));
        double bound = r.means().get(SummaryComparison.POOL_ORACLE).rouge1().f1();
        // at the page's length, the best of its own candidates covers more of the summary than its choice
        assertThat(bound).isGreaterThan(r.means().get("storyline").rouge1().f1());
        assertThat(r.tokensPerPage().get(SummaryComparison.POOL_ORACLE)).isEqualTo(r.tokensPerPage().get("storyline"));
    }
}
