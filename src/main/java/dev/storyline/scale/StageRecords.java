package dev.storyline.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.story.StoryJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The records between the workers, as bytes: each an envelope {@code {"v":1,"kind":"...","body":{...}}}
 * around the record the stages exchange, written with the project's one JSON mapper. A reader takes every
 * version up to {@link #VERSION} and ignores fields it does not know (so a newer writer may add fields);
 * a record of a later version is refused with {@link NewerRecordException}, and one that is not an
 * envelope at all with {@link UnreadableRecordException}. Stateless and safe to share across threads.
 */
public final class StageRecords {

    /** The envelope version this code writes, and the highest it reads. */
    public static final int VERSION = 1;

    /** What a record holds; the name is its {@code kind} on the wire. */
    public enum Kind {
        HOST("host", FeedHost.class),
        DELIVERY("delivery", dev.storyline.follow.FeedDelivery.class),
        ANALYSED("analysed", AnalysedArticle.class),
        STORY("story", StoryChange.class);

        final String wire;
        final Class<?> type;

        Kind(String wire, Class<?> type) {
            this.wire = wire;
            this.type = type;
        }
    }

    /** A record that is not an envelope of this kind: not JSON, no version, another kind, or a body that does not fit. */
    public static class UnreadableRecordException extends RuntimeException {
        UnreadableRecordException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A record of a later version than this code reads: the worker stops instead of losing it. */
    public static final class NewerRecordException extends UnreadableRecordException {
        NewerRecordException(int version) {
            super("record version " + version + " is newer than this worker reads (" + VERSION
                    + "); upgrade the worker", null);
        }
    }

    private StageRecords() {
    }

    /** The record in its envelope, as UTF-8 JSON. */
    public static byte[] write(Kind kind, Object body) {
        if (!kind.type.isInstance(body)) {
            throw new IllegalArgumentException(kind.wire + " records hold " + kind.type.getSimpleName() + ", not " + body.getClass().getSimpleName());
        }
        ObjectNode envelope = StoryJson.MAPPER.createObjectNode();
        envelope.put("v", VERSION);
        envelope.put("kind", kind.wire);
        envelope.set("body", StoryJson.MAPPER.valueToTree(body));
        try {
            return StoryJson.MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write a " + kind.wire + " record: " + e.getMessage(), e);
        }
    }

    /** The record's body, read as {@code kind} says. */
    public static <T> T read(Kind kind, byte[] bytes, Class<T> type) {
        JsonNode envelope;
        try {
            envelope = StoryJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableRecordException("not a JSON record: " + e.getMessage(), e);
        }
        if (envelope == null || !envelope.path("v").canConvertToInt()) {
            throw new UnreadableRecordException("not a Storyline record: no version \"v\"", null);
        }
        int version = envelope.path("v").intValue();
        if (version > VERSION) {
            throw new NewerRecordException(version);
        }
        if (!kind.wire.equals(envelope.path("kind").asText())) {
            throw new UnreadableRecordException("a " + envelope.path("kind").asText() + " record where a " + kind.wire
                    + " record belongs", null);
        }
        try {
            return type.cast(StoryJson.MAPPER.treeToValue(envelope.path("body"), kind.type));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableRecordException("a " + kind.wire + " record whose body does not fit: " + e.getMessage(), e);
        }
    }

    /** The bytes as text, for messages. */
    static String preview(byte[] bytes) {
        String text = bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
