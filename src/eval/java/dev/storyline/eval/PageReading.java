package dev.storyline.eval;

import dev.storyline.story.Fragments;
import dev.storyline.story.PageText;
import dev.storyline.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the Markdown pages that {@code storyline digest --format md} prints and counts what a reader
 * would trip on: section headings that are the first words of one of their sentences, end on a
 * function word or have fewer than 3 or more than 9 words, sections per page outside 3 to 6, sentences
 * the fragment detector flags, and headlines that are too long, a fragment, or the first words of a sentence on the page. The counts compare two
 * versions of the pages; they are no substitute for reading them. Stateless apart from its splitter.
 */
public final class PageReading {

    private static final Pattern CITATION = Pattern.compile("\\[\\d+\\]");
    private static final Set<String> NOT_SECTIONS = Set.of("Timeline", "Sources", "Quotes", "Where sources differ");

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** One page as printed: headline, and per section its heading and sentences. */
    public record Page(String headline, List<String> headings, List<List<String>> sections) {
    }

    /** What the reading found over all pages. */
    public record Counts(int pages, int headings, int prefixHeadings, int weakEndHeadings, int headingsOutsideLength,
                         int pagesOutsideSectionRange,
                         int sentences, int fragments, int headlineProblems, List<String> examples) {
    }

    /** The pages of a digest in Markdown. */
    public List<Page> pages(String markdown) {
        List<Page> out = new ArrayList<>();
        String headline = null;
        List<String> headings = new ArrayList<>();
        List<List<String>> sections = new ArrayList<>();
        boolean inSection = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                if (headline != null) {
                    out.add(new Page(headline, headings, sections));
                }
                headline = line.substring(2).strip();
                headings = new ArrayList<>();
                sections = new ArrayList<>();
                inSection = false;
            } else if (line.startsWith("## ")) {
                String h = line.substring(3).strip();
                inSection = !NOT_SECTIONS.contains(h);
                if (inSection) {
                    headings.add(h);
                    sections.add(new ArrayList<>());
                }
            } else if (inSection && !line.isBlank() && !sections.isEmpty()) {
                for (var s : splitter.split(CITATION.matcher(line).replaceAll(""))) {
                    sections.get(sections.size() - 1).add(s.text());
                }
            }
        }
        if (headline != null) {
            out.add(new Page(headline, headings, sections));
        }
        return out;
    }

    /** The counts over the pages of a digest in Markdown. */
    public Counts read(String markdown) {
        List<Page> pages = pages(markdown);
        int headings = 0;
        int prefix = 0;
        int weak = 0;
        int length = 0;
        int outside = 0;
        int sentences = 0;
        int fragments = 0;
        int headlineProblems = 0;
        List<String> examples = new ArrayList<>();
        for (Page p : pages) {
            if (p.headings().size() < 3 || p.headings().size() > 6) {
                outside++;
            }
            List<String> all = new ArrayList<>();
            for (int i = 0; i < p.headings().size(); i++) {
                String h = p.headings().get(i);
                List<String> own = p.sections().get(i);
                headings++;
                if (own.stream().anyMatch(s -> PageText.isPrefixOf(h, s))) {
                    prefix++;
                    examples.add("prefix heading: " + h);
                }
                if (PageText.endsWeak(h)) {
                    weak++;
                    examples.add("weak end: " + h);
                }
                int words = PageText.words(h).size();
                if (words < PageChecks.MIN_HEADING_WORDS || words > PageChecks.MAX_HEADING_WORDS) {
                    length++;
                    examples.add(words + " words: " + h);
                }
                all.addAll(own);
            }
            List<String> flags = Fragments.flag(p.headline(), all, Set.of());
            for (int i = 0; i < all.size(); i++) {
                if (flags.get(i) != null) {
                    fragments++;
                    examples.add("fragment (" + flags.get(i) + "): " + all.get(i));
                }
            }
            sentences += all.size();
            String h = p.headline();
            boolean problem = h.length() > 110 || h.endsWith("…") || PageText.endsWeak(h)
                    || all.stream().anyMatch(s -> PageText.isPrefixOf(h, s) && PageText.words(s).size() - PageText.words(h).size() <= 3)
                    || Fragments.surfaceProblem(h.matches(".*[.!?\"”]$") ? h : h + ".").isPresent();
            if (problem) {
                headlineProblems++;
                examples.add("headline: " + h);
            }
        }
        return new Counts(pages.size(), headings, prefix, weak, length, outside, sentences, fragments, headlineProblems, examples);
    }
}
