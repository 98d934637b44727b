package dev.storyline.story;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of story pages ({@code docs/story-format.md}): instants as ISO-8601 strings, nulls kept.
 * The mapper is configured once and is safe to share across threads.
 */
public final class StoryJson {

    /** Mapper for every JSON the project writes or reads (pages, stored analyses, API bodies). */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoryJson() {
    }

    /** {@code {"stories":[...]}}. */
    public static String stories(List<StoryPage> pages) {
        return write(Map.of("stories", pages));
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StoryPage readPage(String json) {
        try {
            return MAPPER.readValue(json, StoryPage.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
