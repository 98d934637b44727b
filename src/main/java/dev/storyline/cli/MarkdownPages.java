package dev.storyline.cli;

import dev.storyline.story.StoryPage;
import dev.storyline.web.NewsDates;
import dev.storyline.web.SafeLink;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes story pages as Markdown for {@code storyline digest --format md}. Stateless. */
final class MarkdownPages {

    private MarkdownPages() {
    }

    static String render(List<StoryPage> pages) {
        StringBuilder sb = new StringBuilder();
        for (StoryPage p : pages) {
            sb.append("# ").append(escape(p.headline())).append("\n\n");
            sb.append(p.updated() == null ? "_" : "_Updated " + NewsDates.published(p.updated()) + " · ").append(p.articleCount())
                    .append(p.articleCount() == 1 ? " article" : " articles");
            if (p.publisherCount() > 0) {
                sb.append(" from ").append(p.publisherCount()).append(p.publisherCount() == 1 ? " publisher" : " publishers");
            }
            sb.append("_\n\n");
            for (StoryPage.Section s : p.sections()) {
                sb.append("## ").append(escape(s.heading())).append("\n\n");
                sb.append(s.sentences().stream().map(c -> escape(c.text()) + cites(c.citations()))
                        .collect(Collectors.joining(" "))).append("\n\n");
            }
            if (!p.quotes().isEmpty()) {
                sb.append("## Quotes\n\n");
                for (StoryPage.Quote q : p.quotes()) {
                    sb.append("> “").append(escape(q.text())).append("” — ").append(escape(q.speaker()))
                            .append(cites(q.citations())).append("\n\n");
                }
            }
            if (!p.disagreements().isEmpty()) {
                sb.append("## Where sources differ\n\n");
                for (StoryPage.Disagreement d : p.disagreements()) {
                    sb.append("- ").append(escape(d.about())).append(": ").append(d.variants().stream()
                            .map(v -> "**" + escape(v.value()) + "**" + cites(v.citations()))
                            .collect(Collectors.joining(" / "))).append('\n');
                }
                sb.append('\n');
            }
            if (!p.timeline().isEmpty()) {
                sb.append("## Timeline\n\n");
                for (StoryPage.TimelineEntry e : p.timeline()) {
                    sb.append("- **").append(e.date()).append("**").append(e.background() ? " (background)" : "")
                            .append(e.scheduled() ? " (scheduled)" : "")
                            .append(" – ").append(escape(e.text())).append(cites(e.citations())).append('\n');
                }
                sb.append('\n');
            }
            sb.append("## Sources\n\n");
            for (StoryPage.Source s : p.sources()) {
                sb.append(s.n()).append(". ");
                if (s.publisher() != null) {
                    sb.append(escape(s.publisher())).append(": ");
                }
                // Only a web link is a link; anything else (javascript:, data:, file:) is shown as text.
                String href = SafeLink.href(s.url()).orElse(null);
                if (href != null) {
                    sb.append('[').append(escape(s.title())).append("](<").append(linkTarget(href)).append(">)");
                } else {
                    sb.append(escape(s.title())).append(" (").append(escape(s.url())).append(')');
                }
                if (s.author() != null) {
                    sb.append(", ").append(escape(s.author()));
                }
                if (s.published() != null) {
                    sb.append(", ").append(NewsDates.published(s.published())).append(s.publishedInferred() ? " (estimated)" : "");
                }
                if (!s.alsoPublishedBy().isEmpty()) {
                    sb.append("; also published by ").append(escape(String.join(", ", s.alsoPublishedBy())));
                }
                sb.append('\n');
            }
            sb.append("\n---\n\n");
        }
        return sb.toString();
    }

    private static String cites(List<Integer> citations) {
        return citations.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    /**
     * A link target inside {@code <...>}: the characters that could end it or open markup there are
     * percent-encoded, so that the target is the URL and nothing else.
     */
    private static String linkTarget(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            switch (c) {
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case ' ' -> b.append("%20");
                case '\\' -> b.append("%5C");
                case '\n', '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markdown's own characters and markup in source text are shown, not interpreted. */
    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        // Angle brackets become entities, not backslash escapes, so that no raw "<script" is in the file.
        String entities = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return entities.replaceAll("([\\\\`*_\\[\\]#|!])", "\\\\$1");
    }
}
