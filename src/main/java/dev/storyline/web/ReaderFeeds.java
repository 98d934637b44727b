package dev.storyline.web;

import dev.storyline.story.StoryPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The feeds a reader app subscribes to besides Top Headlines: one Atom feed per category
 * ({@code /feeds/category/{name}.atom}, the stories the catalog files under that category, in Top
 * Headlines order) and the followed feeds as OPML ({@code /feeds.opml}), both at addresses that stay the
 * same. A category with no story yet gets an empty feed, so a subscription made early keeps working.
 * Thread-safe.
 */
final class ReaderFeeds {

    /** The category names a feed may have: lower-case words joined by hyphens. */
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_CATEGORY_LENGTH = 40;
    private static final String SUFFIX = ".atom";

    private final StoryCatalog catalog;
    private final Operations operations;
    private final Supplier<String> baseUrl;

    ReaderFeeds(StoryCatalog catalog, Operations operations, Supplier<String> baseUrl) {
        this.catalog = catalog;
        this.operations = operations;
        this.baseUrl = baseUrl;
    }

    /** The path of a category's feed. */
    static String categoryFeedPath(String category) {
        return "/feeds/category/" + category + SUFFIX;
    }

    void category(Context ctx) {
        String file = ctx.pathParam("file").toLowerCase(Locale.ROOT);
        String name = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : "";
        if (name.length() > MAX_CATEGORY_LENGTH || !CATEGORY.matcher(name).matches()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        List<StoryPage> stories = catalog.topStories().stream()
                .filter(p -> name.equalsIgnoreCase(catalog.categoryOf(p)))
                .limit(Paging.MAX_LIMIT)
                .toList();
        String title = "Storyline: " + Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        ctx.contentType("application/atom+xml; charset=utf-8")
                .result(AtomFeed.of(title, categoryFeedPath(name), "/?category=" + name, stories, baseUrl.get(), Instant.now()));
    }

    void opml(Context ctx) {
        Optional<String> opml = operations == null ? Optional.empty() : operations.opml();
        if (opml.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        ctx.header("Content-Disposition", "inline; filename=\"storyline-feeds.opml\"")
                .contentType("text/x-opml; charset=utf-8").result(opml.get());
    }
}
