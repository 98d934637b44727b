package dev.storyline.web;

import dev.storyline.story.StoryJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service's own pages: the Feeds page ({@code /feeds}), the same as JSON ({@code /api/feeds}),
 * {@code /health} and {@code /metrics} (Prometheus text). Reading needs no login; adding and removing a
 * feed needs the admin token. Every text from a feed is escaped by the template. Thread-safe.
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

    /** {@code POST /feeds} (the page's form) or {@code POST /api/feeds}, with {@code url}: follow a feed. */
    void add(Context ctx) {
        if (!admitted(ctx)) {
            return;
        }
        String url = ctx.formParam("url");
        Optional<String> problem = url == null || url.isBlank() ? Optional.of("give the feed's address as url")
                : operations.follow(url.strip());
        if (isApi(ctx)) {
            ctx.status(problem.isEmpty() ? HttpStatus.CREATED : HttpStatus.BAD_REQUEST).contentType(JSON)
                    .result(StoryJson.write(problem.isEmpty() ? Map.of("followed", url.strip()) : Map.of("error", problem.get())));
        } else if (problem.isPresent()) {
            error(ctx, HttpStatus.BAD_REQUEST, "Not followed: " + problem.get());
        } else {
            ctx.redirect("/feeds", HttpStatus.SEE_OTHER);
        }
    }

    /** {@code POST /feeds/remove} with {@code feed}, or {@code DELETE /api/feeds/{id}}: stop following a feed. */
    void remove(Context ctx) {
        if (!admitted(ctx)) {
            return;
        }
        String feed = ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id") : ctx.formParam("feed");
        boolean removed = feed != null && !feed.isBlank() && operations.unfollow(feed.strip());
        if (isApi(ctx)) {
            ctx.status(removed ? HttpStatus.NO_CONTENT : HttpStatus.NOT_FOUND);
            if (!removed) {
                ctx.contentType(JSON).result(StoryJson.write(Map.of("error", "no followed feed has this id or address")));
            }
        } else if (!removed) {
            error(ctx, HttpStatus.NOT_FOUND, "No followed feed has this id or address");
        } else {
            ctx.redirect("/feeds", HttpStatus.SEE_OTHER);
        }
    }

    /** Whether the request carries the admin token ({@code Authorization: Bearer} or the form's {@code token}); else answers 401. */
    private boolean admitted(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7) : ctx.formParam("token");
        if (operations.admits(token)) {
            return true;
        }
        if (isApi(ctx)) {
            ctx.status(HttpStatus.UNAUTHORIZED).contentType(JSON).result(StoryJson.write(Map.of("error", "the admin token is needed")));
        } else {
            error(ctx, HttpStatus.UNAUTHORIZED, "The admin token is needed to change the feeds");
        }
        return false;
    }

    private void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(pages.render("web/error.jte", Map.of("status", status.getCode(), "message", message)));
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(operations.metrics());
    }
}
