package dev.storyline.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bounds every JSON input is read within (article records, JSON Lines, JSON Feeds), and the words
 * used when one is crossed. Deep nesting is refused early because nothing in a news record nests deeply
 * and a parser's work and stack grow with depth; a single string is capped so that one field cannot take
 * the memory of the whole run. Stateless.
 */
public final class JsonLimits {

    /** Arrays and objects nested deeper than this are refused. */
    public static final int MAX_DEPTH = 200;

    /** The longest single string value, in characters. */
    public static final int MAX_STRING = 16 * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .build())
            .build());

    private JsonLimits() {
    }

    /** A mapper that enforces the limits; thread-safe. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * What went wrong, in a user's words, with the line when the parser knows it. Never fails: a limit
     * crossed may come without a location.
     */
    public static String describe(JsonProcessingException e) {
        return describe(e, true);
    }

    /** As {@link #describe(JsonProcessingException)}, leaving out the line when the caller names it itself. */
    public static String describe(JsonProcessingException e, boolean withLine) {
        String what = e instanceof StreamConstraintsException
                ? (e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting")
                        ? "nested deeper than " + MAX_DEPTH + " levels (the limit for a record)"
                        : "a value exceeds the limit for a record: " + e.getOriginalMessage())
                : "malformed JSON: " + e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        return withLine && at != null && at.getLineNr() > 0 ? what + " (line " + at.getLineNr() + ")" : what;
    }
}
