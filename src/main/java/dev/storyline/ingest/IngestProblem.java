package dev.storyline.ingest;

/**
 * A problem with one input that was skipped or only partly read, reported with the input that caused it
 * so that the user can find it. A problem never stops the rest of a run.
 *
 * @param source  the path, URL or record that failed (with a line number for JSONL)
 * @param message what went wrong, in words a user understands
 */
public record IngestProblem(String source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
