package dev.storyline.web;

import dev.storyline.story.StoryJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's own pages: the Feeds page ({@code /feeds}), the same as JSON ({@code /api/feeds}),
 * {@code /health} and {@code /metrics} (Prometheus text). Reading needs no login; nothing here changes
 * anything. Every text from a feed is escaped by the template. Thread-safe.
 */
public final class FeedPages {

    private static final String JSON = "application/json; charset=utf-8";

    private final Operations operations;
    private final PageRenderer pages;

    FeedPages(Operations operations, PageRenderer pages) {
        this.operations = operations;
        this.pages = pages;
    }

    /** A feed as the page shows it, dates in words. */
    public record FeedRow(String title, String url, String href, String site, String siteHref, String lastFetch,
                          String nextFetch, int articlesLastDay, String lastError) {
    }

    void page(Context ctx) {
        List<FeedRow> rows = new ArrayList<>();
        for (Operations.FeedListing f : operations.feeds()) {
            rows.add(new FeedRow(f.title() == null ? f.url() : f.title(), f.url(), SafeLink.href(f.url()).orElse(null),
                    f.siteUrl(), SafeLink.href(f.siteUrl()).orElse(null), f.lastFetch() == null ? "never" : NewsDates.time(f.lastFetch()),
                    f.nextFetch() == null ? "" : NewsDates.time(f.nextFetch()), f.articlesLastDay(), f.lastError()));
        }
        ctx.contentType("text/html; charset=utf-8").result(pages.render("web/feeds.jte", Map.of("feeds", rows)));
    }

    void api(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feeds", operations.feeds());
        ctx.contentType(JSON).result(StoryJson.write(body));
    }

    void health(Context ctx) {
        boolean ok;
        try {
            ok = operations.healthy();
        } catch (RuntimeException e) {
            ok = false;
        }
        ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).contentType(JSON)
                .result(StoryJson.write(Map.of("status", ok ? "ok" : "failing")));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(operations.metrics());
    }
}
