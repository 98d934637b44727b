package dev.storyline.eval.cli;

import dev.storyline.eval.PageReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code storyline eval pages PAGES.md}: what a reader's first pass over {@code digest --format md} output
 * counts: headings that are sentence openings or end on a function word, pages outside 3 to 6 sections,
 * sentences the fragment detector flags, and headline problems.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Count heading, fragment and headline problems in the Markdown pages of 'storyline digest --format md'.")
final class EvalPagesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PAGES.md", description = "the output of storyline digest --format md")
    Path pages;

    @Option(names = "--examples", description = "print every flagged heading, sentence and headline")
    boolean examples;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(pages)) {
            System.err.println("storyline eval pages: no such file: " + pages);
            return 2;
        }
        PageReading.Counts c = new PageReading().read(Files.readString(pages));
        System.out.printf("pages %d; headings %d: sentence prefixes %d, ending on a function word %d, outside 3-9 words %d; pages outside 3-6 sections %d;"
                        + " sentences %d, flagged as fragments %d (%.3f); headline problems %d%n",
                c.pages(), c.headings(), c.prefixHeadings(), c.weakEndHeadings(), c.headingsOutsideLength(), c.pagesOutsideSectionRange(), c.sentences(),
                c.fragments(), c.sentences() == 0 ? 0 : c.fragments() / (double) c.sentences(), c.headlineProblems());
        if (examples) {
            c.examples().forEach(System.out::println);
        }
        return 0;
    }
}
