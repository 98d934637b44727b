package dev.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.storyline.story.StoryJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The JSON columns of the store (an article's analysis, a page, a list of regroupings), written and read
 * with the one mapper of {@link StoryJson}. A value that cannot be read is logged with what it is and left
 * out, so that one damaged row never hides the others. Stateless and safe to share across threads.
 */
final class RowJson {

    private static final Logger LOG = LoggerFactory.getLogger(RowJson.class);

    private RowJson() {
    }

    /** The value as JSON; {@code what} names it in the error. */
    static String write(Object value, String what) {
        try {
            return StoryJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + what + " as JSON: " + e.getMessage(), e);
        }
    }

    /** The stored value, or empty after logging that {@code what} in {@code location} is unreadable. */
    static <T> Optional<T> read(String json, Class<T> type, String what, String location) {
        return read(json, StoryJson.MAPPER.getTypeFactory().constructType(type), what, location);
    }

    /** As {@link #read(String, Class, String, String)}, for a generic type such as a list. */
    static <T> Optional<T> read(String json, TypeReference<T> type, String what, String location) {
        return read(json, StoryJson.MAPPER.getTypeFactory().constructType(type), what, location);
    }

    private static <T> Optional<T> read(String json, JavaType type, String what, String location) {
        try {
            return Optional.of(StoryJson.MAPPER.readValue(json, type));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("stored {} in {} is unreadable, skipped: {}", what, location, e.getMessage());
            return Optional.empty();
        }
    }
}
