package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.Ingestor;
import dev.storyline.ingest.ProblemReport;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline ingest PATH...}: adds articles to the store and updates the stories they touch. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add the inputs' articles to the store and update the stories they touch.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, feed files, OPML lists or http(s) URLs")
    List<String> inputs;

    @Mixin
    DataOption data;

    @Mixin
    DatabaseOptions database;

    @Mixin
    FetchOptions fetch;

    @Mixin
    LanguageModelOptions llm;

    @Override
    public Integer call() {
        try (StoryStore store = database.open(data.dir);
             Storyline storyline = Storyline.standard(fetch.ingestOptions(), llm.writer())) {
            ProblemReport problems = new ProblemReport(System.err, "storyline: ");
            Storyline.IngestReport report = storyline.ingest(inputs, store, problems);
            if (problems.problems() > 0) {
                System.err.println("storyline: " + problems.summary(Ingestor.countInputs(inputs), report.added()));
            }
            System.out.println("storyline: " + report + " (store: " + store.location() + ")");
            return report.added() == 0 && report.problems() > 0 && report.duplicates() == 0 ? 1 : 0;
        }
    }
}
