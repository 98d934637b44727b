package dev.storyline.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one site's robots.txt that apply to one crawler, as RFC 9309 reads them: crawler-commons'
 * {@link SimpleRobotRulesParser} parses and matches (groups naming our product token, else {@code *}; longest
 * match, {@code Allow} winning a tie; {@code *} and {@code $}; percent-encoding). This adapter adds what the
 * fetcher needs around it: the 500 KiB parsing limit, {@code /robots.txt} always allowed, the crawl delay as a
 * {@link Duration}, and the rules for a robots.txt that is missing or could not be read. Immutable and safe to
 * share across threads.
 */
public final class RobotsTxt {

    /** Rules for a site without robots.txt (or one answering 4xx). */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    /** Rules for a site whose robots.txt could not be read (5xx, unreachable): stay away for this run. */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));

    /** RFC 9309 lets crawlers stop parsing after 500 KiB; the library reads whatever it is given. */
    static final int MAX_BYTES = 500 * 1024;
    /** The library reads only the path and query of the URL it is asked about; this host stands for any site. */
    private static final String ANY_SITE = "http://robots.invalid";

    private final BaseRobotRules rules;

    private RobotsTxt(BaseRobotRules rules) {
        this.rules = rules;
    }

    /** Parses robots.txt bytes (UTF-8; anything after 500 KiB is ignored) for the given product token. */
    public static RobotsTxt parse(byte[] content, String productToken) {
        byte[] read = content.length > MAX_BYTES ? Arrays.copyOf(content, MAX_BYTES) : content;
        // The library's default turns a crawl delay over five minutes into "disallow everything"; the fetcher
        // caps the delay it honours instead, so every delay is let through.
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        return new RobotsTxt(parser.parseContent(ANY_SITE + "/robots.txt", read, "text/plain",
                List.of(productToken.toLowerCase(Locale.ROOT))));
    }

    /** Parses robots.txt text for the given product token (such as {@code Storyline}). */
    public static RobotsTxt parse(String text, String productToken) {
        return parse(text.getBytes(StandardCharsets.UTF_8), productToken);
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
        // RFC 9309 2.2.2: /robots.txt is implicitly allowed, which the library's allow-none mode forgets.
        return path.equals("/robots.txt") || rules.isAllowed(ANY_SITE + path);
    }

    /** The {@code Crawl-delay} of the applicable group, if any (the first one when several name us). */
    public Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }
}
