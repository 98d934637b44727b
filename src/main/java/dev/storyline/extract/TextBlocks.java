package dev.storyline.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page cut into runs of text at block-level element boundaries, each with the element that directly
 * holds it and how much of it is link text: the units that content scoring, the search for bylines and
 * dates, and the reading of markup inside feeds and JSON-LD all work on. White space is collapsed;
 * direction marks and byte-order marks, which are invisible, are dropped. Stateless and thread-safe.
 */
final class TextBlocks {

    /** Elements that end one run of text and start another. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "hr", "address", "center", "details", "summary",
            "fieldset", "body", "caption", "hgroup");

    /** A run of text between block boundaries, with the element that directly holds it. */
    record Block(Element owner, String text, int linkChars) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private TextBlocks() {
    }

    /** Cuts the tree into text blocks at block-level element boundaries. */
    static List<Block> of(Element root) {
        return of(root, Integer.MAX_VALUE);
    }

    /** The first {@code limit} text blocks (or a few more) of a tree. */
    static List<Block> of(Element root, int limit) {
        BlockCollector c = new BlockCollector(root, limit);
        // jsoup's traversal is iterative: a page of a hundred thousand nested tags cannot overflow the stack.
        NodeTraversor.filter(c, root);
        c.flush();
        return c.blocks;
    }

    private static final class BlockCollector implements NodeFilter {
        final int limit;
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final ArrayDeque<Element> owners = new ArrayDeque<>();
        int linkDepth;
        int linkChars;
        Element owner;
        boolean pendingSpace;

        BlockCollector(Element root, int limit) {
            owners.push(root);
            this.limit = limit;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (blocks.size() >= limit) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
                owner = owners.peek();
                append(t.getWholeText(), linkDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                owners.push(e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag) && depth > 0) {
                flush();
                owners.pop();
            }
            return FilterResult.CONTINUE;
        }

        void append(String s, boolean inLink) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u2009' || c == '\u202f') {
                    pendingSpace = true;
                    continue;
                }
                if (c == '\u200e' || c == '\u200f' || c == '\ufeff' || c >= '\u202a' && c <= '\u202e'
                        || c >= '\u2066' && c <= '\u2069') {
                    // Direction marks of right-to-left text and byte-order marks are invisible: not a letter.
                    continue;
                }
                if (pendingSpace && !text.isEmpty()) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
                if (inLink) {
                    linkChars++;
                }
            }
        }

        void flush() {
            if (!text.isEmpty() && owner != null) {
                blocks.add(new Block(owner, text.toString(), Math.min(linkChars, text.length())));
            }
            text.setLength(0);
            linkChars = 0;
            pendingSpace = false;
        }
    }
}
