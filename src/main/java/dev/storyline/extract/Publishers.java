package dev.storyline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a reader knows a publisher by, from what a page or its address gives: a bundled table of the
 * best-known news publishers' domains ({@code publishers.tsv}), the name in a copyright line at the foot of
 * a page ("© 2026 The Coast Times"), else a name made readable from the domain ("coast-times.co.uk" is
 * "Coast Times"). Also cleans a feed title of its section ("NYT > World" is "NYT"). Thread-safe.
 */
final class Publishers {

    private static final Map<String, String> KNOWN = load();
    /** Second-level labels under which a country's sites register: "co.uk", "com.au", "or.jp". */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "or", "ne",
            "go", "gob", "edu", "nic", "info", "gv", "biz", "web");
    /** Host labels that name a part of a site, not the site: "www", "m", "edition", "news". */
    private static final Set<String> SUBDOMAINS = Set.of("www", "www1", "www2", "m", "mobile", "amp", "edition",
            "news", "en", "english", "de", "fr", "es", "int", "uk", "us", "eu", "beta", "web", "home");
    private static final Pattern COPYRIGHT_NAME = Pattern.compile(
            "(?iu)(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?\\s*,?\\s*)?"
                    + "(\\p{Lu}[\\p{L}\\p{N}&'.\\- ]{1,60}?)\\s*(?:[.,|]|\\ball rights\\b|\\btodos\\b|\\btous\\b|$)");
    private static final Pattern FEED_SECTION = Pattern.compile("\\s+(?:[|>»:\\-–—·]{1,2})\\s+");

    private Publishers() {
    }

    /** A site's name without the tagline or section list sites add: "Remember 80/90 - Memorabilia" is "Remember 80/90". */
    static String withoutTagline(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String[] parts = TAGLINE.split(Draft.clean(name), 2);
        return parts[0].isBlank() ? name : parts[0].strip();
    }

    private static final Pattern TAGLINE = Pattern.compile("\\s+[|\\-–—·•:]\\s+");

    /** The table's name for a host (or a parent domain of it), or {@code null}. */
    static String known(String host) {
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            String name = KNOWN.get(h);
            if (name != null) {
                return name;
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return null;
            }
            h = h.substring(dot + 1);
        }
    }

    /** A readable name from a host: "coast-times.co.uk" is "Coast Times", "kbs.co.kr" is "KBS". */
    static String fromHost(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2 || host.matches("[\\d.:]+")) {
            return null;
        }
        int site = labels.length - 2;
        if (site > 0 && SECOND_LEVEL.contains(labels[site]) && labels[labels.length - 1].length() == 2) {
            site--;
        }
        while (site > 0 && SUBDOMAINS.contains(labels[site])) {
            site--;
        }
        String label = labels[site];
        if (label.length() <= 4 && label.matches("[a-z]+")) {
            return label.toUpperCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        for (String word : label.split("[-_]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The publisher named by a copyright line ("© 2026 The Coast Times. All rights reserved."), or {@code null}. */
    static String fromCopyright(String line) {
        if (line == null || line.length() > 200) {
            return null;
        }
        Matcher m = COPYRIGHT_NAME.matcher(line);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip().replaceAll("[\\s.\\-]+$", "");
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.length() < 2 || TextMeasure.words(name) > 6 || lower.startsWith("all rights")
                || lower.matches("(?:by|the|photo|image|getty|reuters|ap|afp|epa).*") && !lower.startsWith("the ")) {
            return null;
        }
        return name;
    }

    /**
     * A feed's title as a publisher's name: its section label dropped ("BBC News - World" is "BBC News",
     * "World news | The Guardian" is "The Guardian" when the site is known by that name).
     */
    static String fromFeedTitle(String title, String host) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = Draft.clean(title);
        String[] parts = FEED_SECTION.split(t);
        if (parts.length < 2) {
            return t;
        }
        String byHost = host == null ? null : MainContent.normaliseForCompare(
                known(host) != null ? known(host) : fromHost(host));
        for (String p : parts) {
            String n = MainContent.normaliseForCompare(p);
            if (byHost != null && !n.isEmpty() && (n.equals(byHost) || byHost.contains(n) || n.contains(byHost))) {
                return p;
            }
        }
        return parts[0];
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Publishers.class.getResourceAsStream("publishers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("publishers.tsv is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
