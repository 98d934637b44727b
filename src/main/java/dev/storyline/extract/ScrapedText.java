package dev.storyline.extract;

import dev.storyline.ingest.DateText;
import dev.storyline.ingest.PublicationDate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the text of a news page as it was copied or scraped: one paragraph per line (or per blank-line
 * separated block), mixed with the page's furniture. It drops captions and photo credits, tag and
 * "Related" lists, comment prompts, share and subscribe lines, bare content ids, repeated headline lines,
 * site names and footers; it takes an "Author: ..." or "By ..." line as the byline, a "Published: ..."
 * line or a bare dateline as the publication time, and a headline-like first line as the title when the
 * source gave none. Every other line, which is to say the report, is kept. Stateless and thread-safe.
 */
final class ScrapedText {

    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "^(?i:author|written by|by|reporter|reported by)\\s*[:\\-]?\\s+(\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})*)\\s*(?:[,|\\-–—]\\s*.{0,60})?$");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^(?:first\\s+)?(?:published|posted|publication date|date)\\s*(?:on|at)?\\s*:?\\s*(.{4,80})$");
    private static final Pattern UPDATED_LINE = Pattern.compile(
            "(?i)^(?:last\\s+)?(?:updated|modified)\\s*(?:on|at)?\\s*:?\\s*(.{3,80})$");
    private static final Pattern TIME_ONLY = Pattern.compile(
            "(?i)^(?:\\w+\\s+){0,3}\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]m)?\\s*(?:[A-Z]{2,4})?$");
    /** Photo captions and credits: "Photo: ...", "... (AP Photo/Name)", "REUTERS/Name", "... / Getty Images". */
    private static final Pattern CAPTION = Pattern.compile("(?i)"
            + "^(?:photo|image|picture|pictured|photograph|caption|video|file photo|credit|source)\\s*(?:credit)?\\s*[:|].*"
            + "|.*\\((?:[^()]*\\b(?:photo|photograph|image|picture)s?\\b[^()]*|[^()]*/\\s*(?:getty images|reuters|afp|ap|epa))\\)\\W*"
            + "|\\(?(?:ap|afp|reuters|epa|getty images)?\\s*photo(?:/| by ).{0,80}"
            + "|(?:reuters|ap|afp|epa|getty images|xinhua|anadolu|dpa)\\s*/\\s*[\\p{L} .'\\-]{2,60}"
            + "|.{0,120}(?:getty images|/ ?reuters|/ ?afp|/ ?ap|/ ?epa|shutterstock)\\)?\\W*");
    private static final Pattern CONTENT_ID = Pattern.compile(
            "^(?:[#\\w.\\-]*?)?(?:[0-9a-f]{16,}|[A-Za-z0-9_\\-]*\\d[A-Za-z0-9_\\-]{11,}|\\d{5,}|[\\w\\-]+_[\\w\\-]*\\d+)$");
    private static final Pattern FOOTER_LINE = Pattern.compile(
            "(?i)^(?:terms of (?:use|service)|privacy policy|contact us|about us|site map|sitemap|advertise with us"
                    + "|powered by\\b.*|this (?:article|story) (?:was|has been) (?:originally )?(?:published|corrected|updated)\\b.{0,80}"
                    + "|\\d+ (?:shares|views|likes)|loading\\W*|(?:previous|next)(?:(?: post| page| story| article)\\b.{0,80}|\\s*:.{0,80})"
                    + "|(?:add|post|view|read|show)(?: your| all| the)? comments?\\b.*|comments? \\(\\d+\\)"
                    + "|(?:related|more)(?: articles| stories| news| links| coverage)?\\s*:?"
                    + "|(?:tags|keywords|topics|categories|filed under)\\s*:.*)\\W*$");
    /** A line that is only a site's address: "www.example.com", "Example.co.uk". */
    private static final Pattern SITE_NAME = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|info|news|co|uk|de|fr|it|es|br|in|au|ca|us|io|tv)/?$");
    private static final Pattern HEADLINE_END = Pattern.compile(".*[.;,。，；、]\"?$");

    /** What reading a scraped text gives. */
    record Result(String title, String text, String author, PublicationDate published, String siteName,
                  Map<String, String> provenance) {
    }

    private ScrapedText() {
    }

    /**
     * Reads a scraped text.
     *
     * @param raw       the decoded text
     * @param titleHint the title the source gave, or {@code null}
     * @param publisher the publisher's name when known, so that a line naming only the site can go
     * @param zone      the zone to read times without one in, or {@code null} for UTC
     */
    static Result read(String raw, String titleHint, String publisher, ZoneId zone) {
        List<String> lines = paragraphs(raw);
        Map<String, String> provenance = new HashMap<>();
        String title = titleHint;
        String author = null;
        PublicationDate published = null;
        PublicationDate updated = null;
        String normalisedTitle = MainContent.normaliseForCompare(titleHint);
        String normalisedPublisher = MainContent.normaliseForCompare(publisher);
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            counts.merge(l, 1, Integer::sum);
        }
        List<String> kept = new ArrayList<>();
        String siteName = null;
        boolean inRelatedList = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = DateText.normalise(lines.get(i));
            String n = MainContent.normaliseForCompare(line);
            if (n.isEmpty()) {
                continue;
            }
            if (inRelatedList) {
                // A "Related" heading is followed by short headline links; the list ends at the first sentence.
                if (line.length() < 120 && !line.endsWith(".")) {
                    continue;
                }
                inRelatedList = false;
            }
            if (!normalisedTitle.isEmpty() && n.equals(normalisedTitle)) {
                continue;
            }
            if (!normalisedPublisher.isEmpty() && n.equals(normalisedPublisher)) {
                continue;
            }
            Matcher a = AUTHOR_LINE.matcher(line);
            if (line.length() <= 120 && a.matches()) {
                if (author == null) {
                    author = a.group(1).strip();
                    provenance.put("author", "text:author-line");
                }
                continue;
            }
            Matcher p = PUBLISHED_LINE.matcher(line);
            if (p.matches()) {
                Optional<PublicationDate> when = DateText.parse(p.group(1), zone);
                if (when.isPresent()) {
                    if (published == null) {
                        published = when.get();
                        provenance.put("published", "text:published-line");
                    }
                    continue;
                }
            }
            Matcher u = UPDATED_LINE.matcher(line);
            if (u.matches() && (DateText.parse(u.group(1)).isPresent() || TIME_ONLY.matcher(u.group(1)).matches()
                    || u.group(1).matches("(?i).*\\d{1,2}:\\d{2}.*"))) {
                if (updated == null) {
                    updated = DateText.parse(u.group(1), zone).orElse(null);
                }
                continue;
            }
            if (isDateline(line)) {
                if (published == null) {
                    published = DateText.parse(line, zone).orElseThrow();
                    provenance.put("published", "text:dateline");
                }
                continue;
            }
            if (line.matches("(?i)^(?:related|more|see also|read more|also read|recommended)(?: articles| stories| news| links| coverage| content)?\\s*:?$")) {
                inRelatedList = true;
                continue;
            }
            if (siteName == null && Furniture.isFurnitureLine(line) && Publishers.fromCopyright(line) != null) {
                siteName = Publishers.fromCopyright(line);
                provenance.put("publisher", "text:copyright-line");
                continue;
            }
            if (Furniture.isFurnitureLine(line) || FOOTER_LINE.matcher(line).matches()
                    || line.length() <= 300 && CAPTION.matcher(line).matches()
                    || !line.contains(" ") && (CONTENT_ID.matcher(line).matches() || SITE_NAME.matcher(line).matches())) {
                continue;
            }
            if (kept.isEmpty() && siteName == null && looksLikeSiteName(line)
                    && (title != null || nextLooksLikeHeadline(lines, i))) {
                siteName = line.strip();
                provenance.put("publisher", "text:site-line");
                continue;
            }
            if (kept.isEmpty() && title == null && looksLikeHeadline(line)) {
                title = lines.get(i);
                normalisedTitle = n;
                provenance.put("title", "text:first-line");
                continue;
            }
            if (counts.getOrDefault(lines.get(i), 0) > 1 && line.length() < 120 && kept.contains(lines.get(i))) {
                continue;
            }
            kept.add(lines.get(i));
        }
        // A site line at the foot of the page ("The Baltic Ledger") names the publisher, not the report.
        if (siteName == null && kept.size() >= 2) {
            String last = DateText.normalise(kept.get(kept.size() - 1)).strip();
            if (looksLikeSiteName(last) && namesAPublication(last) && !last.equals(author)) {
                siteName = last;
                provenance.put("publisher", "text:site-line");
                kept.remove(kept.size() - 1);
            }
        }
        if (published == null && updated != null) {
            published = updated;
            provenance.put("published", "text:updated-line");
        }
        return new Result(title, String.join("\n\n", kept), author, published, siteName, provenance);
    }

    /** A line that is only a date (and maybe a time): "14 June 2013", "Monday, March 11, 2013 23: 51". */
    static boolean isDateline(String line) {
        if (line.length() > 80 || DateText.parse(line).isEmpty()) {
            return false;
        }
        String rest = line.replaceAll("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
                + "|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\b|\\d+(?:st|nd|rd|th)?"
                + "|\\b(?:am|pm|a\\.m\\.|p\\.m\\.|[A-Z]{2,4}|at|on|last|updated|published|posted)\\b|[\\s,:./|\\-–—()]+", "");
        return rest.length() <= 3;
    }

    /**
     * A line that only names the site ("Island Post", "The Baltic Ledger"): one to four capitalised words,
     * no digits, no sentence punctuation.
     */
    static boolean looksLikeSiteName(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length > 4 || line.matches(".*[\\d.,;:!?\"“”].*")) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !w.equals("&") && !w.equals("of") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PUBLICATION_WORDS = Set.of("news", "times", "post", "herald", "daily", "journal",
            "tribune", "gazette", "observer", "express", "telegraph", "chronicle", "review", "weekly", "press", "radio",
            "tv", "online", "today", "magazine", "media", "star", "sun", "mail", "standard", "independent", "guardian",
            "courier", "record", "register", "bulletin", "monitor", "globe", "nation", "ledger", "sentinel", "zeitung",
            "diario", "gazeta", "noticias", "nachrichten", "journaal", "tidende", "posten", "avisen", "shimbun", "ilbo");

    /** Whether a name is the kind a newspaper, station or site goes by ("The Baltic Ledger", "Radio Kefalonia"). */
    private static boolean namesAPublication(String line) {
        for (String w : line.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (PUBLICATION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextLooksLikeHeadline(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = DateText.normalise(lines.get(j)).strip();
            if (!next.isEmpty()) {
                return next.length() > lines.get(i).strip().length() && looksLikeHeadline(next)
                        && next.split("\\s+").length > 4;
            }
        }
        return false;
    }

    static boolean looksLikeHeadline(String line) {
        int words = TextMeasure.words(line);
        if (line.length() > 200 || words > 25 || HEADLINE_END.matcher(line).matches() || line.contains("...")) {
            return false;
        }
        // "Is this the end?" is a headline; "It's about time, right?" is the report speaking.
        boolean exclaims = line.endsWith("?") || line.endsWith("!") || line.endsWith("？") || line.endsWith("！");
        return !exclaims || !line.contains(",") && words <= 12;
    }

    /** Lines of a text as paragraphs, joining hard-wrapped lines inside blank-line separated blocks. */
    static List<String> paragraphs(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String[] lines = block.split("\\n");
            int wrapped = 0;
            for (String l : lines) {
                String s = l.strip();
                if (s.length() >= 50 && !s.matches(".*[.!?:\"”’)]$")) {
                    wrapped++;
                }
            }
            if (lines.length > 2 && wrapped >= (lines.length - 1) / 2 + 1) {
                out.add(Draft.clean(block));
            } else {
                for (String l : lines) {
                    String s = Draft.clean(l);
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
