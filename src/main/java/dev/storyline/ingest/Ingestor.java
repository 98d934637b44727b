package dev.storyline.ingest;

import dev.storyline.ingest.feed.ContentKind;
import dev.storyline.ingest.feed.Feed;
import dev.storyline.ingest.feed.FeedParser;
import dev.storyline.ingest.feed.MalformedFeedException;
import dev.storyline.ingest.feed.Opml;
import dev.storyline.ingest.fetch.FetchException;
import dev.storyline.ingest.fetch.FetchedResource;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.ingest.fetch.WebAddress;
import dev.storyline.ingest.file.ArticleRecords;
import dev.storyline.ingest.file.FileContent;
import dev.storyline.ingest.file.FileKind;
import dev.storyline.ingest.file.FolderWalk;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns the inputs a user names (files, folders, feed files, OPML lists, http(s) URLs of pages and feeds)
 * into a stream of {@link RawDocument}s, reporting each input that cannot be read as an
 * {@link IngestProblem} and carrying on with the rest.
 *
 * <p>What each input becomes:
 * <ul>
 *   <li>{@code .html}/{@code .htm}: one HTML document; {@code .txt}: one TEXT document; the source is the
 *       file's absolute {@code file:} URI and the bytes are passed on undecoded.</li>
 *   <li>{@code .json} (an article object or an array of them) and {@code .jsonl}: see {@link ArticleRecords};
 *       a {@code .json} file that is a JSON Feed is read as a feed.</li>
 *   <li>{@code .xml}, {@code .rss}, {@code .atom}, {@code .rdf}, {@code .feed}: a feed, one document per
 *       item; {@code .opml}: every feed it lists. A file with any other extension is sniffed and read when
 *       it is a feed or OPML, else reported: inside a folder as well as when named explicitly, so that
 *       nothing is dropped without a word.</li>
 *   <li>A folder: its files, recursively, in sorted order, hidden ones skipped.</li>
 *   <li>Any of these files may be gzipped ({@code page.html.gz}); the kind is read from the inner name.</li>
 *   <li>An http(s) URL: fetched; a feed (by content type or content) is read as a feed, an OPML list as
 *       one, anything else HTML (or text) as a page whose source is the URL after redirects.</li>
 * </ul>
 * A feed item becomes a document whose source is its link (else its guid) and whose hints carry its title,
 * date, author, language and guid, with the feed title as publisher. When the item carries only a summary
 * and links to an http(s) page, the page is fetched (unless {@link IngestOptions#fetchLinkedPages()} is
 * off) and stands in for the summary; if that fails the summary is used and the failure reported.
 *
 * <p>Documents are handed to the consumer as soon as they are read, in input order (except that the feeds
 * of one OPML list are read in parallel, so their items interleave). Safe to share across threads; the
 * consumers are only ever called on the thread that called {@code read}. Close it to release network
 * resources.
 */
public final class Ingestor implements AutoCloseable {

    /** Feeds of one OPML list read at the same time. */
    static final int PARALLEL_FEEDS = 8;

    private static final Pattern OTHER_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final IngestOptions options;
    private final Fetcher fetcher;
    private final FeedDocuments feedDocuments;

    public Ingestor(IngestOptions options) {
        this(options, new Fetcher(options.fetchSettings()));
    }

    /**
     * An ingestor that fetches through a fetcher of the caller's (one shared with a feed poller, or one
     * with a particular address policy in tests); closing the ingestor closes it.
     */
    public Ingestor(IngestOptions options, Fetcher fetcher) {
        this.options = Objects.requireNonNull(options, "options");
        this.fetcher = fetcher;
        this.feedDocuments = new FeedDocuments(fetcher, options.fetchLinkedPages());
    }

    /**
     * How many inputs {@link #read(List, Consumer, Consumer)} would open for these: each URL and file once,
     * each file in a folder tree (as the folder walk lists them, without reading any), for a run's summary.
     */
    public static int countInputs(List<String> inputs) {
        int[] n = {0};
        for (String input : inputs) {
            String name = input == null ? "" : input.strip();
            Path path = null;
            try {
                path = name.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(new URI(name)) : Path.of(name);
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a path: a URL or a mistake, one input either way
            }
            if (path != null && Files.isDirectory(path)) {
                FolderWalk.walk(path, file -> n[0]++, problem -> n[0]++);
            } else {
                n[0]++;
            }
        }
        return n[0];
    }

    /** Reads every input in order. */
    public void read(List<String> inputs, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        for (String input : inputs) {
            read(input, documents, problems);
        }
    }

    /** Reads one input: a path to a file or folder, a {@code file:} URI, or an http(s) URL. */
    public void read(String input, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(problems, "problems");
        String name = input == null ? "" : input.strip();
        if (name.isEmpty()) {
            problems.accept(new IngestProblem("(empty input)", "an input must be a path or a URL"));
            return;
        }
        try {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                readUrl(name, documents, problems, true);
                return;
            }
            if (OTHER_SCHEME.matcher(name).matches() && !lower.startsWith("file:")) {
                problems.accept(new IngestProblem(name, "unsupported URL scheme: only http, https and file are read"));
                return;
            }
            Path path;
            try {
                path = lower.startsWith("file:") ? Path.of(new URI(name)) : Path.of(name);
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                problems.accept(new IngestProblem(name, "not a valid path or file URI: " + e.getMessage()));
                return;
            }
            readPath(path, name, documents, problems);
        } catch (RuntimeException e) {
            // A bug in one reader must not cost the user the rest of the run.
            problems.accept(new IngestProblem(name, "unexpected failure: " + e));
        }
    }

    /**
     * Turns a feed fetched and parsed elsewhere (by the feed follower) into documents, as a feed read here
     * would be: linked pages fetched for items that carry only a summary.
     *
     * @param name the feed's URL, for messages
     */
    public void readFeed(Feed feed, String name, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        feedDocuments.emit(feed, name, documents, problems);
    }

    private void readPath(Path path, String name, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        if (Files.isDirectory(path)) {
            FolderWalk.walk(path, file -> readFileSafely(file, documents, problems), problems);
        } else if (Files.exists(path)) {
            readFile(path, name, documents, problems);
        } else {
            problems.accept(new IngestProblem(name, "no such file or folder"));
        }
    }

    private void readFileSafely(Path file, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        try {
            readFile(file, file.toString(), documents, problems);
        } catch (RuntimeException e) {
            problems.accept(new IngestProblem(file.toString(), "unexpected failure: " + e));
        }
    }

    private void readFile(Path path, String name, Consumer<RawDocument> documentSink, Consumer<IngestProblem> problemSink) {
        // Everything said about this file, down to a record's id or an item's link, leads back to it.
        Consumer<IngestProblem> problems = p -> problemSink.accept(p.within(name));
        Consumer<RawDocument> documents = d -> documentSink.accept(d.origin().equals(d.source()) ? d.readAt(name) : d);
        FileKind kind = FileKind.of(path);
        switch (kind) {
            case HTML -> readPage(path, name, RawDocument.Format.HTML, documents, problems);
            case TEXT -> readPage(path, name, RawDocument.Format.TEXT, documents, problems);
            case JSON_LINES -> ArticleRecords.readJsonLines(path, name, options.maxBytes(), documents, problems);
            case JSON -> {
                if (sniffHead(path, name, problems) == ContentKind.JSON_FEED) {
                    readFeedFile(path, name, documents, problems);
                } else {
                    ArticleRecords.readJson(path, name, options.maxBytes(), documents, problems);
                }
            }
            case FEED, OPML -> readFeedFile(path, name, documents, problems);
            case UNKNOWN -> {
                ContentKind sniffed = sniffHead(path, name, problems);
                if (sniffed == null) {
                    return;
                }
                if (sniffed.isFeed() || sniffed == ContentKind.OPML) {
                    readFeedFile(path, name, documents, problems);
                } else {
                    String extension = FileKind.extension(path);
                    problems.accept(new IngestProblem(name, (extension.isEmpty() ? "no file extension"
                            : "unknown file extension ." + extension) + " and not a feed; skipped (known: "
                            + FileKind.KNOWN_EXTENSIONS + ")"));
                }
            }
        }
    }

    /** A saved page or scraped text: passed on as bytes, unless it is empty, binary or too large. */
    private void readPage(Path path, String name, RawDocument.Format format, Consumer<RawDocument> documents,
                          Consumer<IngestProblem> problems) {
        byte[] content = readContent(path, name, problems);
        if (content == null) {
            return;
        }
        if (RawBytes.looksBinary(content)) {
            problems.accept(new IngestProblem(name, "binary data (NUL bytes), not a "
                    + (format == RawDocument.Format.HTML ? "web page" : "text") + "; skipped"));
            return;
        }
        documents.accept(new RawDocument(path.toAbsolutePath().normalize().toUri().toString(), format, content,
                null, DocumentHints.NONE));
    }

    /** The file's bytes; null, with the problem reported, when it cannot be read or is empty. */
    private byte[] readContent(Path path, String name, Consumer<IngestProblem> problems) {
        byte[] content = readBytes(path, name, problems);
        if (content != null && RawBytes.isBlank(content)) {
            problems.accept(new IngestProblem(name, "empty file"));
            return null;
        }
        return content;
    }

    private void readFeedFile(Path path, String name, Consumer<RawDocument> documents, Consumer<IngestProblem> problems) {
        byte[] content = readContent(path, name, problems);
        if (content == null) {
            return;
        }
        if (ContentKind.sniff(content) == ContentKind.OPML) {
            readOpml(content, name, null, path.toAbsolutePath().getParent(), documents, problems);
            return;
        }
        try {
            feedDocuments.emit(FeedParser.parse(content, null, null), name, documents, problems);
        } catch (MalformedFeedException e) {
            problems.accept(new IngestProblem(name, e.getMessage()));
        }
    }

    /**
     * Reads the feeds an OPML list names. Lists from the web may only name http(s) feeds; local lists may
     * also name feed files, relative to the list's folder.
     */
    private void readOpml(byte[] content, String name, URI base, Path folder, Consumer<RawDocument> documents,
                          Consumer<IngestProblem> problems) {
        List<Opml.Subscription> subscriptions;
        try {
            subscriptions = Opml.subscriptions(content);
        } catch (MalformedFeedException e) {
            problems.accept(new IngestProblem(name, e.getMessage()));
            return;
        }
        if (subscriptions.isEmpty()) {
            problems.accept(new IngestProblem(name, "the OPML list names no feeds (no outline with an xmlUrl)"));
            return;
        }
        List<String> webFeeds = new ArrayList<>();
        for (Opml.Subscription subscription : subscriptions) {
            String url = subscription.xmlUrl();
            try {
                URI uri = base != null ? base.resolve(WebAddress.parse(url)) : WebAddress.parse(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (scheme.equals("http") || scheme.equals("https")) {
                    webFeeds.add(uri.toString());
                } else if (base != null) {
                    problems.accept(new IngestProblem(url, "listed in " + name
                            + ": a list from the web may only name http(s) feeds"));
                } else {
                    Path feed = scheme.equals("file") ? Path.of(uri) : folder.resolve(url);
                    if (Files.isRegularFile(feed)) {
                        readFeedFile(feed, feed.toString(), documents, problems);
                    } else {
                        problems.accept(new IngestProblem(url, "listed in " + name + ": no such feed file"));
                    }
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.accept(new IngestProblem(url, "listed in " + name + ": not a valid URL or path"));
            }
        }
        readFeedsInParallel(webFeeds, name, documents, problems);
    }

    /**
     * Reads feeds from the web on virtual threads, at most {@value #PARALLEL_FEEDS} at a time (the fetcher
     * still spaces requests to any one host). Workers pass what they read through a bounded queue, so the
     * consumers are called on this thread only, as documents arrive, and a slow consumer holds the workers
     * back instead of letting documents pile up. Items of one feed stay in order; feeds interleave.
     */
    private void readFeedsInParallel(List<String> urls, String listName, Consumer<RawDocument> documents,
                                     Consumer<IngestProblem> problems) {
        if (urls.size() <= 1) {
            urls.forEach(url -> readUrl(url, documents, problems, false));
            return;
        }
        Object finished = new Object();
        BlockingQueue<Object> arrivals = new ArrayBlockingQueue<>(64);
        Semaphore slots = new Semaphore(PARALLEL_FEEDS);
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (String url : urls) {
                workers.submit(() -> {
                    try {
                        slots.acquire();
                        try {
                            readUrl(url, d -> putOrStop(arrivals, d), p -> putOrStop(arrivals, p), false);
                        } finally {
                            slots.release();
                        }
                    } catch (RuntimeException e) {
                        putQuietly(arrivals, new IngestProblem(url, "unexpected failure: " + e));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        putQuietly(arrivals, finished);
                    }
                    return null;
                });
            }
            int done = 0;
            while (done < urls.size()) {
                Object arrival = arrivals.take();
                if (arrival == finished) {
                    done++;
                } else if (arrival instanceof RawDocument document) {
                    documents.accept(document);
                } else if (arrival instanceof IngestProblem problem) {
                    problems.accept(problem);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.accept(new IngestProblem(listName, "interrupted; the remaining feeds were not read"));
        } finally {
            workers.shutdownNow();
        }
    }

    /** Hands an item to the draining thread; a cancelled worker stops at its next item. */
    private static void putOrStop(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("feed reading cancelled");
        }
    }

    private static void putQuietly(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fetches a URL and reads it as a feed, an OPML list (when {@code opmlAllowed}: lists do not nest) or a
     * page.
     */
    private void readUrl(String url, Consumer<RawDocument> documentSink, Consumer<IngestProblem> problemSink,
                         boolean opmlAllowed) {
        Consumer<IngestProblem> problems = p -> problemSink.accept(p.within(url));
        Consumer<RawDocument> documents = d -> documentSink.accept(d.origin().equals(d.source()) ? d.readAt(url) : d);
        URI uri;
        try {
            uri = WebAddress.parse(url);
        } catch (URISyntaxException e) {
            problems.accept(new IngestProblem(url, "malformed URL: " + e.getReason()));
            return;
        }
        FetchedResource resource;
        try {
            resource = fetcher.fetch(uri);
        } catch (FetchException e) {
            problems.accept(new IngestProblem(url, e.getMessage()));
            return;
        }
        byte[] body = resource.body();
        if (RawBytes.isBlank(body)) {
            problems.accept(new IngestProblem(url, "empty response"));
            return;
        }
        String mediaType = resource.mediaType();
        ContentKind kind = ContentKind.of(mediaType, body);
        if (kind.isFeed()) {
            try {
                feedDocuments.emit(FeedParser.parse(body, resource.contentType(), resource.location()), url, documents, problems);
            } catch (MalformedFeedException e) {
                problems.accept(new IngestProblem(url, e.getMessage()));
            }
        } else if (kind == ContentKind.OPML) {
            if (opmlAllowed) {
                readOpml(body, url, resource.location(), null, documents, problems);
            } else {
                problems.accept(new IngestProblem(url, "an OPML list inside an OPML list is not followed"));
            }
        } else if (mediaType.equals("text/plain")) {
            documents.accept(new RawDocument(resource.location().toString(), RawDocument.Format.TEXT, body,
                    resource.contentType(), DocumentHints.NONE));
        } else if (kind == ContentKind.HTML || RawBytes.isPageType(mediaType)) {
            if (RawBytes.looksBinary(body)) {
                problems.accept(new IngestProblem(url, "binary data (NUL bytes), not a web page"));
                return;
            }
            documents.accept(new RawDocument(resource.location().toString(), RawDocument.Format.HTML, body,
                    resource.contentType(), DocumentHints.NONE));
        } else {
            problems.accept(new IngestProblem(url, "neither a web page nor a feed (Content-Type: "
                    + (mediaType.isEmpty() ? "none" : mediaType) + ")"));
        }
    }

    /** The file's (decompressed) bytes, or {@code null} after reporting why they cannot be had. */
    private byte[] readBytes(Path path, String name, Consumer<IngestProblem> problems) {
        try {
            return FileContent.read(path, options.maxBytes());
        } catch (FileContent.TooLarge e) {
            problems.accept(new IngestProblem(name, e.getMessage() + "; skipped"));
        } catch (IOException | SecurityException e) {
            problems.accept(new IngestProblem(name, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** What the first kilobytes of a file are, or {@code null} after reporting that it cannot be read. */
    private static ContentKind sniffHead(Path path, String name, Consumer<IngestProblem> problems) {
        try {
            return ContentKind.sniff(FileContent.head(path, 8192));
        } catch (IOException | SecurityException e) {
            problems.accept(new IngestProblem(name, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
