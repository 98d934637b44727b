package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.Ingestor;
import dev.storyline.ingest.ProblemReport;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import dev.storyline.web.PageRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline digest PATH...}: the whole pipeline in memory, stories printed as Top Headlines. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Read the inputs, group their articles into stories and print the story pages (nothing is stored).")
final class DigestCommand implements Callable<Integer> {

    /** Output formats of the digest. */
    enum Format { json, md, html }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, feed files, OPML lists or http(s) URLs")
    List<String> inputs;

    @Option(names = "--format", description = "json (default), md or html")
    Format format = Format.json;

    @Mixin
    FetchOptions fetch;

    @Mixin
    LanguageModelOptions llm;

    @Override
    public Integer call() {
        // Problems are printed as they come, a few per input, and counted; never all kept.
        ProblemReport problems = new ProblemReport(System.err, "storyline: ");
        List<StoryPage> pages;
        try (Storyline storyline = Storyline.standard(fetch.ingestOptions(), llm.writer())) {
            pages = storyline.digest(inputs, problems);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(switch (format) {
            case json -> StoryJson.stories(pages);
            case md -> MarkdownPages.render(pages);
            case html -> new PageRenderer().digest(pages);
        });
        if (problems.problems() > 0) {
            System.err.println("storyline: " + problems.summary(Ingestor.countInputs(inputs),
                    pages.stream().mapToInt(StoryPage::articleCount).sum()));
        }
        if (pages.isEmpty() && problems.problems() > 0) {
            System.err.println("storyline: no article could be read from the inputs");
            return 1;
        }
        return 0;
    }
}
