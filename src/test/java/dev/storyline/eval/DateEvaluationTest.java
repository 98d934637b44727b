package dev.storyline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.story.StoryPage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateEvaluationTest {

    @TempDir
    Path dir;

    private static final String CORPUS = """
            {"id":"a","url":"https://one.example/2013/03/11/quake","text":"A strong earthquake struck the island on Monday, officials said."}
            {"id":"b","url":"https://two.example/quake","text":"Rescuers searched the rubble on March 12, 2013, after the earthquake."}
            {"id":"c","url":"https://three.example/2013/03/11/quake","text":"The earthquake struck on Monday."}
            """;

    private static StoryPage page(List<StoryPage.TimelineEntry> timeline, List<StoryPage.Source> sources) {
        return new StoryPage("s", "Quake", "2013-03-11", sources.size(), sources.size(), List.of(), timeline, sources);
    }

    @Test
    void countsEstimatesThatContradictTheUrlOrTheTextAndAMissingOwnEvent() throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, CORPUS);
        StoryPage wrong = page(List.of(new StoryPage.TimelineEntry("1953-08", "An older quake.", List.of(1), true)), List.of(
                new StoryPage.Source(1, "https://one.example/2013/03/11/quake", "T", null, null, "2013-03-11T08:00:00Z", false),
                new StoryPage.Source(2, "https://two.example/quake", "T", null, null, "2013-03-11", true),
                new StoryPage.Source(3, "https://three.example/2013/03/11/quake", "T", null, null, "2013-03-13", true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DateEvaluation.Result r = new DateEvaluation().run(corpus, List.of(wrong),
                new PrintStream(out, true, StandardCharsets.UTF_8), "test");
        assertThat(r.estimated()).isEqualTo(2);
        assertThat(r.contradictUrl()).as("source 3's estimate is not its URL's day").isEqualTo(1);
        assertThat(r.contradictText()).as("source 2 reports March 12 as past, after its estimate").isEqualTo(1);
        assertThat(r.storiesDatingOwnEvent()).isEqualTo(1);
        assertThat(r.storiesLackingOwnEvent()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("contradicting the URL's day: 1");

        StoryPage right = page(List.of(new StoryPage.TimelineEntry("2013-03-11", "A strong earthquake struck.", List.of(1, 3), false)),
                List.of(new StoryPage.Source(1, "https://one.example/2013/03/11/quake", "T", null, null, "2013-03-11T08:00:00Z", false),
                        new StoryPage.Source(3, "https://three.example/2013/03/11/quake", "T", null, null, "2013-03-11", false)));
        DateEvaluation.Result ok = new DateEvaluation().run(corpus, List.of(right), new PrintStream(new ByteArrayOutputStream()), "test");
        assertThat(ok.contradictUrl() + ok.contradictText() + ok.storiesLackingOwnEvent()).isZero();
        assertThat(ok.storiesDatingOwnEvent()).isEqualTo(1);
    }
}
