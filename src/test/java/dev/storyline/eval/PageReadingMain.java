package dev.storyline.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints {@link PageReading}'s counts for digest Markdown files: {@code PageReadingMain PAGES.md [--examples]}. */
public final class PageReadingMain {

    private PageReadingMain() {
    }

    public static void main(String[] args) throws Exception {
        PageReading.Counts c = new PageReading().read(Files.readString(Path.of(args[0])));
        System.out.printf("pages %d; headings %d: sentence prefixes %d, ending on a function word %d; pages outside 3-6 sections %d;"
                        + " sentences %d, flagged as fragments %d (%.3f); headline problems %d%n",
                c.pages(), c.headings(), c.prefixHeadings(), c.weakEndHeadings(), c.pagesOutsideSectionRange(), c.sentences(),
                c.fragments(), c.sentences() == 0 ? 0 : c.fragments() / (double) c.sentences(), c.headlineProblems());
        if (args.length > 1 && args[1].equals("--examples")) {
            c.examples().forEach(System.out::println);
        }
    }
}
