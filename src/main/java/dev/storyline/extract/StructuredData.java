package dev.storyline.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article: the {@code NewsArticle} (or {@code Article},
 * {@code BlogPosting}, ...) object found in any {@code <script type="application/ld+json">} block,
 * including inside {@code @graph} arrays and {@code mainEntity}. Fields are {@code null} (or empty) when
 * the page does not state them. Immutable.
 *
 * @param headline      the {@code headline} (or {@code name})
 * @param articleBody   the {@code articleBody} text
 * @param authors       names from {@code author} (a Person, an Organization, a list or a plain string)
 * @param publisher     the {@code publisher} name
 * @param datePublished the raw {@code datePublished}
 * @param dateModified  the raw {@code dateModified}
 * @param url           the {@code url} or {@code mainEntityOfPage} id
 * @param image         the first {@code image} URL
 * @param imageCaption  the caption of that image
 * @param language      {@code inLanguage}
 */
public record StructuredData(String headline, String articleBody, List<String> authors, String publisher,
                             String datePublished, String dateModified, String url, String image,
                             String imageCaption, String language) {

    static final StructuredData NONE = new StructuredData(null, null, List.of(), null, null, null, null, null,
            null, null);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS, JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS,
                    JsonParser.Feature.ALLOW_SINGLE_QUOTES, JsonParser.Feature.ALLOW_TRAILING_COMMA)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public StructuredData {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Reads the article object of a parsed page; {@link #NONE} when there is none or it cannot be read. */
    static StructuredData of(Document page) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                collectArticles(JSON.readTree(json), articles, 0);
            } catch (Exception e) {
                // A broken JSON-LD block is common; the page's other metadata still counts.
            }
        }
        if (articles.isEmpty()) {
            return NONE;
        }
        // Prefer the object that carries a body, then the first one (the page's own article comes first).
        JsonNode best = articles.stream().filter(a -> text(a.get("articleBody")) != null).findFirst()
                .orElse(articles.get(0));
        String headline = firstNonNull(text(best.get("headline")), text(best.get("name")));
        String publisher = name(best.get("publisher"));
        List<String> authors = new ArrayList<>(names(best.get("author")));
        if (authors.isEmpty()) {
            authors.addAll(names(best.get("creator")));
        }
        String url = text(best.get("url"));
        if (url == null) {
            JsonNode main = best.get("mainEntityOfPage");
            url = main != null && main.isObject() ? firstNonNull(text(main.get("@id")), text(main.get("url")))
                    : text(main);
        }
        JsonNode image = first(best.get("image"));
        String imageUrl = image == null ? null : image.isObject()
                ? firstNonNull(text(image.get("url")), text(image.get("contentUrl"))) : text(image);
        String caption = image != null && image.isObject()
                ? firstNonNull(text(image.get("caption")), text(image.get("description"))) : null;
        return new StructuredData(headline, text(best.get("articleBody")), authors, publisher,
                text(best.get("datePublished")), text(best.get("dateModified")), url, imageUrl, caption,
                text(best.get("inLanguage")));
    }

    private static void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticleType(node.get("@type"))) {
            out.add(node);
        }
        collectArticles(node.get("@graph"), out, depth + 1);
        collectArticles(node.get("mainEntity"), out, depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        int colon = t.lastIndexOf('/');
        t = colon >= 0 ? t.substring(colon + 1) : t;
        return t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting")
                || t.equals("report") || t.equals("posting") || t.equals("socialmediaposting");
    }

    private static JsonNode first(JsonNode n) {
        return n != null && n.isArray() ? (n.isEmpty() ? null : n.get(0)) : n;
    }

    private static String name(JsonNode n) {
        n = first(n);
        if (n == null) {
            return null;
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static List<String> names(JsonNode n) {
        if (n == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (n.isArray()) {
            for (JsonNode each : n) {
                String name = name(each);
                if (name != null) {
                    out.add(name);
                }
            }
        } else {
            String name = name(n);
            if (name != null) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
