package dev.storyline.ingest.feed;

import dev.storyline.ingest.PublicationDate;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom (with ROME) and JSON Feed into a {@link Feed}. DOCTYPEs are refused, so
 * a feed cannot pull in external entities. Stateless and safe to share across threads.
 */
public final class FeedParser {

    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)</?(p|br|div|a|img|span|h[1-6]|ul|ol|li|em|strong|b|i|figure|blockquote|table|section|article)\\b");

    /** The most characters of an item's body that are kept (1 Mi): a long article has a fiftieth of that. */
    public static final int MAX_ITEM_CHARS = 1 << 20;

    private FeedParser() {
    }

    /**
     * @param content     the feed bytes, in any encoding the XML declares (or UTF-8 for JSON Feed)
     * @param contentType the declared {@code Content-Type}, or {@code null}; its charset is a hint
     * @param location    where the feed was read from, to resolve relative item links; may be {@code null}
     */
    public static Feed parse(byte[] content, String contentType, URI location) throws MalformedFeedException {
        if (content.length == 0) {
            throw new MalformedFeedException("empty feed");
        }
        if (ContentKind.sniff(content) == ContentKind.JSON_FEED) {
            return capped(JsonFeedParser.parse(content, location));
        }
        SyndFeed syndFeed;
        try (Reader reader = reader(content, contentType)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            syndFeed = input.build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new MalformedFeedException("not a readable RSS or Atom feed: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new MalformedFeedException("cannot decode the feed: " + firstLine(e.getMessage()), e);
        }
        String feedLanguage = blankToNull(syndFeed.getLanguage());
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : syndFeed.getEntries()) {
            items.add(item(entry, feedLanguage, location));
        }
        return capped(new Feed(blankToNull(syndFeed.getTitle()), feedLanguage, items));
    }

    /** A reader of the feed's characters in the encoding {@link FeedCharset} chooses, else as ROME detects it. */
    private static Reader reader(byte[] content, String contentType) throws IOException {
        Optional<Charset> charset = FeedCharset.choose(content, contentType);
        if (charset.isPresent()) {
            return new StringReader(FeedCharset.decode(content, charset.get()));
        }
        // Without a charset, ROME would read text/xml as US-ASCII (RFC 3023); the prolog and BOM are better guides.
        boolean headerCharset = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset");
        return new XmlReader(new ByteArrayInputStream(content), headerCharset ? contentType : null, true);
    }

    /**
     * The feed with every item body cut to {@link #MAX_ITEM_CHARS}, and a problem for each item cut: an item
     * that large is an embedded file or a whole archive, not an article, and would cost the pipeline far more
     * than it gives; its beginning is kept, as are the other items.
     */
    static Feed capped(Feed feed) {
        List<FeedItem> items = new ArrayList<>();
        List<Feed.ItemProblem> problems = new ArrayList<>(feed.problems());
        for (FeedItem item : feed.items()) {
            String body = item.body();
            if (body == null || body.length() <= MAX_ITEM_CHARS) {
                items.add(item);
                continue;
            }
            int end = Character.isHighSurrogate(body.charAt(MAX_ITEM_CHARS - 1)) ? MAX_ITEM_CHARS - 1 : MAX_ITEM_CHARS;
            FeedItem cut = new FeedItem(item.link(), item.guid(), item.title(), item.published(), item.author(),
                    item.language(), body.substring(0, end), item.bodyIsHtml());
            items.add(cut);
            problems.add(new Feed.ItemProblem(cut, "item " + (item.title() == null ? "without title" : "'" + item.title() + "'")
                    + " holds " + String.format(Locale.ROOT, "%,d", body.length()) + " characters, more than the "
                    + String.format(Locale.ROOT, "%,d", MAX_ITEM_CHARS) + " an item may hold; its text was cut there"));
        }
        return problems.size() == feed.problems().size() ? feed : new Feed(feed.title(), feed.language(), items, problems);
    }

    private static FeedItem item(SyndEntry entry, String feedLanguage, URI location) {
        SyndContent best = null;
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()
                    && (best == null || content.getValue().length() > best.getValue().length())) {
                best = content;
            }
        }
        SyndContent description = entry.getDescription();
        if (best == null && description != null && description.getValue() != null && !description.getValue().isBlank()) {
            best = description;
        }
        String body = best == null ? null : best.getValue().strip();
        boolean html = best != null && isHtml(best.getType(), body);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        String language = feedLanguage;
        if (entry.getModule(DCModule.URI) instanceof DCModule dc && dc.getLanguage() != null && !dc.getLanguage().isBlank()) {
            language = dc.getLanguage().strip();
        }
        return new FeedItem(resolve(location, entry.getLink()), blankToNull(entry.getUri()),
                blankToNull(entry.getTitle()), date == null ? null : PublicationDate.at(date.toInstant()).orElse(null), author(entry), language,
                body, html, entry.getCategories().stream().map(c -> blankToNull(c.getName())).filter(java.util.Objects::nonNull)
                        .map(String::strip).toList());
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor().strip();
        }
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return person.getName().strip();
            }
        }
        return null;
    }

    /** Declared types win where they are explicit; an undeclared body is HTML when it has tags. */
    static boolean isHtml(String declaredType, String body) {
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        if (type.equals("text") || type.equals("text/plain")) {
            return false;
        }
        return body != null && HTML_TAG.matcher(body).find();
    }

    /** Resolves a possibly relative link against where the feed came from; leaves it as it is when that fails. */
    static String resolve(URI location, String link) {
        String value = blankToNull(link);
        if (value == null || location == null) {
            return value;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() ? value : location.resolve(uri).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
