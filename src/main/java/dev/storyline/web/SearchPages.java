package dev.storyline.web;

import dev.storyline.search.StorySearch;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Search as the reader sees it: the page {@code /search?q=} with results as story cards, the same as
 * JSON at {@code /api/search?q=} and as an Atom feed at {@code /search.atom?q=} (each with an optional
 * {@code publisher=}, and {@code page} and {@code limit} as the lists take them). Without an index the
 * routes answer 503. Every text from an article is escaped by the template or the JSON and XML writers.
 * Thread-safe.
 */
final class SearchPages {

    private static final String JSON = "application/json; charset=utf-8";

    private final StorySearch search;
    private final PageRenderer pages;
    private final Supplier<String> baseUrl;

    SearchPages(StorySearch search, PageRenderer pages, Supplier<String> baseUrl) {
        this.search = search;
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    /** A query as asked, with the page of results it got. */
    private record Asked(String query, String publisher, Paging paging, StorySearch.Results results) {
        /** The list's path with this query, for paging links and the feed: {@code /search?q=...&publisher=...}. */
        String path(String route) {
            return route + "?q=" + encode(query) + (publisher == null ? "" : "&publisher=" + encode(publisher));
        }
    }

    void page(Context ctx) {
        String q = text(ctx.queryParam("q"));
        String publisher = publisher(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("query", q);
        params.put("publisher", publisher);
        params.put("stories", List.of());
        if (search == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            params.put("problem", "Search is not available on this server.");
        } else if (!q.isBlank() || publisher != null) {
            Asked asked = ask(ctx, q, publisher);
            long total = asked.results().total();
            params.put("stories", asked.results().stories().stream().map(StoryView::new).toList());
            params.put("summary", (asked.results().exact() ? "" : "More than ") + (total == 1 ? "1 story" : total + " stories") + " found"
                    + (asked.paging().pages() > 1 ? " · page " + asked.paging().page() + " of " + asked.paging().pages() : ""));
            params.put("feed", asked.path("/search.atom"));
            params.put("previous", asked.paging().previous(asked.path("/search")));
            params.put("next", asked.paging().next(asked.path("/search")));
        }
        ctx.contentType("text/html; charset=utf-8").result(pages.render("web/search.jte", params));
    }

    void api(Context ctx) {
        String q = text(ctx.queryParam("q"));
        String publisher = publisher(ctx);
        if (search == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(JSON).result(StoryJson.write(Map.of("error", "search is not available on this server")));
            return;
        }
        if (q.isBlank() && publisher == null) {
            throw new Paging.BadRequest("give the words to search for as q (or a publisher)");
        }
        Asked asked = ask(ctx, q, publisher);
        ctx.header("Link", asked.paging().linkHeader(asked.path("/api/search")));
        ctx.header("X-Total-Count", Long.toString(asked.results().total()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("publisher", publisher);
        body.put("total", asked.results().total());
        body.put("totalExact", asked.results().exact());
        body.put("stories", asked.results().stories());
        ctx.contentType(JSON).result(StoryJson.write(body));
    }

    void feed(Context ctx) {
        String q = text(ctx.queryParam("q"));
        String publisher = publisher(ctx);
        if (search == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain; charset=utf-8").result("Search is not available on this server.");
            return;
        }
        if (q.isBlank() && publisher == null) {
            throw new Paging.BadRequest("give the words to search for as q (or a publisher)");
        }
        Asked asked = ask(ctx, q, publisher);
        String title = "Storyline: " + (q.isBlank() ? "" : "“" + q + "”") + (publisher == null ? "" : (q.isBlank() ? "" : " ") + "from " + publisher);
        List<StoryPage> stories = asked.results().stories();
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(AtomFeed.of(title, asked.path("/search.atom"), asked.path("/search"), stories, baseUrl.get(), Instant.now()));
    }

    private Asked ask(Context ctx, String q, String publisher) {
        Paging wanted = Paging.of(ctx.queryParam("page"), ctx.queryParam("limit"), 0);
        int offset = (wanted.page() - 1) * wanted.limit();
        StorySearch.Results results = search.search(q, publisher, offset, wanted.limit());
        return new Asked(q, publisher, new Paging(wanted.page(), wanted.limit(), (int) Math.min(Integer.MAX_VALUE, results.total())), results);
    }

    private static String publisher(Context ctx) {
        String p = text(ctx.queryParam("publisher"));
        return p.isBlank() ? null : p;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
