package dev.storyline.ingest.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one site's robots.txt that apply to one crawler, following RFC 9309: the groups whose
 * {@code User-agent} names our product token (case-insensitively) are merged; when none does, the
 * {@code *} groups are used; when there is neither, everything is allowed. A path is decided by the
 * longest matching {@code Allow} or {@code Disallow} pattern, {@code Allow} winning a tie; patterns support
 * {@code *} (any run of characters) and a trailing {@code $} (end of the path). {@code /robots.txt} itself
 * is always allowed. Immutable and safe to share across threads.
 */
public final class RobotsTxt {

    /** Rules for a site without robots.txt (or one answering 4xx). */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);
    /** Rules for a site whose robots.txt could not be read (5xx, unreachable): stay away for this run. */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")), null);

    /** RFC 9309 lets crawlers stop parsing after 500 KiB. */
    static final int MAX_BYTES = 500 * 1024;

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    private record Rule(boolean allow, String pattern) {
    }

    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        Duration crawlDelay;
        boolean closed;
    }

    /** Parses robots.txt bytes (UTF-8; anything after 500 KiB is ignored) for the given product token. */
    public static RobotsTxt parse(byte[] content, String productToken) {
        int length = Math.min(content.length, MAX_BYTES);
        return parse(new String(content, 0, length, StandardCharsets.UTF_8), productToken);
    }

    /** Parses robots.txt text for the given product token (such as {@code Storyline}). */
    public static RobotsTxt parse(String text, String productToken) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        // A UTF-8 byte-order mark would otherwise glue itself to the first key and hide the first group.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String rawLine : body.split("\r\n|\r|\n")) {
            String line = rawLine;
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent", "useragent", "user agent" -> {
                    // A user-agent line after rules starts a new group; consecutive ones share a group.
                    if (current == null || current.closed) {
                        current = new Group();
                        groups.add(current);
                    }
                    current.agents.add(value);
                }
                case "allow", "disallow" -> {
                    if (current == null) {
                        continue; // rules before any user-agent line belong to nobody
                    }
                    current.closed = true;
                    if (!value.isEmpty()) {
                        current.rules.add(new Rule(key.equals("allow"), normalisePattern(value)));
                    }
                }
                case "crawl-delay" -> {
                    if (current != null) {
                        current.closed = true;
                        current.crawlDelay = parseDelay(value);
                    }
                }
                default -> {
                    // sitemap and unknown keys neither belong to nor end a group
                }
            }
        }
        List<Group> chosen = groups.stream().filter(g -> g.agents.stream().anyMatch(a -> namesProduct(a, productToken)))
                .toList();
        if (chosen.isEmpty()) {
            chosen = groups.stream().filter(g -> g.agents.stream().anyMatch(a -> a.equals("*"))).toList();
        }
        List<Rule> rules = new ArrayList<>();
        Duration delay = null;
        for (Group g : chosen) {
            rules.addAll(g.rules);
            if (g.crawlDelay != null && (delay == null || g.crawlDelay.compareTo(delay) > 0)) {
                delay = g.crawlDelay;
            }
        }
        return new RobotsTxt(rules, delay);
    }

    /** Whether the URL's path (with its query) may be fetched. */
    public boolean allows(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path = path + "?" + uri.getRawQuery();
        }
        return allows(path);
    }

    /** Whether a path such as {@code /news/2025?page=2} may be fetched. */
    public boolean allows(String path) {
        path = canonicalEscapes(path);
        if (path.equals("/robots.txt")) {
            return true;
        }
        int bestLength = -1;
        boolean bestAllow = true;
        for (Rule rule : rules) {
            if (matches(rule.pattern, path)) {
                int length = rule.pattern.length();
                if (length > bestLength || (length == bestLength && rule.allow && !bestAllow)) {
                    bestLength = length;
                    bestAllow = rule.allow;
                }
            }
        }
        return bestAllow;
    }

    /** The {@code Crawl-delay} of the applicable groups, if any (the longest one when several). */
    public Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    /**
     * Whether a {@code User-agent} value names our product: the value's leading token (letters, digits,
     * {@code _} and {@code -}) equals the product token, ignoring case, so {@code Storyline/1.0} matches.
     */
    private static boolean namesProduct(String agentValue, String productToken) {
        int end = 0;
        while (end < agentValue.length()) {
            char c = agentValue.charAt(end);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                break;
            }
            end++;
        }
        return end > 0 && agentValue.substring(0, end).equalsIgnoreCase(productToken);
    }

    /**
     * Rule paths are compared in their percent-encoded form, as URLs arrive on the wire; escapes of
     * unreserved characters are undone and hex digits upper-cased on both sides, so {@code /%7Ejo} and
     * {@code /~jo} are the same path.
     */
    private static String normalisePattern(String value) {
        StringBuilder out = new StringBuilder();
        if (!value.startsWith("/") && !value.startsWith("*")) {
            out.append('/');
        }
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return canonicalEscapes(out.toString());
    }

    static String canonicalEscapes(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                int value = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(Character.toUpperCase(path.charAt(i + 1)))
                            .append(Character.toUpperCase(path.charAt(i + 2)));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static Duration parseDelay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            if (seconds < 0 || Double.isNaN(seconds)) {
                return null;
            }
            return Duration.ofMillis((long) (Math.min(seconds, 86_400) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Matches a pattern against the start of a path; {@code *} is any run, a final {@code $} ends the path. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        String[] pieces = body.split("\\*", -1);
        if (!path.startsWith(pieces[0])) {
            return false;
        }
        int position = pieces[0].length();
        if (pieces.length == 1) {
            return !anchored || position == path.length();
        }
        // Leftmost placement of the middle pieces leaves the most room for the ones after them.
        for (int i = 1; i < pieces.length - 1; i++) {
            int found = path.indexOf(pieces[i], position);
            if (found < 0) {
                return false;
            }
            position = found + pieces[i].length();
        }
        String last = pieces[pieces.length - 1];
        if (anchored) {
            return path.length() - last.length() >= position && path.endsWith(last);
        }
        return path.indexOf(last, position) >= 0;
    }
}
