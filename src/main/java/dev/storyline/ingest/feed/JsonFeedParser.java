package dev.storyline.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.DateText;
import dev.storyline.ingest.JsonLimits;
import dev.storyline.ingest.PublicationDate;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into a {@link Feed}. Only the fields the
 * spec defines for an item's identity, text and metadata are read. Stateless and safe to share.
 */
final class JsonFeedParser {

    private static final ObjectMapper JSON = JsonLimits.mapper();

    private JsonFeedParser() {
    }

    static Feed parse(byte[] content, URI location) throws MalformedFeedException {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new MalformedFeedException("not a readable JSON Feed: " + JsonLimits.describe(e), e);
        } catch (IOException e) {
            throw new MalformedFeedException("cannot read JSON Feed: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedFeedException("a JSON Feed must be a JSON object");
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new MalformedFeedException("a JSON Feed needs an \"items\" array");
        }
        String feedLanguage = text(root, "language");
        String feedAuthor = author(root);
        List<FeedItem> result = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                continue;
            }
            String html = text(item, "content_html");
            String plain = text(item, "content_text");
            String summary = text(item, "summary");
            String body = html != null ? html : plain != null ? plain : summary;
            boolean isHtml = html != null || (plain == null && summary != null && FeedParser.isHtml(null, summary));
            PublicationDate published = DateText.parse(text(item, "date_published"))
                    .or(() -> DateText.parse(text(item, "date_modified"))).orElse(null);
            String link = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            String language = text(item, "language") != null ? text(item, "language") : feedLanguage;
            String author = author(item) != null ? author(item) : feedAuthor;
            result.add(new FeedItem(FeedParser.resolve(location, link), text(item, "id"), text(item, "title"),
                    published, author, language, body, isHtml, tags(item)));
        }
        return new Feed(text(root, "title"), feedLanguage, result);
    }

    /** 1.1 has {@code authors}, 1.0 has {@code author}; each has a {@code name}. */
    private static String author(JsonNode node) {
        JsonNode authors = node.path("authors");
        if (authors.isArray()) {
            for (JsonNode a : authors) {
                String name = text(a, "name");
                if (name != null) {
                    return name;
                }
            }
        }
        return text(node.path("author"), "name");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? FeedParser.blankToNull(value.asText()) : null;
    }

    /** The item's {@code tags}, the strings among them. */
    private static List<String> tags(JsonNode item) {
        List<String> tags = new ArrayList<>();
        for (JsonNode t : item.path("tags")) {
            if (t.isTextual() && !t.asText().isBlank()) {
                tags.add(t.asText().strip());
            }
        }
        return tags;
    }
}
