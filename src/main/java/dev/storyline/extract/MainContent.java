package dev.storyline.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the body of the report in a parsed page: it removes furniture (navigation, asides, hidden parts,
 * elements named as share bars, comments, related lists, ...), cuts the rest into paragraph blocks, scores
 * the containers of prose blocks (text length, commas, link density, their names), takes the best
 * container with its siblings that also hold prose, and returns that container's paragraphs minus
 * link-heavy and furniture lines. Each call works on its own document; the class holds no state.
 */
final class MainContent {

    /** Elements that never hold report text. */
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "object", "embed", "canvas", "button", "input", "select", "textarea", "option", "nav",
            "aside", "footer", "figure", "figcaption", "picture", "img", "video", "audio", "source", "dialog",
            "menu", "link", "meta", "head", "form", "label", "map", "math", "frameset", "frame");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist", "button", "figure");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4",
            "h5", "h6", "dd", "dt", "h1", "td", "th");

    private MainContent() {
    }

    /**
     * The report's paragraphs in a page body. The body is changed (furniture removed).
     *
     * @param body   the page's {@code <body>}, or the element the page marks as its article body
     * @param title  the headline, so that a repeated headline is not taken as a paragraph
     * @param marked whether {@code body} is the page's own article-body element, so that scoring is skipped
     */
    static List<String> paragraphs(Element body, String title, boolean marked) {
        prune(body, body.text().length());
        List<TextBlocks.Block> blocks = TextBlocks.of(body);
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<Element> roots = marked ? List.of(body) : chooseRoots(body, blocks);
        Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        String normalisedTitle = normaliseForCompare(title);
        Set<Element> linkLists = linkLists(roots);
        List<String> out = new ArrayList<>();
        for (TextBlocks.Block b : blocks) {
            if (!inside(b.owner(), rootSet) || !linkLists.isEmpty() && inside(b.owner(), linkLists)) {
                continue;
            }
            if (keep(b, normalisedTitle)) {
                out.add(Draft.unescape(b.text()));
            }
        }
        return out;
    }

    /**
     * Lists in which every item is a short line with a link: "more stories", "see also" and the like. A list
     * of this shape inside the body is a list of other articles, not part of the report.
     */
    private static Set<Element> linkLists(List<Element> roots) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : roots) {
            for (Element list : root.select("ul, ol")) {
                if (list.childrenSize() < 2 || insideQuote(list)) {
                    continue;
                }
                int linkChars = 0;
                int chars = 0;
                boolean all = true;
                for (Element li : list.children()) {
                    String text = li.text();
                    Element a = li.selectFirst("a[href]");
                    if (a == null || text.length() > 160) {
                        all = false;
                        break;
                    }
                    chars += text.length();
                    linkChars += linkChars(li);
                }
                if (all && chars > 0 && linkChars >= chars * 0.35) {
                    out.add(list);
                }
            }
        }
        return out;
    }

    private static boolean keep(TextBlocks.Block b, String normalisedTitle) {
        String text = b.text();
        // Embedded posts (quoted tweets and the like) are mostly links but are part of the report.
        if (b.linkDensity() > (insideQuote(b.owner()) ? 0.9 : 0.5)) {
            return false;
        }
        if (Furniture.isFurnitureLine(text)) {
            return false;
        }
        if (b.owner().normalName().equals("h1")) {
            return false;
        }
        return normalisedTitle.isEmpty() || !normaliseForCompare(text).equals(normalisedTitle);
    }

    private static boolean insideQuote(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Element e, Set<Element> roots) {
        for (Element a = e; a != null; a = a.parent()) {
            if (roots.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Removes furniture, top down, so that a removed subtree is never visited. */
    private static void prune(Element root, int pageChars) {
        List<Element> doomed = new ArrayList<>();
        // Before the images go: a caption written as italic or centred text right after a bare image.
        for (Element img : root.getElementsByTag("img")) {
            Element caption = looseCaption(img);
            if (caption != null) {
                doomed.add(caption);
            }
        }
        Set<Element> overlays = Overlays.find(root, pageChars);
        doomed.addAll(overlays);
        collectFurniture(root, pageChars, overlays, doomed);
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static final Set<String> CAPTION_TAGS = Set.of("em", "i", "small", "center", "figcaption", "cite");

    /**
     * The caption of an image that has no figure around it: the short italic (or small, or centred) text
     * that follows the image, or the block that holds only the image, with nothing but whitespace between.
     */
    private static Element looseCaption(Element img) {
        Element at = img;
        for (int up = 0; up < 3 && at.parent() != null && at.parent().text().isBlank()
                && !at.parent().normalName().equals("body"); up++) {
            at = at.parent();
        }
        Element next = at.nextElementSibling();
        while (next != null && (next.normalName().equals("br") || next.text().isBlank())) {
            if (!next.normalName().equals("br") && !next.getElementsByTag("img").isEmpty()) {
                return null;
            }
            next = next.nextElementSibling();
        }
        if (next == null) {
            return null;
        }
        String text = next.text();
        if (text.isEmpty() || text.length() > 200 || text.length() > 120 && TextMeasure.endsSentence(text)) {
            return null;
        }
        for (Node n = at.nextSibling(); n != null && n != next; n = n.nextSibling()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        // Look through wrappers that hold nothing else ("<div><span><em>caption</em></span></div>").
        Element inner = next;
        while (!CAPTION_TAGS.contains(inner.normalName()) && inner.childrenSize() == 1
                && inner.child(0).text().length() == inner.text().length() && inner.textNodes().stream()
                .allMatch(TextNode::isBlank)) {
            inner = inner.child(0);
        }
        return CAPTION_TAGS.contains(inner.normalName()) ? next : null;
    }

    private static void collectFurniture(Element root, int pageChars, Set<Element> skip, List<Element> doomed) {
        ArrayDeque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            for (Element child : todo.pop().children()) {
                if (skip.contains(child)) {
                    continue;
                }
                if (isFurniture(child, pageChars)) {
                    doomed.add(child);
                } else {
                    todo.push(child);
                }
            }
        }
    }

    private static boolean isFurniture(Element e, int pageChars) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            // Some sites wrap the whole page in a form (ASP.NET); keep a form that holds much of the text.
            return !tag.equals("form") || e.text().length() < pageChars / 3;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (Overlays.isModal(e)) {
            // An article shown in a modal viewer is the page's text; any other modal panel is laid over it.
            return e.text().length() < pageChars / 2;
        }
        if (!role.isEmpty() && DROP_ROLES.contains(role)) {
            // A role names a part of the interface, but some sites put one on the wrapper of the report
            // (role="tablist" around the story's tabs).
            return !holdsProse(e, pageChars);
        }
        String cls = e.className();
        String id = e.id();
        if (Furniture.isFurnitureName(cls, id) || tag.equals("header")) {
            // A "furniture" name on a container that holds the prose of the page is a site quirk, not furniture.
            return isStrongFurniture(cls, id) || !holdsProse(e, pageChars);
        }
        return false;
    }

    /** Whether an element holds much of the page's text or several real paragraphs. */
    private static boolean holdsProse(Element e, int pageChars) {
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            String text = p.text();
            if (text.length() > 100 && linkChars(p) < text.length() / 4 && ++paragraphs >= 3) {
                return true;
            }
        }
        if (pageChars == 0) {
            return false;
        }
        // Cheap test first: most furniture is small.
        int chars = e.text().length();
        return chars >= pageChars * 0.4 && chars - linkChars(e) >= pageChars * 0.4;
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }

    /** Names of parts that are never the report, however much text they hold. */
    private static final Set<String> STRONG_FURNITURE = Set.of("comments", "comment", "disqus", "cookie", "cookies",
            "commentlist", "consent", "gdpr", "cmp");

    private static boolean isStrongFurniture(String cls, String id) {
        for (List<String> words : ElementNames.classes(cls, id)) {
            for (String w : words) {
                if (STRONG_FURNITURE.contains(w) || w.startsWith("cookie")) {
                    return true;
                }
            }
        }
        return false;
    }


    /** Per-element totals gathered from the blocks below it. */
    private static final class Tally {
        double score;
        int chars;
        int linkChars;
        int prose;
        /** Characters of the sentences of prose below: the report is where most of them are. */
        int sentenceChars;
    }

    private static List<Element> chooseRoots(Element body, List<TextBlocks.Block> blocks) {
        Map<Element, Tally> tallies = new IdentityHashMap<>();
        for (TextBlocks.Block b : blocks) {
            int len = b.text().length();
            int sentenceChars = isProseSentence(b) ? len : 0;
            for (Element a = b.owner(); a != null; a = a.parent()) {
                Tally t = tallies.computeIfAbsent(a, k -> new Tally());
                t.chars += len;
                t.linkChars += b.linkChars();
                t.sentenceChars += sentenceChars;
                if (a == body) {
                    break;
                }
            }
            if (len < 25 || b.linkDensity() > 0.5) {
                continue;
            }
            double score = 1 + commas(b.text()) + Math.min(3, len / 100.0);
            Element start = PARAGRAPH_TAGS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
            int level = 0;
            for (Element a = start; a != null && level < 5; a = a.parent(), level++) {
                Tally t = tallies.computeIfAbsent(a, k -> new Tally());
                t.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (level == 0) {
                    t.prose += len;
                }
                if (a == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = -1;
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (Map.Entry<Element, Tally> en : tallies.entrySet()) {
            Tally t = en.getValue();
            if (t.score <= 0) {
                continue;
            }
            Element e = en.getKey();
            double density = t.chars == 0 ? 0 : (double) t.linkChars / t.chars;
            double s = (t.score + tagWeight(e) + Furniture.nameWeight(e.className(), e.id())) * (1 - density);
            finalScores.put(e, s);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        Element holder = sentenceHolder(body, best, tallies);
        if (holder != null) {
            return List.of(holder);
        }
        List<Element> roots = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null || best == body) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                roots.add(sibling);
                continue;
            }
            Double s = finalScores.get(sibling);
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className())
                    ? bestScore * 0.2 : 0;
            if (s != null && s + bonus >= threshold) {
                roots.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                Tally t = tallies.get(sibling);
                if (t == null) {
                    continue;
                }
                String text = sibling.text();
                double density = t.chars == 0 ? 0 : (double) t.linkChars / t.chars;
                if (text.length() > 80 && density < 0.25
                        || text.length() > 0 && density == 0 && text.matches(".*\\.( |$).*")) {
                    roots.add(sibling);
                }
            }
        }
        addSplitParts(body, best, finalScores, roots);
        return roots;
    }

    /** A block of prose that reads as a sentence: long enough, few links, ending like a sentence. */
    private static boolean isProseSentence(TextBlocks.Block b) {
        return b.text().length() >= 40 && b.linkDensity() < 0.2 && TextMeasure.endsSentence(b.text());
    }

    /**
     * The element that holds most of the page's sentences, when the best-scored container holds few of them
     * and lies outside it: a box that won on its name or its commas (a deals box, a panel) has not beaten
     * the report, which is where the sentences are. {@code null} when the scores already agree.
     */
    private static Element sentenceHolder(Element body, Element best, Map<Element, Tally> tallies) {
        Tally page = tallies.get(body);
        Tally chosen = tallies.get(best);
        if (page == null || chosen == null || page.sentenceChars < 400 || chosen.sentenceChars >= page.sentenceChars * 0.3) {
            return null;
        }
        Element holder = null;
        int holderChars = Integer.MAX_VALUE;
        for (Map.Entry<Element, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            if (e.getKey() != body && t.sentenceChars >= page.sentenceChars * 0.6 && t.chars < holderChars
                    && t.linkChars < t.chars * 0.3) {
                holder = e.getKey();
                holderChars = t.chars;
            }
        }
        return holder == null || isAncestor(holder, best) || isAncestor(best, holder) ? null : holder;
    }

    /**
     * Some sites cut the body into several containers of the same kind, separated by ads or rails in
     * different parents; the containers that share the best one's tag and class belong to it too.
     */
    private static void addSplitParts(Element body, Element best, Map<Element, Double> scores, List<Element> roots) {
        String cls = best.className();
        if (cls.isBlank()) {
            return;
        }
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element other = e.getKey();
            if (e.getValue() > 0 && other != best && other.normalName().equals(best.normalName())
                    && cls.equals(other.className()) && !roots.contains(other)
                    && !isAncestor(best, other) && !isAncestor(other, best)) {
                roots.add(other);
            }
        }
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static int tagWeight(Element e) {
        return switch (e.normalName()) {
            case "article" -> 10;
            case "main" -> 5;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    static String normaliseForCompare(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
