package dev.storyline.ingest.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.DateText;
import dev.storyline.ingest.JsonLimits;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.ingest.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads article records from {@code .json} files (one object, or an array streamed element by element)
 * and {@code .jsonl} files (one object per line). A record has {@code url} or {@code id} (the source is
 * the url when it is non-empty, else the id), {@code title}, {@code html} or {@code text} (HTML wins),
 * and optionally {@code published}, {@code publisher}, {@code author} and {@code language}. A record with a
 * title but no body is passed on as an empty TEXT document (and reported), since its headline is news. The record's
 * {@code id} is kept as the guid so that a record can be matched back to its id. No other field is read:
 * a record may carry labels (such as an evaluation's gold answer) that must not leak into the pipeline.
 *
 * <p>A bad record (or bad line) is reported as {@code path:line} and the rest of the file is read. No
 * record may be larger than a cap (by default {@value #DEFAULT_MAX_RECORD_BYTES} bytes, the ingest
 * size limit): a longer line or array element is read past without being held, and reported with the
 * cap; arrays and objects nested deeper than {@link JsonLimits#MAX_DEPTH} are refused.
 * {@code .gz} files are decompressed as they are read. Text that is not valid UTF-8 is read with
 * replacement characters rather than refused.
 * Documents are handed on as they are read, so a large file is never held in memory. Stateless.
 */
public final class ArticleRecords {

    /** The largest record read when the caller names no cap: 10 MiB, as for a page. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;

    private static final ObjectMapper JSON = JsonLimits.mapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private ArticleRecords() {
    }

    /** Reads a JSON Lines file with the default record cap. */
    public static void readJsonLines(Path path, String name, Consumer<RawDocument> documents,
                                     Consumer<IngestProblem> problems) {
        readJsonLines(path, name, DEFAULT_MAX_RECORD_BYTES, documents, problems);
    }

    /** Reads a JSON Lines file; blank lines are skipped, a line over {@code maxRecordBytes} is reported. */
    public static void readJsonLines(Path path, String name, long maxRecordBytes, Consumer<RawDocument> documents,
                                     Consumer<IngestProblem> problems) {
        int cap = capOf(maxRecordBytes);
        int records = 0;
        try (InputStream in = FileContent.open(path)) {
            BoundedLines lines = new BoundedLines(in, cap);
            BoundedLines.Line line;
            while ((line = lines.next()) != null) {
                String where = name + ":" + line.number();
                if (line.tooLong()) {
                    records++;
                    problems.accept(new IngestProblem(where, "line of " + line.bytes() + " bytes is larger than the limit of "
                            + cap + " bytes for one record; skipped", name));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                records++;
                JsonNode node;
                try {
                    node = JSON.readTree(line.text());
                } catch (JsonProcessingException e) {
                    problems.accept(new IngestProblem(where, JsonLimits.describe(e, false), name));
                    continue;
                }
                toDocument(node, where, problems).map(d -> d.readAt(where)).ifPresent(documents);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new IngestProblem(name, "cannot read: " + e.getMessage()));
            return;
        }
        if (records == 0) {
            problems.accept(new IngestProblem(name, "empty file: no records"));
        }
    }

    /** Reads a JSON file with the default record cap. */
    public static void readJson(Path path, String name, Consumer<RawDocument> documents,
                                Consumer<IngestProblem> problems) {
        readJson(path, name, DEFAULT_MAX_RECORD_BYTES, documents, problems);
    }

    /**
     * Reads a JSON file holding one article object or an array of them, element by element; an element
     * over {@code maxRecordBytes} is reported and read past.
     */
    public static void readJson(Path path, String name, long maxRecordBytes, Consumer<RawDocument> documents,
                                Consumer<IngestProblem> problems) {
        int cap = capOf(maxRecordBytes);
        try (InputStream in = FileContent.open(path); JsonParser parser = FACTORY.createParser(in)) {
            try {
                readRecords(parser, name, cap, documents, problems);
            } catch (JsonProcessingException e) {
                // A crossed limit comes without a location; the parser still knows where it stopped.
                int line = e.getLocation() != null ? e.getLocation().getLineNr() : parser.currentLocation().getLineNr();
                problems.accept(new IngestProblem(line > 0 ? name + ":" + line : name, JsonLimits.describe(e, false)
                        + "; records after this point are not read", name));
            }
        } catch (IOException e) {
            problems.accept(new IngestProblem(name, "cannot read: " + e.getMessage()));
        }
    }

    private static void readRecords(JsonParser parser, String name, int cap, Consumer<RawDocument> documents,
                                    Consumer<IngestProblem> problems) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.accept(new IngestProblem(name, "empty file: no records"));
            return;
        }
        if (first == JsonToken.START_OBJECT) {
            record(parser, name, cap, documents, problems);
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            problems.accept(new IngestProblem(name, "expected an article object or an array of them"));
            return;
        }
        int records = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                problems.accept(new IngestProblem(name, "the array is not closed"));
                return;
            }
            records++;
            record(parser, name, cap, documents, problems);
        }
        if (records == 0) {
            problems.accept(new IngestProblem(name, "empty array: no records"));
        }
    }

    /** Reads the record starting at the parser's current token, or reads past it when it is over the cap. */
    private static void record(JsonParser parser, String name, int cap, Consumer<RawDocument> documents,
                               Consumer<IngestProblem> problems) throws IOException {
        String where = name + ":" + parser.currentTokenLocation().getLineNr();
        long start = parser.currentTokenLocation().getByteOffset();
        if (!parser.currentToken().isStructStart()) {
            problems.accept(new IngestProblem(where, "not a JSON object", name));
            return;
        }
        try (TokenBuffer tokens = new TokenBuffer(parser)) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
                long size = parser.currentLocation().getByteOffset() - start;
                if (size > cap) {
                    skipRest(parser, depth);
                    problems.accept(new IngestProblem(where, "record of more than " + cap
                            + " bytes is larger than the limit for one record; skipped", name));
                    return;
                }
                tokens.copyCurrentEvent(parser);
            } while (depth > 0 && parser.nextToken() != null);
            if (depth > 0) {
                throw new JsonProcessingException("the record is not closed", parser.currentLocation()) {
                };
            }
            try (JsonParser replay = tokens.asParser()) {
                toDocument(JSON.readTree(replay), where, problems).map(d -> d.readAt(where)).ifPresent(documents);
            }
        }
    }

    private static void skipRest(JsonParser parser, int depth) throws IOException {
        while (depth > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return;
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
        }
    }

    private static int capOf(long maxRecordBytes) {
        return (int) Math.max(1, Math.min(maxRecordBytes, Integer.MAX_VALUE - 8));
    }

    /**
     * Turns one record into a document, or reports why it cannot be one.
     *
     * @param where the record's location for messages, such as {@code articles.jsonl:12}
     */
    public static Optional<RawDocument> toDocument(JsonNode record, String where, Consumer<IngestProblem> problems) {
        if (record == null || !record.isObject()) {
            problems.accept(new IngestProblem(where, "not a JSON object"));
            return Optional.empty();
        }
        String url = scalar(record, "url");
        String id = scalar(record, "id");
        String source = url != null ? url : id;
        if (source == null) {
            problems.accept(new IngestProblem(where, "record has neither a url nor an id; skipped"));
            return Optional.empty();
        }
        String html = scalar(record, "html");
        String text = scalar(record, "text");
        String title = scalar(record, "title");
        if (html == null && text == null) {
            if (title == null) {
                problems.accept(new IngestProblem(where, "record " + source + " has no title, text or html; skipped"));
                return Optional.empty();
            }
            // The headline alone still says what happened; dropping the record would lose it.
            problems.accept(new IngestProblem(where, "record " + source + " has neither text nor html; passed on with its title only"));
        }
        PublicationDate published = null;
        String publishedText = scalar(record, "published");
        if (publishedText != null) {
            published = DateText.parse(publishedText).orElse(null);
            if (published == null) {
                problems.accept(new IngestProblem(where, "record " + source + ": unreadable published date '"
                        + publishedText + "'; kept without a date"));
            }
        }
        DocumentHints hints = new DocumentHints(title, published, scalar(record, "publisher"),
                names(record.get("author")), scalar(record, "language"), id);
        return Optional.of(html != null
                ? new RawDocument(source, RawDocument.Format.HTML, html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8", hints)
                : new RawDocument(source, RawDocument.Format.TEXT, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8", hints));
    }

    /** A string, number or boolean field as text; {@code null} when absent, null, blank or structured. */
    private static String scalar(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** An author may be a name, a list of names, or an object with a name. */
    private static String names(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        if (author.isValueNode()) {
            String s = author.asText().strip();
            return s.isEmpty() ? null : s;
        }
        List<String> names = new ArrayList<>();
        Iterable<JsonNode> people = author.isArray() ? author : List.of(author);
        for (JsonNode person : people) {
            String name = person.isValueNode() ? person.asText().strip() : person.path("name").asText("").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
