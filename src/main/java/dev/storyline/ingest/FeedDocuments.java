package dev.storyline.ingest;

import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedItem;
import dev.storyline.ingest.fetch.FetchException;
import dev.storyline.ingest.fetch.FetchedResource;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.WebAddress;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Turns the items of a parsed feed into documents. An item that carries only a teaser and links to an
 * http(s) page is replaced by that page (hints still from the item) when linked pages are to be fetched;
 * if the page cannot be had, the teaser is used and the failure reported. Pages are fetched on virtual
 * threads, up to {@value #PAGES_IN_FLIGHT} ahead, which matters for aggregator feeds whose items point at
 * many hosts (the fetcher still spaces requests to one host); documents are emitted in item order on the
 * calling thread. Safe to share across threads.
 */
final class FeedDocuments {

    /** Linked pages fetched ahead of the item being emitted. */
    static final int PAGES_IN_FLIGHT = 8;

    private static final String HTML_UTF8 = "text/html; charset=utf-8";
    private static final String TEXT_UTF8 = "text/plain; charset=utf-8";

    private final Fetcher fetcher;
    private final boolean fetchLinkedPages;

    FeedDocuments(Fetcher fetcher, boolean fetchLinkedPages) {
        this.fetcher = fetcher;
        this.fetchLinkedPages = fetchLinkedPages;
    }

    /** The outcome of fetching the page behind a teaser: the page, or why there is none. */
    private record LinkedPage(FetchedResource page, String failure) {
    }

    /** An item waiting its turn to be emitted, with the fetch of its page if one was started. */
    private record Queued(FeedItem item, Future<LinkedPage> page) {
    }

    /**
     * @param name the feed's path or URL, for messages
     */
    void emit(Feed feed, String name, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        feed.problems().forEach(p -> problems.accept(new IngestProblem(p.item().source() == null ? name : p.item().source(), p.problem())));
        if (feed.items().isEmpty()) {
            problems.accept(new IngestProblem(name, "a valid feed with no items"
                    + (feed.title() == null ? "" : " ('" + feed.title() + "')") + "; nothing to read"));
            return;
        }
        boolean anyPageWanted = feed.items().stream().anyMatch(this::wantsLinkedPage);
        if (!anyPageWanted) {
            feed.items().forEach(item -> emitItem(item, null, feed, name, documents, problems));
            return;
        }
        Deque<Queued> queue = new ArrayDeque<>();
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (FeedItem item : feed.items()) {
                Future<LinkedPage> page = wantsLinkedPage(item) ? workers.submit(() -> fetchLinked(item.link())) : null;
                queue.addLast(new Queued(item, page));
                if (queue.size() > PAGES_IN_FLIGHT) {
                    Queued next = queue.removeFirst();
                    emitItem(next.item, next.page, feed, name, documents, problems);
                }
            }
            while (!queue.isEmpty()) {
                Queued next = queue.removeFirst();
                emitItem(next.item, next.page, feed, name, documents, problems);
            }
        } finally {
            // Normally every fetch is done by now; if a consumer threw, do not wait for the rest.
            workers.shutdownNow();
        }
    }

    private boolean wantsLinkedPage(FeedItem item) {
        return fetchLinkedPages && item.source() != null && item.isSummaryOnly() && isHttp(item.link());
    }

    private LinkedPage fetchLinked(String link) {
        try {
            return new LinkedPage(fetcher.fetch(WebAddress.parse(link)), null);
        } catch (FetchException e) {
            return new LinkedPage(null, "linked page not fetched: " + e.getMessage());
        } catch (URISyntaxException e) {
            return new LinkedPage(null, "malformed item link");
        }
    }

    private void emitItem(FeedItem item, Future<LinkedPage> pending, Feed feed, String name,
                          Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        String source = item.source();
        if (source == null) {
            problems.accept(new IngestProblem(name, "item " + (item.title() == null ? "without title" : "'" + item.title() + "'")
                    + " has neither link nor guid; skipped"));
            return;
        }
        DocumentHints hints = new DocumentHints(item.title(), item.published(), feed.title(), item.author(),
                item.language(), item.guid(), item.categories());
        if (pending != null) {
            RawDocument page = pageDocument(item, pending, hints, problems);
            if (page != null) {
                documents.accept(page);
                return;
            }
        }
        if (item.body() == null) {
            problems.accept(new IngestProblem(source, "feed item in " + name + " has no content; skipped"));
            return;
        }
        documents.accept(new RawDocument(source,
                item.bodyIsHtml() ? RawDocument.Format.HTML : RawDocument.Format.TEXT,
                item.body().getBytes(StandardCharsets.UTF_8), item.bodyIsHtml() ? HTML_UTF8 : TEXT_UTF8, hints));
    }

    /** The linked page as a document, or {@code null} (reported) when it cannot stand in for the item. */
    private static RawDocument pageDocument(FeedItem item, Future<LinkedPage> pending, DocumentHints hints,
                                            Consumer<IngestProblem> problems) {
        String fallback = item.body() == null ? "the item is skipped" : "the feed's summary is used";
        LinkedPage outcome;
        try {
            outcome = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new LinkedPage(null, "interrupted");
        } catch (ExecutionException e) {
            outcome = new LinkedPage(null, "unexpected failure: " + e.getCause());
        }
        if (outcome.failure != null) {
            problems.accept(new IngestProblem(item.link(), outcome.failure + "; " + fallback));
            return null;
        }
        FetchedResource page = outcome.page;
        String mediaType = page.mediaType();
        boolean text = mediaType.equals("text/plain");
        if (RawBytes.isBlank(page.body()) || RawBytes.looksBinary(page.body()) || !(text || RawBytes.isPageType(mediaType))) {
            problems.accept(new IngestProblem(item.link(), "linked page is not a readable web page ("
                    + (mediaType.isEmpty() ? "no Content-Type" : mediaType) + "); " + fallback));
            return null;
        }
        return new RawDocument(item.link(), text ? RawDocument.Format.TEXT : RawDocument.Format.HTML, page.body(),
                page.contentType(), hints);
    }

    private static boolean isHttp(String link) {
        if (link == null) {
            return false;
        }
        String lower = link.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
