package dev.storyline.web;

import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Google Reader API as self-hosted readers speak it (FreshRSS, Miniflux), so that reader apps
 * (Reeder, NetNewsWire, FeedMe, Read You, Fluent Reader Lite, Newsflash, ...) show Storyline's stories:
 * {@code POST /accounts/ClientLogin}, then under {@code /reader/api/0/}: {@code token}, {@code user-info},
 * {@code subscription/list}, {@code tag/list}, {@code unread-count}, {@code stream/items/ids},
 * {@code stream/items/contents}, {@code stream/contents/{stream}}, {@code edit-tag} and
 * {@code mark-all-as-read}. JSON only ({@code output=json} is what these apps ask for).
 *
 * <p>Storyline appears as one subscription, "Storyline: Top Headlines" in the folder "Storyline"; each story
 * is one item, with a 63-bit id taken from a hash of the story id (stable across restarts and versions) and
 * the page (sections with citations linked to the story's sources, then the sources) as its content.
 * The password is the admin token; a login gets an auth token that lasts until the server stops. Read and
 * starred marks are kept in memory: they last until the server stops (the apps keep their own too).
 * Subscriptions cannot be added or renamed through the API. Thread-safe.
 */
final class ReaderApi {

    static final String PREFIX = "/reader/api/0/";
    static final String LOGIN = "/accounts/ClientLogin";
    static final String READING_LIST = "user/-/state/com.google/reading-list";
    static final String READ = "user/-/state/com.google/read";
    static final String STARRED = "user/-/state/com.google/starred";
    static final String LABEL = "user/-/label/Storyline";
    private static final String ITEM_PREFIX = "tag:google.com,2005:reader/item/";
    private static final int MAX_IDS = 10_000;
    private static final int MAX_CONTENTS = 1_000;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final StoryCatalog catalog;
    private final Operations operations;
    private final PageRenderer pages;
    private final java.util.function.Supplier<String> baseUrl;
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final Set<Long> read = ConcurrentHashMap.newKeySet();
    private final Set<Long> starred = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    /** The item ids of the last list of stories seen, rebuilt when the catalog hands out another list. */
    private volatile Items items = new Items(List.of(), List.of(), Map.of());

    /** The catalog's stories newest first, with their item ids. */
    private record Items(List<StoryPage> source, List<StoryPage> newestFirst, Map<Long, StoryPage> byId) {
    }

    ReaderApi(StoryCatalog catalog, Operations operations, PageRenderer pages, java.util.function.Supplier<String> baseUrl) {
        this.catalog = catalog;
        this.operations = operations;
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    /** Whether the path belongs to this API, which takes POST as well as GET. */
    static boolean serves(String path) {
        return path.equals(LOGIN) || path.startsWith(PREFIX);
    }

    /** The 63-bit item id of a story: the first bytes of its id's SHA-256, the same on every server. */
    static long itemId(String storyId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(storyId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An item id as the apps send it: decimal, {@code tag:google.com,2005:reader/item/} with 16 hex digits, or bare hex. */
    static Long parseItemId(String s) {
        String v = s.strip();
        try {
            if (v.startsWith(ITEM_PREFIX)) {
                return Long.parseUnsignedLong(v.substring(ITEM_PREFIX.length()), 16);
            }
            return v.matches("-?\\d{1,20}") ? Long.parseLong(v) : Long.parseUnsignedLong(v, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String feedStream() {
        return "feed/" + baseUrl.get() + "/feed.atom";
    }

    // ---- login ----

    /** {@code POST /accounts/ClientLogin} with {@code Email} and {@code Passwd} (form or query). */
    void login(Context ctx) {
        String password = param(ctx, "Passwd");
        if (operations == null || password == null || !operations.admits(password)) {
            ctx.status(HttpStatus.UNAUTHORIZED).contentType(TEXT).result("Error=BadAuthentication\n");
            return;
        }
        byte[] b = new byte[24];
        random.nextBytes(b);
        String auth = "storyline/" + HexFormat.of().formatHex(b);
        sessions.add(auth);
        if ("json".equals(ctx.queryParam("output"))) {
            ctx.contentType(JSON).result(StoryJson.write(Map.of("SID", auth, "LSID", "null", "Auth", auth)));
        } else {
            ctx.contentType(TEXT).result("SID=" + auth + "\nLSID=null\nAuth=" + auth + "\n");
        }
    }

    /** Every other route: answers 401 unless the request carries {@code Authorization: GoogleLogin auth=...} of a login. */
    void api(Context ctx) {
        String header = ctx.header("Authorization");
        String auth = header != null && header.regionMatches(true, 0, "GoogleLogin auth=", 0, 17) ? header.substring(17).strip() : null;
        if (auth == null || !sessions.contains(auth)) {
            ctx.status(HttpStatus.UNAUTHORIZED).contentType(TEXT).result("Unauthorized");
            return;
        }
        String route = ctx.path().substring(PREFIX.length());
        switch (route) {
            case "token" -> ctx.contentType(TEXT).result(auth.substring(auth.indexOf('/') + 1));
            case "user-info" -> json(ctx, Map.of("userId", "1", "userName", "storyline", "userProfileId", "1", "userEmail", ""));
            case "subscription/list" -> json(ctx, Map.of("subscriptions", List.of(subscription())));
            case "tag/list" -> json(ctx, Map.of("tags", List.of(Map.of("id", STARRED), Map.of("id", LABEL, "type", "folder"))));
            case "unread-count" -> unreadCount(ctx);
            case "stream/items/ids" -> ids(ctx);
            case "stream/items/contents" -> contents(ctx, itemsAsked(ctx));
            case "edit-tag" -> editTag(ctx);
            case "mark-all-as-read" -> markAllRead(ctx);
            default -> {
                if (route.startsWith("stream/contents")) {
                    // apps send the stream id as it is (feed/http://...) or percent-encoded (feed%2Fhttp%3A...)
                    streamContents(ctx, route.length() > "stream/contents/".length()
                            ? URLDecoder.decode(route.substring("stream/contents/".length()), StandardCharsets.UTF_8) : null);
                } else {
                    ctx.status(HttpStatus.BAD_REQUEST).contentType(TEXT).result("not supported by Storyline: " + route);
                }
            }
        }
    }

    // ---- lists ----

    private Map<String, Object> subscription() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", feedStream());
        s.put("title", "Storyline: Top Headlines");
        s.put("categories", List.of(Map.of("id", LABEL, "label", "Storyline")));
        s.put("url", baseUrl.get() + "/feed.atom");
        s.put("htmlUrl", baseUrl.get() + "/");
        s.put("iconUrl", baseUrl.get() + "/static/favicon.svg");
        return s;
    }

    private void unreadCount(Context ctx) {
        Items all = items();
        long unread = all.newestFirst().stream().filter(p -> !read.contains(itemId(p.id()))).count();
        String newest = all.newestFirst().isEmpty() ? "0" : Long.toString(micros(all.newestFirst().get(0)));
        List<Map<String, Object>> counts = new ArrayList<>();
        for (String id : List.of(feedStream(), LABEL, READING_LIST)) {
            counts.add(Map.of("id", id, "count", unread, "newestItemTimestampUsec", newest));
        }
        json(ctx, Map.of("max", unread, "unreadcounts", counts));
    }

    /** {@code s} (the stream), {@code xt} (a stream to leave out), {@code it} (one to keep), {@code n}, {@code c}, {@code r=o}, {@code ot}, {@code nt}. */
    private List<StoryPage> stream(Context ctx, String streamParam, int max) {
        String s = streamParam != null ? streamParam : param(ctx, "s");
        Items all = items();
        List<StoryPage> chosen = new ArrayList<>();
        for (StoryPage p : all.newestFirst()) {
            if (inStream(s, p) && (ctx.queryParams("xt").isEmpty() || ctx.queryParams("xt").stream().noneMatch(x -> inStream(x, p)))
                    && ctx.queryParams("it").stream().allMatch(x -> inStream(x, p)) && inTime(ctx, p)) {
                chosen.add(p);
            }
        }
        if ("o".equals(ctx.queryParam("r"))) {
            chosen = chosen.reversed();
        }
        int n = clamp(number(ctx.queryParam("n"), 20), 1, max);
        int from = clamp(number(ctx.queryParam("c"), 0), 0, chosen.size());
        List<StoryPage> page = chosen.subList(from, Math.min(chosen.size(), from + n));
        ctx.attribute("continuation", from + n < chosen.size() ? Integer.toString(from + n) : null);
        return page;
    }

    private boolean inStream(String stream, StoryPage p) {
        if (stream == null || stream.isBlank()) {
            return true;
        }
        String s = stream.replaceFirst("^user/\\d+/", "user/-/");
        return switch (s) {
            case READING_LIST, LABEL -> true;
            case READ -> read.contains(itemId(p.id()));
            case STARRED -> starred.contains(itemId(p.id()));
            default -> s.equals(feedStream()) || s.startsWith("feed/") && s.endsWith("/feed.atom");
        };
    }

    /** {@code ot}: only items newer than this (seconds); {@code nt}: only items older. */
    private static boolean inTime(Context ctx, StoryPage p) {
        long seconds = micros(p) / 1_000_000;
        long ot = number(ctx.queryParam("ot"), 0);
        long nt = number(ctx.queryParam("nt"), 0);
        return (ot == 0 || seconds >= ot) && (nt == 0 || seconds <= nt);
    }

    private void ids(Context ctx) {
        List<StoryPage> page = stream(ctx, null, MAX_IDS);
        List<Map<String, Object>> refs = new ArrayList<>();
        for (StoryPage p : page) {
            refs.add(Map.of("id", Long.toString(itemId(p.id())), "directStreamIds", List.of(feedStream()),
                    "timestampUsec", Long.toString(micros(p))));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemRefs", refs);
        if (ctx.attribute("continuation") != null) {
            body.put("continuation", ctx.attribute("continuation"));
        }
        json(ctx, body);
    }

    private void streamContents(Context ctx, String streamId) {
        List<StoryPage> page = stream(ctx, streamId, MAX_CONTENTS);
        contents(ctx, page);
    }

    /** The stories whose ids the request lists as {@code i} (form or query, any id form). */
    private List<StoryPage> itemsAsked(Context ctx) {
        Map<Long, StoryPage> byId = items().byId();
        List<StoryPage> out = new ArrayList<>();
        for (String i : params(ctx, "i")) {
            Long id = parseItemId(i);
            StoryPage p = id == null ? null : byId.get(id);
            if (p != null && out.size() < MAX_CONTENTS) {
                out.add(p);
            }
        }
        return out;
    }

    private void contents(Context ctx, List<StoryPage> stories) {
        String base = baseUrl.get();
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoryPage p : stories) {
            out.add(item(p, base));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", READING_LIST);
        body.put("title", "Storyline: Top Headlines");
        body.put("updated", Instant.now().getEpochSecond());
        body.put("items", out);
        if (ctx.attribute("continuation") != null) {
            body.put("continuation", ctx.attribute("continuation"));
        }
        json(ctx, body);
    }

    private Map<String, Object> item(StoryPage p, String base) {
        long id = itemId(p.id());
        StoryView view = new StoryView(p);
        String url = base + view.path();
        List<String> categories = new ArrayList<>(List.of(READING_LIST, LABEL));
        if (read.contains(id)) {
            categories.add(READ);
        }
        if (starred.contains(id)) {
            categories.add(STARRED);
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", ITEM_PREFIX + String.format("%016x", id));
        long micros = micros(p);
        item.put("crawlTimeMsec", Long.toString(micros / 1000));
        item.put("timestampUsec", Long.toString(micros));
        item.put("published", micros / 1_000_000);
        item.put("updated", micros / 1_000_000);
        item.put("title", view.headline());
        item.put("canonical", List.of(Map.of("href", url)));
        item.put("alternate", List.of(Map.of("href", url, "type", "text/html")));
        item.put("categories", categories);
        item.put("origin", Map.of("streamId", feedStream(), "title", "Storyline: Top Headlines", "htmlUrl", base + "/"));
        item.put("summary", Map.of("direction", "ltr", "content",
                pages.render("web/readerItem.jte", Map.of("story", view, "storyUrl", url))));
        item.put("author", String.join(", ", view.publishers()));
        return item;
    }

    // ---- marks ----

    /** {@code i} items, {@code a} a tag to add, {@code r} one to remove (read and starred are kept). */
    private void editTag(Context ctx) {
        List<Long> ids = params(ctx, "i").stream().map(ReaderApi::parseItemId).filter(java.util.Objects::nonNull).toList();
        for (String add : params(ctx, "a")) {
            mark(add).ifPresent(set -> set.addAll(ids));
        }
        for (String remove : params(ctx, "r")) {
            mark(remove).ifPresent(set -> ids.forEach(set::remove));
        }
        ctx.contentType(TEXT).result("OK");
    }

    private java.util.Optional<Set<Long>> mark(String tag) {
        String t = tag.replaceFirst("^user/\\d+/", "user/-/");
        return t.equals(READ) ? java.util.Optional.of(read) : t.equals(STARRED) ? java.util.Optional.of(starred) : java.util.Optional.empty();
    }

    /** {@code s} the stream, {@code ts} (microseconds) only items older than this. */
    private void markAllRead(Context ctx) {
        String s = param(ctx, "s");
        long before = number(param(ctx, "ts"), Long.MAX_VALUE);
        for (StoryPage p : items().newestFirst()) {
            if (inStream(s, p) && micros(p) <= before) {
                read.add(itemId(p.id()));
            }
        }
        ctx.contentType(TEXT).result("OK");
    }

    // ---- plumbing ----

    private Items items() {
        List<StoryPage> top = catalog.topStories();
        Items current = items;
        if (current.source() != top) {
            List<StoryPage> sorted = new ArrayList<>(top);
            sorted.sort(Comparator.comparingLong(ReaderApi::micros).reversed().thenComparing(StoryPage::id));
            Map<Long, StoryPage> byId = new HashMap<>();
            sorted.forEach(p -> byId.putIfAbsent(itemId(p.id()), p));
            current = new Items(top, List.copyOf(sorted), byId);
            items = current;
        }
        return current;
    }

    /** The story's time in microseconds: its newest article's, or 0 when undated. */
    private static long micros(StoryPage p) {
        Instant t = p.updatedMoment();
        return t == null ? 0 : t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }

    /** A parameter from the form body or the query, as the apps send either. */
    private static String param(Context ctx, String name) {
        String form = isForm(ctx) ? ctx.formParam(name) : null;
        return form != null ? form : ctx.queryParam(name);
    }

    private static List<String> params(Context ctx, String name) {
        List<String> all = new ArrayList<>(ctx.queryParams(name));
        if (isForm(ctx)) {
            all.addAll(ctx.formParams(name));
        }
        return all;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return ctx.method().name().equals("POST") && (type == null || type.startsWith("application/x-www-form-urlencoded"));
    }

    private static long number(String s, long absent) {
        if (s == null || s.isBlank()) {
            return absent;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    private static int clamp(long v, int min, int max) {
        return (int) Math.max(min, Math.min(max, v));
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType(JSON).result(StoryJson.write(body));
    }
}
