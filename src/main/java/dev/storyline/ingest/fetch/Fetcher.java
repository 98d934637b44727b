package dev.storyline.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Fetches web pages and feeds the way a well-behaved, hard-to-abuse crawler should: only http and https;
 * every host (including each redirect hop, followed by hand up to {@value #MAX_REDIRECTS} times) resolved
 * and refused when it points into a private network, unless the settings allow it; robots.txt obeyed
 * (read once per site and kept a day, or ten minutes when it could not be read); requests to one host spaced by the politeness delay (or the site's
 * {@code Crawl-delay}, when longer); timeouts; a size cap on the body before and after gzip/deflate
 * decoding; a clear {@code User-Agent}.
 *
 * <p>Safe to share across threads; requests to different hosts run in parallel, requests to the same host
 * wait their turn. Close it to release the HTTP client's connections.
 */
public final class Fetcher implements AutoCloseable {

    /** Redirects followed before giving up. */
    public static final int MAX_REDIRECTS = 5;
    /** The longest {@code Crawl-delay} honoured; a site asking for more is still visited this often. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,"
            + "application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,"
            + "text/plain;q=0.8,*/*;q=0.5";

    private final FetchSettings settings;
    private final AddressGuard guard;
    private final HttpClient client;
    private final HostPacing pacing = new HostPacing();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final ConcurrentHashMap<String, CompletableFuture<RobotsVerdict>> robots = new ConcurrentHashMap<>();

    /** How long robots.txt rules are kept (RFC 9309 §2.4: no longer than 24 hours). */
    static final Duration ROBOTS_KEPT = Duration.ofHours(24);
    /** How long a robots.txt that could not be read keeps a site avoided before it is asked again. */
    static final Duration ROBOTS_FAILURE_KEPT = Duration.ofMinutes(10);

    /**
     * The rules of a site and, when they were not read from its robots.txt, why; {@code unreachable} when
     * the site did not answer at all. Kept until {@code expires} (System.nanoTime), so that a long run
     * sees changed rules and a site that was down comes back.
     */
    private record RobotsVerdict(RobotsTxt rules, URI location, String why, boolean unreachable, long expires) {
        RobotsVerdict(RobotsTxt rules, URI location, String why) {
            this(rules, location, why, false, System.nanoTime() + (why == null ? ROBOTS_KEPT : ROBOTS_FAILURE_KEPT).toNanos());
        }

        boolean isStale() {
            return System.nanoTime() - expires > 0;
        }
    }

    /** A response as it came back, before the status is judged. */
    private record Exchange(int status, String contentType, String location, byte[] body, HttpHeaders headers) {
    }

    /** Where a request ended up after its redirects, and whether every hop was a permanent one. */
    private static final class Route {
        URI location;
        boolean permanent = true;
        int hops;
    }

    public Fetcher(FetchSettings settings) {
        this(settings, AddressGuard.forSettings(settings));
    }

    Fetcher(FetchSettings settings, AddressGuard guard) {
        this.settings = settings;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches a URL, following redirects.
     *
     * @return the 2xx response with its decoded body
     * @throws FetchException naming the URL and the reason, for anything else
     */
    public FetchedResource fetch(URI uri) throws FetchException {
        Route route = new Route();
        Exchange exchange = follow(uri, true, Map.of(), route);
        if (exchange.status / 100 != 2) {
            throw new FetchException(FetchException.Reason.HTTP_STATUS, route.location,
                    "HTTP " + exchange.status + " from " + route.location);
        }
        return new FetchedResource(uri, route.location, exchange.status, exchange.contentType, exchange.body);
    }

    /**
     * Fetches a feed the way a poller should: with the validators of the last response ({@code If-None-Match},
     * {@code If-Modified-Since}; either may be {@code null}), following redirects, and handing back any
     * status (a 304, a 429 with its {@code Retry-After}) with the caching headers for the caller to judge.
     *
     * @throws FetchException for what is not an HTTP answer: a bad or blocked address, robots.txt, a
     *                        redirect loop, a body too large, a timeout, a network failure
     */
    public ConditionalResponse fetchConditionally(URI uri, String etag, String lastModified) throws FetchException {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (etag != null && !etag.isBlank()) {
            conditions.put("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            conditions.put("If-Modified-Since", lastModified);
        }
        Route route = new Route();
        Exchange exchange = follow(uri, true, conditions, route);
        HttpHeaders h = exchange.headers;
        return new ConditionalResponse(uri, route.location, route.hops > 0 && route.permanent, exchange.status,
                exchange.contentType, exchange.body, h.firstValue("ETag").orElse(null),
                h.firstValue("Last-Modified").orElse(null), h.firstValue("Cache-Control").orElse(null),
                h.firstValue("Retry-After").orElse(null));
    }

    private Exchange follow(URI start, boolean obeyRobots, Map<String, String> conditions, Route route) throws FetchException {
        URI current = requireHttp(start);
        List<URI> chain = new ArrayList<>();
        for (int hop = 0; ; hop++) {
            if (chain.contains(current)) {
                chain.add(current);
                throw new FetchException(FetchException.Reason.REDIRECT, start, "redirect loop: "
                        + chain.stream().map(URI::toString).collect(Collectors.joining(" -> ")));
            }
            chain.add(current);
            guard.check(current);
            Duration gap = settings.politenessDelay();
            if (obeyRobots) {
                RobotsVerdict verdict = robotsFor(current);
                if (verdict.unreachable) {
                    throw new FetchException(FetchException.Reason.NETWORK, current, verdict.why);
                }
                if (!verdict.rules.allows(current)) {
                    String why = verdict.why != null ? verdict.why
                            : verdict.location + " disallows this path for " + settings.productToken();
                    throw new FetchException(FetchException.Reason.ROBOTS, current, "not fetched: " + why);
                }
                Duration crawlDelay = verdict.rules.crawlDelay().orElse(Duration.ZERO);
                crawlDelay = crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : crawlDelay;
                gap = crawlDelay.compareTo(gap) > 0 ? crawlDelay : gap;
            }
            try {
                pacing.await(AddressGuard.hostOf(current), gap);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(FetchException.Reason.NETWORK, current, "interrupted", e);
            }
            Exchange exchange = exchange(current, conditions);
            if (!isRedirect(exchange.status)) {
                route.location = current;
                return exchange;
            }
            route.hops++;
            route.permanent &= exchange.status == 301 || exchange.status == 308;
            if (hop >= MAX_REDIRECTS) {
                throw new FetchException(FetchException.Reason.REDIRECT, start,
                        "more than " + MAX_REDIRECTS + " redirects from " + start);
            }
            if (exchange.location == null || exchange.location.isBlank()) {
                throw new FetchException(FetchException.Reason.REDIRECT, current,
                        "HTTP " + exchange.status + " redirect without a Location from " + current);
            }
            try {
                current = requireHttp(current.resolve(WebAddress.parse(exchange.location)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new FetchException(FetchException.Reason.REDIRECT, current,
                        "bad redirect Location '" + exchange.location + "' from " + current, e);
            }
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI requireHttp(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.BAD_URL, uri,
                    "only http and https URLs are fetched, not " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(FetchException.Reason.BAD_URL, uri, "no host in " + uri);
        }
        if (uri.getRawFragment() != null) {
            try {
                // The multi-argument URI constructors would escape the '%' of existing escapes again.
                String text = uri.toString();
                return new URI(text.substring(0, text.indexOf('#')));
            } catch (URISyntaxException e) {
                throw new FetchException(FetchException.Reason.BAD_URL, uri, "malformed URL " + uri, e);
            }
        }
        return uri;
    }

    private RobotsVerdict robotsFor(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String site = scheme + "://" + AddressGuard.hostOf(uri) + ":" + port;
        CompletableFuture<RobotsVerdict> mine = new CompletableFuture<>();
        CompletableFuture<RobotsVerdict> known = robots.putIfAbsent(site, mine);
        if (known != null) {
            RobotsVerdict kept = known.join();
            if (!kept.isStale()) {
                return kept;
            }
            if (!robots.replace(site, known, mine)) {
                return robotsFor(uri); // another thread is reading it afresh
            }
        }
        RobotsVerdict verdict = readRobots(uri.resolve("/robots.txt"));
        mine.complete(verdict);
        return verdict;
    }

    /** RFC 9309: 2xx gives the rules, 4xx (or too many redirects) allows all, anything else allows nothing. */
    private RobotsVerdict readRobots(URI location) {
        try {
            Exchange exchange = follow(location, false, Map.of(), new Route());
            if (exchange.status / 100 == 2) {
                return new RobotsVerdict(RobotsTxt.parse(exchange.body, settings.productToken()), location, null);
            }
            if (exchange.status / 100 == 4) {
                return new RobotsVerdict(RobotsTxt.ALLOW_ALL, location, null);
            }
            return new RobotsVerdict(RobotsTxt.DISALLOW_ALL, location,
                    location + " answered HTTP " + exchange.status + ", so the site is avoided for now");
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.REDIRECT) {
                return new RobotsVerdict(RobotsTxt.ALLOW_ALL, location, null);
            }
            if (e.reason() == FetchException.Reason.NETWORK || e.reason() == FetchException.Reason.TIMEOUT) {
                return new RobotsVerdict(RobotsTxt.DISALLOW_ALL, location, e.getMessage(),
                        true, System.nanoTime() + ROBOTS_FAILURE_KEPT.toNanos());
            }
            return new RobotsVerdict(RobotsTxt.DISALLOW_ALL, location,
                    location + " could not be read (" + e.getMessage() + "), so the site is avoided for now");
        }
    }

    private Exchange exchange(URI uri, Map<String, String> conditions) throws FetchException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        conditions.forEach(builder::header);
        HttpRequest request = builder
                .GET()
                .timeout(settings.readTimeout())
                // Plain-http HTTP/2 means an h2c upgrade dance many servers mishandle; TLS negotiates freely.
                .version(uri.getScheme().equalsIgnoreCase("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate")
                .build();
        long cap = settings.maxBytes();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            if (info.statusCode() / 100 != 2) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
            return declared.isPresent() && declared.getAsLong() > cap ? BoundedBody.refused(cap) : new BoundedBody(cap);
        };
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, handler);
        HttpResponse<byte[]> response;
        try {
            long budget = settings.connectTimeout().plus(settings.readTimeout()).toMillis();
            response = pending.get(budget, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException(FetchException.Reason.TIMEOUT, uri, "timed out reading " + uri, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.NETWORK, uri, "interrupted while fetching " + uri, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        String location = response.headers().firstValue("Location").orElse(null);
        byte[] body = response.body();
        if (response.statusCode() / 100 == 2) {
            try {
                body = ContentDecoding.decode(body, response.headers().firstValue("Content-Encoding").orElse(null), cap);
            } catch (BoundedBody.TooLarge e) {
                throw tooLarge(uri);
            } catch (IOException e) {
                throw new FetchException(FetchException.Reason.NETWORK, uri,
                        "cannot decode the body of " + uri + ": " + e.getMessage(), e);
            }
        }
        return new Exchange(response.statusCode(), contentType, location, body, response.headers());
    }

    private FetchException tooLarge(URI uri) {
        return new FetchException(FetchException.Reason.TOO_LARGE, uri,
                "stopped reading " + uri + ": larger than " + settings.maxBytes() + " bytes");
    }

    private FetchException failure(URI uri, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof BoundedBody.TooLarge)) {
            if (root instanceof HttpTimeoutException) {
                break;
            }
            root = root.getCause();
        }
        if (root instanceof BoundedBody.TooLarge || cause instanceof BoundedBody.TooLarge) {
            return tooLarge(uri);
        }
        if (root instanceof HttpTimeoutException || cause instanceof HttpTimeoutException) {
            return new FetchException(FetchException.Reason.TIMEOUT, uri, "timed out fetching " + uri, cause);
        }
        if (root instanceof ConnectException) {
            return new FetchException(FetchException.Reason.NETWORK, uri, "cannot connect to " + uri
                    + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")"), cause);
        }
        String detail = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return new FetchException(FetchException.Reason.NETWORK, uri, "failed to fetch " + uri + ": " + detail, cause);
    }

    @Override
    public void close() {
        // Closed by whoever shares it (a pipeline and the command that lent it): only the first close counts.
        if (closed.compareAndSet(false, true)) {
            client.close();
        }
    }
}
