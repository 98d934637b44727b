package dev.storyline.ingest.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.ingest.DocumentHints;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.DateText;
import dev.storyline.ingest.PublicationDate;
import dev.storyline.ingest.RawDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * <p>A bad record (or bad line) is reported as {@code path:line} and the rest of the file is read.
 * {@code .gz} files are decompressed as they are read. Text that is not valid UTF-8 is read with
 * replacement characters rather than refused.
 * Documents are handed on as they are read, so a large file is never held in memory. Stateless.
 */
public final class ArticleRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private ArticleRecords() {
    }

    /** Reads a JSON Lines file; blank lines are skipped. */
    public static void readJsonLines(Path path, String name, Consumer<RawDocument> documents,
                                     Consumer<IngestProblem> problems) {
        int records = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(FileContent.open(path), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = name + ":" + number;
                records++;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.accept(new IngestProblem(where, "malformed JSON: " + e.getOriginalMessage()));
                    continue;
                }
                toDocument(node, where, problems).ifPresent(documents);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new IngestProblem(name, "cannot read: " + e.getMessage()));
            return;
        }
        if (records == 0) {
            problems.accept(new IngestProblem(name, "empty file: no records"));
        }
    }

    /** Reads a JSON file holding one article object or an array of them. */
    public static void readJson(Path path, String name, Consumer<RawDocument> documents,
                                Consumer<IngestProblem> problems) {
        try (InputStream in = FileContent.open(path); JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.accept(new IngestProblem(name, "empty file: no records"));
                return;
            }
            if (first == JsonToken.START_OBJECT) {
                String where = name + ":" + parser.currentTokenLocation().getLineNr();
                toDocument(JSON.readTree(parser), where, problems).ifPresent(documents);
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                problems.accept(new IngestProblem(name, "expected an article object or an array of them"));
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    problems.accept(new IngestProblem(name, "the array is not closed"));
                    return;
                }
                String where = name + ":" + parser.currentTokenLocation().getLineNr();
                toDocument(JSON.readTree(parser), where, problems).ifPresent(documents);
            }
        } catch (JsonProcessingException e) {
            problems.accept(new IngestProblem(name + ":" + e.getLocation().getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage() + " (records after this point are not read)"));
        } catch (IOException e) {
            problems.accept(new IngestProblem(name, "cannot read: " + e.getMessage()));
        }
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
