package dev.storyline.follow;

import dev.storyline.ingest.feed.ContentKind;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.feed.MalformedFeedException;
import dev.storyline.ingest.feed.Opml;
import dev.storyline.ingest.fetch.FetchException;
import dev.storyline.ingest.fetch.FetchedResource;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.WebAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the feeds a user means when they name something to follow: a feed's address, a web page (whose
 * {@code <link rel="alternate">} names its feed), or an OPML list (a file or a URL) of feeds. A feed named
 * directly is fetched once, so that a typo is caught when it is added rather than weeks later.
 */
public final class FeedDiscovery {

    /** The media types a page's alternate link may declare for a feed. */
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/json", "application/rdf+xml", "application/xml", "text/xml");

    /** A feed to subscribe to, or why a candidate is not one. */
    public record Found(String url, String title, String siteUrl, String problem) {
        public boolean isFeed() {
            return problem == null;
        }
    }

    private final Fetcher fetcher;

    public FeedDiscovery(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The feeds {@code input} names: one for a feed or a page, every listed one for an OPML list. */
    public List<Found> resolve(String input) {
        String name = input.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return fromFile(name);
        }
        URI uri;
        try {
            uri = WebAddress.parse(name);
        } catch (URISyntaxException e) {
            return List.of(problem(name, "not a valid URL: " + e.getReason()));
        }
        FetchedResource resource;
        try {
            resource = fetcher.fetch(uri);
        } catch (FetchException e) {
            return List.of(problem(name, e.getMessage()));
        }
        ContentKind kind = ContentKind.of(resource.mediaType(), resource.body());
        if (kind.isFeed()) {
            return List.of(feed(name, resource, null));
        }
        if (kind == ContentKind.OPML) {
            return fromOpml(resource.body(), name);
        }
        if (kind == ContentKind.HTML) {
            return List.of(fromPage(resource));
        }
        return List.of(problem(name, "neither a feed, a web page nor an OPML list ("
                + (resource.mediaType().isEmpty() ? "no Content-Type" : resource.mediaType()) + ")"));
    }

    private List<Found> fromFile(String name) {
        Path path = Path.of(name);
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return List.of(problem(name, Files.exists(path) ? "cannot read: " + e.getMessage()
                    : "neither an http(s) URL nor an existing file"));
        }
        if (ContentKind.sniff(content) != ContentKind.OPML) {
            return List.of(problem(name, "a file to follow must be an OPML list of feeds"));
        }
        return fromOpml(content, name);
    }

    /** The list's http(s) feeds, taken as listed: fetching hundreds of them one by one would only delay the first poll. */
    private static List<Found> fromOpml(byte[] content, String name) {
        List<Opml.Subscription> listed;
        try {
            listed = Opml.subscriptions(content);
        } catch (MalformedFeedException e) {
            return List.of(problem(name, e.getMessage()));
        }
        if (listed.isEmpty()) {
            return List.of(problem(name, "the OPML list names no feeds (no outline with an xmlUrl)"));
        }
        List<Found> out = new ArrayList<>();
        for (Opml.Subscription s : listed) {
            String lower = s.xmlUrl().toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                out.add(new Found(s.xmlUrl(), s.title(), null, null));
            } else {
                out.add(problem(s.xmlUrl(), "listed in " + name + ": only http(s) feeds can be followed"));
            }
        }
        return out;
    }

    private Found fromPage(FetchedResource page) {
        Document html = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.location().toString());
        for (Element link : html.select("link[rel][href][type]")) {
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            String href = link.absUrl("href");
            if (alternate && FEED_TYPES.contains(type) && !href.isEmpty()) {
                try {
                    FetchedResource feed = fetcher.fetch(WebAddress.parse(href));
                    if (ContentKind.of(feed.mediaType(), feed.body()).isFeed()) {
                        return feed(href, feed, page.location().toString());
                    }
                } catch (FetchException | URISyntaxException e) {
                    return problem(page.requested().toString(), "the page names the feed " + href
                            + ", which could not be read: " + e.getMessage());
                }
            }
        }
        return problem(page.requested().toString(), "a web page that names no feed (no <link rel=\"alternate\"> to RSS, Atom or JSON Feed)");
    }

    private static Found feed(String url, FetchedResource resource, String siteUrl) {
        try {
            Feed feed = FeedParser.parse(resource.body(), resource.contentType(), resource.location());
            return new Found(url, feed.title(), siteUrl, null);
        } catch (MalformedFeedException e) {
            return problem(url, e.getMessage());
        }
    }

    private static Found problem(String url, String why) {
        return new Found(url, null, null, why);
    }
}
