package dev.storyline.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.story.StoryJson;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OpenAPI 3.1 description of the JSON API, served at {@code /api/openapi.json} with the server's
 * public address as its server, and the story format's JSON Schema it refers to at
 * {@link #STORY_SCHEMA_PATH}. Both are read once from the jar (the schema is {@code docs/story-format.schema.json},
 * copied in by the build). Thread-safe.
 */
final class OpenApiDocument {

    /** Where the story schema is served; the OpenAPI document's Story schema refers here. */
    static final String STORY_SCHEMA_PATH = "/schema/story-format.schema.json";

    private static final String DOCUMENT = "/dev/storyline/web/openapi.json";
    private static final String STORY_SCHEMA = "/dev/storyline/web/story-format.schema.json";

    private final Supplier<String> baseUrl;
    private final String template;
    private final String storySchema;
    private volatile String document;

    /** @param baseUrl the server's public address, known only once it listens */
    OpenApiDocument(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
        this.template = resource(DOCUMENT);
        this.storySchema = resource(STORY_SCHEMA);
    }

    /** The document with the server's address in it. */
    String json() {
        String d = document;
        if (d == null) {
            try {
                ObjectNode doc = (ObjectNode) StoryJson.MAPPER.readTree(template);
                doc.set("servers", StoryJson.MAPPER.valueToTree(List.of(Map.of("url", baseUrl.get()))));
                d = StoryJson.MAPPER.writeValueAsString(doc);
                document = d;
            } catch (IOException e) {
                throw new UncheckedIOException("the OpenAPI document in the jar is not JSON", e);
            }
        }
        return d;
    }

    private static String resource(String path) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void document(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(json());
    }

    void storySchema(Context ctx) {
        ctx.contentType("application/schema+json; charset=utf-8").result(storySchema);
    }
}
