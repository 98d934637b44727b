package dev.storyline.follow;

import dev.storyline.ingest.fetch.TestSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/** Feeds of the project's own test corpus, served from 127.0.0.1, and a port nothing listens on. */
public final class FeedFixtures {

    /** The polling bounds of the tests: every 1 minute to 1 hour, backoff up to a day, 10 % jitter. */
    public static final PollPolicy POLICY = new PollPolicy(java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1),
            java.time.Duration.ofDays(1), 0.1);

    private FeedFixtures() {
    }

    /** A corpus file's bytes. */
    public static byte[] corpus(String name) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/dev/storyline/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the corpus's two HTML pages and two of its text pages under /articles/. */
    public static void serveArticles(TestSite site) {
        site.page("/articles/quake-harbour-times.html", 200, "text/html; charset=utf-8", corpus("quake-harbour-times.html"));
        site.page("/articles/ports-freight-daily.html", 200, "text/html; charset=utf-8", corpus("ports-freight-daily.html"));
        site.page("/articles/quake-island-post.txt", 200, "text/plain; charset=utf-8", corpus("quake-island-post.txt"));
        site.page("/articles/ports-baltic-ledger.txt", 200, "text/plain; charset=utf-8", corpus("ports-baltic-ledger.txt"));
    }

    /** An RSS 2.0 feed whose items are teasers of the given article pages (paths under /articles/). */
    public static String rss(TestSite site, String title, String... articles) {
        StringBuilder items = new StringBuilder();
        int day = 1;
        for (String a : articles) {
            items.append("<item><title>").append(a).append("</title><link>").append(site.url("/articles/" + a))
                    .append("</link><guid>").append(site.url("/articles/" + a)).append("</guid>")
                    .append("<pubDate>Tue, 0").append(day++).append(" Dec 2026 08:00:00 GMT</pubDate>")
                    .append("<description>A short teaser.</description></item>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
                + "</title><link>" + site.url("/") + "</link><description>test</description>\n" + items
                + "</channel></rss>\n";
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A loopback port that nothing listens on (it was free a moment ago). */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
