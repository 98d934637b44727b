package dev.storyline.eval.cli;

import dev.storyline.Storyline;
import dev.storyline.eval.DateEvaluation;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.story.StoryPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyline eval dates FILE.jsonl [--pages PAGES.json]}: whether the dates of the story pages built
 * from a corpus can be trusted (estimated publication dates against the URL and text, the story's own
 * event on its timeline). With {@code --pages} it scores pages another build printed, so that a baseline
 * is measured by the same checks.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Estimated publication dates that contradict their article, and stories missing their own event on the timeline.")
public final class EvalDatesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "the corpus (one article record per line)")
    Path corpus;

    @Option(names = "--pages", paramLabel = "PAGES.json", description = "score these pages ({\"stories\": [...]}) instead of building them")
    Path pages;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) {
            System.err.println("storyline: " + corpus + " is absent; this evaluation needs the corpus file");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<StoryPage> built;
        String label;
        if (pages != null) {
            built = DateEvaluation.readPages(pages);
            label = pages.getFileName().toString();
        } else {
            List<String> problems = new ArrayList<>();
            built = Storyline.standard(IngestOptions.defaults()).digest(List.of(corpus.toString()), p -> problems.add(p.toString()));
            label = "this build";
            if (!problems.isEmpty()) {
                System.err.println("storyline: " + problems.size() + " inputs could not be read");
            }
        }
        new DateEvaluation().run(corpus, built, out, label);
        return 0;
    }
}
