package dev.storyline.web;

import dev.storyline.category.Category;
import dev.storyline.rank.TopHeadlines;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The reader's side of the site: Top Headlines at {@code /} with a tab per category ({@code ?category=}),
 * the same list as JSON at {@code /api/stories}, a page per publisher ({@code /publisher/{name}}: its
 * stories), and the reader's mutes ({@code /settings}: publishers and words hidden from the front page,
 * kept in a cookie, set by plain forms that need no script). Thread-safe: it keeps nothing between
 * requests.
 */
final class ReaderPages {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    /** A year: mutes outlive the session, as a reader expects of a setting. */
    private static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private final StoryCatalog catalog;
    private final PageRenderer pages;

    ReaderPages(StoryCatalog catalog, PageRenderer pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    /** {@code /}: the front page of the reader's category, without what they muted. */
    void home(Context ctx) {
        Optional<Category> category = category(ctx);
        ReaderMutes mutes = mutes(ctx);
        List<StoryPage> ranked = catalog.topStories();
        List<StoryPage> front = category.isEmpty() && mutes.isEmpty() ? TopHeadlines.frontPage(ranked)
                : TopHeadlines.frontPage(ranked, inCategory(category).and(mutes.shown()));
        String listPath = category.map(c -> "/?category=" + slug(c)).orElse("/");
        Paging paging = StoryServer.paging(ctx, front.size(), listPath);
        Map<String, Object> params = new HashMap<>();
        params.put("stories", paging.of(front).stream().map(StoryView::new).toList());
        params.put("tabs", tabs(category));
        params.put("title", category.map(Category::label).orElse("Top Headlines"));
        params.put("muted", mutes.isEmpty() ? null : mutedLine(mutes));
        params.put("previous", paging.previous(listPath));
        params.put("next", paging.next(listPath));
        params.put("pageLine", paging.pages() > 1 ? "Page " + paging.page() + " of " + paging.pages() : null);
        html(ctx, "web/home.jte", params);
    }

    /** {@code /api/stories}: every story in Top Headlines order, or one category's with {@code ?category=}. */
    void apiStories(Context ctx) {
        Optional<Category> category = category(ctx);
        List<StoryPage> all = catalog.topStories();
        List<StoryPage> chosen = category.isEmpty() ? all : all.stream().filter(inCategory(category)).toList();
        String listPath = category.map(c -> "/api/stories?category=" + slug(c)).orElse("/api/stories");
        ctx.contentType(JSON).result(StoryJson.stories(StoryServer.paging(ctx, chosen.size(), listPath).of(chosen)));
    }

    /** {@code /publisher/{name}}: the stories this publisher reported, in Top Headlines order. */
    void publisher(Context ctx) {
        String name = ctx.pathParam("name").strip();
        List<StoryPage> theirs = catalog.topStories().stream().filter(p -> reportedBy(p, name)).toList();
        if (theirs.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            html(ctx, "web/error.jte", Map.of("status", 404, "message", "No stories from this publisher"));
            return;
        }
        String shown = theirs.get(0).sources().stream().map(StoryPage.Source::publisher)
                .filter(p -> p != null && p.strip().equalsIgnoreCase(name)).findFirst().map(String::strip).orElse(name);
        String listPath = StoryView.publisherPath(shown);
        Paging paging = StoryServer.paging(ctx, theirs.size(), listPath);
        Map<String, Object> params = new HashMap<>();
        params.put("publisher", shown);
        params.put("stories", paging.of(theirs).stream().map(StoryView::new).toList());
        params.put("count", theirs.size() == 1 ? "1 story" : theirs.size() + " stories");
        params.put("muted", mutes(ctx).publishers().stream().anyMatch(shown::equalsIgnoreCase));
        params.put("previous", paging.previous(listPath));
        params.put("next", paging.next(listPath));
        html(ctx, "web/publisher.jte", params);
    }

    /** {@code GET /settings}: the form of the reader's mutes. */
    void settings(Context ctx) {
        ReaderMutes mutes = mutes(ctx);
        Map<String, Object> params = new HashMap<>();
        params.put("publishers", String.join("\n", mutes.publishers()));
        params.put("words", String.join("\n", mutes.words()));
        params.put("saved", ctx.queryParam("saved") != null);
        html(ctx, "web/settings.jte", params);
    }

    /** {@code POST /settings}: replaces the mutes with the form's, one entry a line. */
    void saveSettings(Context ctx) {
        if (crossSite(ctx)) {
            return;
        }
        keep(ctx, ReaderMutes.fromLines(ctx.formParam("publishers"), ctx.formParam("words")));
        ctx.redirect("/settings?saved", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /settings/hide}: adds one publisher to the mutes, then back to the front page. */
    void hidePublisher(Context ctx) {
        if (crossSite(ctx)) {
            return;
        }
        String name = ctx.formParam("publisher");
        if (name == null || name.isBlank()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            html(ctx, "web/error.jte", Map.of("status", 400, "message", "Which publisher? The form names none"));
            return;
        }
        keep(ctx, mutes(ctx).withPublisher(name));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /**
     * Refuses a form sent from another site: mutes are harmless, but another site should not be able to
     * change what a reader sees here.
     */
    private boolean crossSite(Context ctx) {
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            ctx.status(HttpStatus.FORBIDDEN);
            html(ctx, "web/error.jte", Map.of("status", 403, "message", "Settings can only be changed from this site"));
            return true;
        }
        return false;
    }

    private static void keep(Context ctx, ReaderMutes mutes) {
        String value = mutes.toCookie();
        // HttpOnly: no script reads it (the site has none); Lax: not sent with another site's form posts
        ctx.res().addHeader("Set-Cookie", ReaderMutes.COOKIE + "=" + value + "; Path=/; Max-Age="
                + (value.isEmpty() ? 0 : COOKIE_SECONDS) + "; SameSite=Lax; HttpOnly");
    }

    static ReaderMutes mutes(Context ctx) {
        return ReaderMutes.fromCookie(ctx.cookie(ReaderMutes.COOKIE));
    }

    /** The {@code ?category=} asked for; a name that is no category is a bad request. */
    static Optional<Category> category(Context ctx) {
        String asked = ctx.queryParam("category");
        if (asked == null || asked.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Category.named(asked).orElseThrow(() -> new Paging.BadRequest(
                "category must be one of " + String.join(", ", java.util.Arrays.stream(Category.values()).map(ReaderPages::slug).toList()))));
    }

    private static Predicate<StoryPage> inCategory(Optional<Category> category) {
        return category.<Predicate<StoryPage>>map(c -> p -> c.label().equals(p.category())).orElse(p -> true);
    }

    static String slug(Category c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    private static List<CategoryTab> tabs(Optional<Category> current) {
        List<CategoryTab> tabs = new ArrayList<>();
        tabs.add(new CategoryTab("Top Headlines", "/", current.isEmpty()));
        for (Category c : Category.values()) {
            tabs.add(new CategoryTab(c.label(), "/?category=" + URLEncoder.encode(slug(c), StandardCharsets.UTF_8),
                    current.map(c::equals).orElse(false)));
        }
        return tabs;
    }

    private static String mutedLine(ReaderMutes mutes) {
        int n = mutes.publishers().size() + mutes.words().size();
        return "Hiding stories by your " + n + (n == 1 ? " mute" : " mutes") + ".";
    }

    private static boolean reportedBy(StoryPage page, String name) {
        for (StoryPage.Source s : page.sources()) {
            if (s.publisher() != null && s.publisher().strip().equalsIgnoreCase(name)
                    || s.alsoPublishedBy().stream().anyMatch(p -> p.strip().equalsIgnoreCase(name))) {
                return true;
            }
        }
        return false;
    }

    private void html(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType(HTML).result(pages.render(template, params));
    }
}
