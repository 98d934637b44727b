package dev.storyline.web;

import dev.storyline.search.StorySearch;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader-facing web server: Top Headlines at {@code /}, story pages at {@code /stories/{id}}, their
 * JSON at {@code /api/stories} and {@code /api/stories/{id}}, an Atom feed at {@code /feed.atom}, the
 * publisher pages and the reader's mutes ({@link ReaderPages}), search ({@link SearchPages}: {@code /search},
 * {@code /api/search}, {@code /search.atom}), per-category feeds and OPML ({@link ReaderFeeds}), the OpenAPI
 * document ({@link OpenApiDocument}), the Google Reader API for reader apps ({@link ReaderApi}), and, when
 * given {@link Operations}, the Feeds page ({@code /feeds}, {@code /api/feeds}), {@code /health} and {@code /metrics}.
 * Pages are rendered from precompiled jte templates with every text escaped; the server sets a strict
 * Content-Security-Policy (no scripts, styles only from {@code /static/}, no framing by other sites) and
 * needs no JavaScript. The lists ({@code /} and {@code /api/stories}) come a page at a time
 * ({@link Paging}), with {@code Link} headers to the other pages. Only GET and HEAD are served (and POST
 * where the Feeds operations and the reader API take it); any other method gets 405 with {@code Allow}. Absolute links (in the Atom feed) are built from the configured
 * public base URL, never from the request's {@code Host} header, which a client chooses.
 *
 * <p>Thread-safety: requests are served concurrently; the {@link StoryCatalog} must allow that.
 * {@link #close()} may be called from any thread and more than once.
 */
public final class StoryServer implements AutoCloseable {

    /** The address the server listens on when none is given: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private static final Logger LOG = LoggerFactory.getLogger(StoryServer.class);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String ALLOWED_METHODS = "GET, HEAD";

    /**
     * The methods a path answers: GET and HEAD everywhere; with the Feeds operations, also the admin's
     * POST that adds or removes a feed and DELETE of one feed.
     */
    static String allowedMethods(String path, boolean feeds) {
        if (ReaderApi.serves(path)) {
            return "GET, HEAD, POST";
        }
        if (path.equals("/settings")) {
            return "GET, HEAD, POST";
        }
        if (path.equals("/settings/hide")) {
            return "POST";
        }
        if (feeds) {
            if (path.equals("/feeds") || path.equals("/api/feeds")) {
                return "GET, HEAD, POST";
            }
            if (path.equals("/feeds/remove")) {
                return "POST";
            }
            if (path.startsWith("/api/feeds/")) {
                return "DELETE";
            }
        }
        return ALLOWED_METHODS;
    }
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private final Javalin app;
    private final StoryCatalog catalog;
    private final PageRenderer pages = new PageRenderer();
    private volatile String baseUrl;

    private StoryServer(StoryCatalog catalog, Operations operations, StorySearch search, String baseUrl) {
        this.catalog = catalog;
        this.baseUrl = baseUrl;
        FeedPages service = operations == null ? null : new FeedPages(operations, pages);
        SearchPages searchPages = new SearchPages(search, pages, this::baseUrl);
        ReaderFeeds readerFeeds = new ReaderFeeds(catalog, operations, this::baseUrl);
        OpenApiDocument openApi = new OpenApiDocument(this::baseUrl);
        ReaderApi readerApi = new ReaderApi(catalog, operations, pages, this::baseUrl);
        ReaderPages reader = new ReaderPages(catalog, pages);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/dev/storyline/web/static";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.routes.before(ctx -> {
                SECURITY_HEADERS.forEach(ctx::header);
                String method = ctx.method().name();
                String allowed = allowedMethods(ctx.path(), service != null);
                if (!List.of(allowed.split(", ")).contains(method)) {
                    ctx.header("Allow", allowed).status(HttpStatus.METHOD_NOT_ALLOWED);
                    if (isApi(ctx)) {
                        ctx.contentType(JSON).result(StoryJson.write(Map.of("error", method + " is not allowed; use GET")));
                    } else {
                        ctx.contentType("text/plain; charset=utf-8").result(method + " is not allowed here; use GET.");
                    }
                    ctx.skipRemainingHandlers();
                }
            });
            config.routes.get("/", reader::home);
            config.routes.get("/stories/{id}", this::storyPage);
            config.routes.get("/api/stories", reader::apiStories);
            config.routes.get("/publisher/{name}", reader::publisher);
            config.routes.get("/settings", reader::settings);
            config.routes.post("/settings", reader::saveSettings);
            config.routes.post("/settings/hide", reader::hidePublisher);
            config.routes.get("/api/stories/{id}", this::apiStory);
            config.routes.get("/api/stories/{id}/versions", this::apiVersions);
            config.routes.get("/feed.atom", this::feed);
            // issue 15 (h-api): search, the feeds of categories and searches, the OpenAPI document, the reader-app API
            config.routes.get("/search", searchPages::page);
            config.routes.get("/api/search", searchPages::api);
            config.routes.get("/search.atom", searchPages::feed);
            config.routes.get("/feeds/category/{file}", readerFeeds::category);
            config.routes.get("/feeds.opml", readerFeeds::opml);
            config.routes.get("/api/openapi.json", openApi::document);
            config.routes.get(OpenApiDocument.STORY_SCHEMA_PATH, openApi::storySchema);
            config.routes.post(ReaderApi.LOGIN, readerApi::login);
            config.routes.get(ReaderApi.LOGIN, readerApi::login);
            config.routes.get(ReaderApi.PREFIX + "*", readerApi::api);
            config.routes.post(ReaderApi.PREFIX + "*", readerApi::api);
            config.routes.get("/storyline/{id}", ctx -> StorylineRoutes.page(ctx, catalog, pages));
            config.routes.get("/api/storylines/{id}", ctx -> StorylineRoutes.api(ctx, catalog));
            config.routes.exception(Paging.BadRequest.class, this::badRequest);
            if (service != null) {
                config.routes.get("/feeds", service::page);
                config.routes.get("/api/feeds", service::api);
                config.routes.post("/feeds", service::add);
                config.routes.post("/feeds/remove", service::remove);
                config.routes.post("/api/feeds", service::add);
                config.routes.delete("/api/feeds/{id}", service::remove);
                config.routes.get("/health", service::health);
                config.routes.get("/metrics", service::metrics);
            }
            config.routes.exception(Exception.class, this::failure);
            config.routes.error(404, this::notFound);
        });
    }

    /**
     * Starts serving {@code catalog}.
     *
     * @param host address to listen on; {@code null} or blank for {@value #DEFAULT_HOST}
     * @param port port to listen on; 0 for any free port (see {@link #port()})
     * @throws IllegalStateException when the server cannot listen there (port taken, unknown host)
     */
    public static StoryServer start(StoryCatalog catalog, String host, int port) {
        return start(catalog, null, host, port, null);
    }

    /**
     * Starts serving {@code catalog}, with absolute links built from {@code publicBaseUrl}.
     *
     * @param publicBaseUrl the address readers reach the server at, such as {@code https://news.example.org};
     *                      {@code null} for {@code http://HOST:PORT} of the address listened on
     * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
     */
    public static StoryServer start(StoryCatalog catalog, String host, int port, String publicBaseUrl) {
        return start(catalog, null, host, port, publicBaseUrl);
    }

    /**
     * Starts serving {@code catalog}, with the Feeds page, {@code /api/feeds}, {@code /health} and
     * {@code /metrics} from {@code operations} when it is not {@code null}.
     */
    public static StoryServer start(StoryCatalog catalog, Operations operations, String host, int port) {
        return start(catalog, operations, host, port, null);
    }

    /** Starts serving {@code catalog} with {@code operations} (or none) and links from {@code publicBaseUrl} (or none). */
    public static StoryServer start(StoryCatalog catalog, Operations operations, String host, int port, String publicBaseUrl) {
        return start(catalog, operations, null, host, port, publicBaseUrl);
    }

    /**
     * Starts serving {@code catalog} with {@code operations} (or none), search over {@code search} (or none:
     * the search routes then answer 503) and links from {@code publicBaseUrl} (or none).
     */
    public static StoryServer start(StoryCatalog catalog, Operations operations, StorySearch search, String host, int port,
                                    String publicBaseUrl) {
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? null : checkedBaseUrl(publicBaseUrl);
        StoryServer server = new StoryServer(catalog, operations, search, base);
        String address = host == null || host.isBlank() ? DEFAULT_HOST : host;
        try {
            server.app.start(address, port);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot serve on " + address + ":" + port + ": " + e.getMessage(), e);
        }
        if (base == null) {
            String shown = address.contains(":") ? "[" + address + "]" : address;
            server.baseUrl = "http://" + shown + ":" + server.port();
        }
        return server;
    }

    private static String checkedBaseUrl(String url) {
        String trimmed = url.strip();
        if (SafeLink.href(trimmed).isEmpty()) {
            throw new IllegalArgumentException("the public base URL must be an absolute http(s) URL, not '" + url + "'");
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The base of the absolute links the server writes. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Starts serving {@code catalog} on {@value #DEFAULT_HOST}. */
    public static StoryServer start(StoryCatalog catalog, int port) {
        return start(catalog, DEFAULT_HOST, port);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- pages ----

    /** The paging the request asks for, with its Link and total headers set. */
    static Paging paging(Context ctx, int total, String listPath) {
        Paging paging = Paging.of(ctx.queryParam("page"), ctx.queryParam("limit"), total);
        ctx.header("Link", paging.linkHeader(listPath));
        ctx.header("X-Total-Count", Integer.toString(total));
        return paging;
    }

    private void storyPage(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<StoryPage> page = catalog.story(id);
        Optional<String> moved = page.map(StoryPage::id).filter(canonical -> !canonical.equals(id))
                .or(() -> page.isEmpty() ? catalog.canonicalId(id).filter(c -> !c.equals(id)) : Optional.empty());
        if (moved.isPresent()) {
            ctx.redirect(StoryView.path(moved.get()), HttpStatus.MOVED_PERMANENTLY);
        } else if (page.isPresent()) {
            Map<String, Object> params = new HashMap<>(Map.of("story", new StoryView(page.get())));
            params.put("storyline", catalog.storylineOf(id).map(s -> StorylineView.membership(s, id)).orElse(null));
            html(ctx, "web/story.jte", params);
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
        }
    }

    private void feed(Context ctx) {
        List<StoryPage> top = catalog.topStories();
        ctx.contentType(ATOM).result(AtomFeed.of(top.subList(0, Math.min(top.size(), Paging.MAX_LIMIT)), baseUrl, Instant.now()));
    }

    // ---- JSON ----

    private void apiStory(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<StoryPage> page = catalog.story(id);
        Optional<String> moved = page.map(StoryPage::id).filter(canonical -> !canonical.equals(id))
                .or(() -> page.isEmpty() ? catalog.canonicalId(id).filter(c -> !c.equals(id)) : Optional.empty());
        if (moved.isPresent()) {
            ctx.redirect("/api" + StoryView.path(moved.get()), HttpStatus.MOVED_PERMANENTLY);
        } else if (page.isPresent()) {
            ctx.contentType(JSON).result(StoryJson.write(page.get()));
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
        }
    }

    /** {@code {"id":..., "versions":[page, ...]}}, newest first; a merged id redirects to its story's list. */
    private void apiVersions(Context ctx) {
        String id = ctx.pathParam("id");
        List<StoryPage> versions = catalog.versions(id);
        if (!versions.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("versions", versions);
            ctx.contentType(JSON).result(StoryJson.write(body));
            return;
        }
        Optional<String> moved = catalog.story(id).map(StoryPage::id).filter(c -> !c.equals(id))
                .or(() -> catalog.canonicalId(id).filter(c -> !c.equals(id)));
        if (moved.isPresent()) {
            ctx.redirect("/api" + StoryView.path(moved.get()) + "/versions", HttpStatus.MOVED_PERMANENTLY);
        } else {
            ctx.status(HttpStatus.NOT_FOUND);
        }
    }

    // ---- errors ----

    private void notFound(Context ctx) {
        if (isApi(ctx)) {
            ctx.contentType(JSON).result(StoryJson.write(Map.of("error", "no such story or endpoint: " + ctx.path())));
        } else {
            html(ctx, "web/error.jte", Map.of("status", 404, "message", "Story not found"));
        }
    }

    private void badRequest(Paging.BadRequest e, Context ctx) {
        ctx.status(HttpStatus.BAD_REQUEST);
        if (isApi(ctx)) {
            ctx.contentType(JSON).result(StoryJson.write(Map.of("error", e.getMessage())));
        } else {
            html(ctx, "web/error.jte", Map.of("status", 400, "message", e.getMessage()));
        }
    }

    private void failure(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        if (isApi(ctx)) {
            ctx.contentType(JSON).result(StoryJson.write(Map.of("error", "internal error")));
            return;
        }
        try {
            html(ctx, "web/error.jte", Map.of("status", 500, "message", "Something went wrong"));
        } catch (RuntimeException again) {
            ctx.contentType("text/plain; charset=utf-8").result("Something went wrong.");
        }
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private void html(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType(HTML).result(pages.render(template, params));
    }
}
