package dev.storyline.ingest;

/**
 * A problem with one input that was skipped or only partly read, reported with the input that caused it
 * so that the user can find it. A problem never stops the rest of a run.
 *
 * @param source  the path, URL or record that failed (with a line number for JSONL)
 * @param message what went wrong, in words a user understands
 * @param input   the file or URL the user named (or a folder held) that the problem belongs to, so that
 *                problems can be counted and capped per input; the source itself when it is the input
 */
public record IngestProblem(String source, String message, String input) {

    public IngestProblem {
        source = source == null || source.isBlank() ? "(unnamed)" : source;
        input = input == null || input.isBlank() ? source : input;
    }

    /** A problem whose source is the input itself. */
    public IngestProblem(String source, String message) {
        this(source, message, null);
    }

    /** This problem as part of {@code input}, unless it already names the input it belongs to. */
    public IngestProblem within(String input) {
        return this.input.equals(source) && !source.equals(input) ? new IngestProblem(source, message, input) : this;
    }

    /**
     * The source, followed by the input when the source alone would not lead the user there (a record id
     * such as {@code 0} or a feed item's link); a file's own {@code file:} URI leads there.
     */
    @Override
    public String toString() {
        boolean leadsThere = source.startsWith(input) || source.endsWith(input) && source.startsWith("file:");
        return (leadsThere ? source : source + " (in " + input + ")") + ": " + message;
    }
}
