package dev.storyline;

import dev.storyline.extract.Article;
import dev.storyline.ingest.IngestProblem;
import dev.storyline.ingest.RawDocument;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The articles one run has read, by id and by text fingerprint, so that a repeat is skipped and reported
 * with the source it repeats: no input disappears without a word.
 */
final class FirstReads {

    /** Article id or text fingerprint, to the source first read with it. */
    private final Map<String, String> seen = new HashMap<>();

    /** Whether this is the first time the run sees the article; a repeat is reported to {@code problems}. */
    boolean first(Article a, RawDocument doc, Consumer<IngestProblem> problems) {
        String sameId = seen.putIfAbsent("id:" + a.id(), doc.source());
        if (sameId != null) {
            problems.accept(doc.problem("duplicate: the same article as " + sameId + " was read already; skipped"));
            return false;
        }
        String sameText = seen.putIfAbsent("text:" + Storyline.contentHash(a), doc.source());
        if (sameText != null) {
            problems.accept(doc.problem("duplicate: the same text as " + sameText + "; skipped"));
            return false;
        }
        return true;
    }
}
