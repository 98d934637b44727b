package dev.storyline.web;

import dev.storyline.arc.StorylinePage;
import dev.storyline.story.StoryJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.Map;
import java.util.Optional;

/**
 * The storyline routes of {@link StoryServer}: the page at {@code /storyline/{id}} and its JSON at
 * {@code /api/storylines/{id}}, 404 for an unknown id (the server's own not-found page or JSON). The
 * server's security headers apply to them as to every route. Stateless.
 */
final class StorylineRoutes {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    private StorylineRoutes() {
    }

    static void page(Context ctx, StoryCatalog catalog, PageRenderer pages) {
        Optional<StorylinePage> page = catalog.storyline(ctx.pathParam("id"));
        if (page.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        ctx.contentType(HTML).result(pages.render("web/storyline.jte", Map.of("storyline", new StorylineView(page.get()))));
    }

    static void api(Context ctx, StoryCatalog catalog) {
        Optional<StorylinePage> page = catalog.storyline(ctx.pathParam("id"));
        if (page.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
            return;
        }
        ctx.contentType(JSON).result(StoryJson.write(page.get()));
    }
}
