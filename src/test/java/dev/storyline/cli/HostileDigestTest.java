package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.Ingestor;
import dev.storyline.ingest.ProblemReport;
import dev.storyline.story.StoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small hostile folder (two files of each hostile kind, four good articles) through the whole digest:
 * every good article comes through, every bad file is named, and the problem lines stay few.
 */
class HostileDigestTest {

    @Test
    void everyGoodArticleComesThroughAndEveryBadFileIsNamed(@TempDir Path dir) throws Exception {
        List<HostileCorpus.Entry> entries = new HostileCorpus(dir, 7, 2L * 1024 * 1024).write(4, 60);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ProblemReport problems = new ProblemReport(new PrintStream(printed, true, StandardCharsets.UTF_8), "storyline: ");

        List<StoryPage> pages = Storyline.standard(IngestOptions.defaults()).digest(List.of(dir.toString()), problems);

        String errors = printed.toString(StandardCharsets.UTF_8);
        Set<String> sources = pages.stream().flatMap(p -> p.sources().stream()).map(StoryPage.Source::url).collect(Collectors.toSet());
        List<HostileCorpus.Entry> good = entries.stream().filter(HostileCorpus.Entry::good).toList();
        assertThat(good).hasSize(4);
        assertThat(sources).containsAll(good.stream().map(HostileCorpus.Entry::goodSource).toList());
        assertThat(pages.stream().mapToInt(StoryPage::articleCount).sum()).isEqualTo(4);
        for (HostileCorpus.Entry bad : entries.stream().filter(e -> !e.good()).toList()) {
            assertThat(errors).as(bad.kind()).contains(bad.path().getFileName().toString());
        }
        assertThat(errors.lines().count()).isLessThan(entries.size() * (ProblemReport.SHOWN_PER_INPUT + 1L));
        assertThat(problems.summary(Ingestor.countInputs(List.of(dir.toString())), 4))
                .startsWith(entries.size() + " inputs: 4 articles; " + (entries.size() - 4) + " with problems: ");
    }
}
