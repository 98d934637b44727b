package dev.storyline.ingest;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What a run tells the user about its inputs: each problem on its own line, naming the input (and line),
 * but at most {@value #SHOWN_PER_INPUT} lines for any one input, so that a file of four million bad lines
 * costs a handful of lines and not the terminal; then one summary, such as {@code 1,046 inputs: 20
 * articles; 1,026 inputs with problems: 773 not text, 92 duplicate ...}. It keeps a few counters per
 * input, never the problems themselves. Thread-safe.
 */
public final class ProblemReport implements Consumer<IngestProblem> {

    /** Problems shown for one input; the rest are counted. */
    public static final int SHOWN_PER_INPUT = 5;

    private static final Pattern LINE_SUFFIX = Pattern.compile(":\\d+$");
    private static final Pattern NUMBERS = Pattern.compile("\\d[\\d,.]*");

    private final PrintStream out;
    private final String prefix;
    private final Map<String, Integer> perInput = new LinkedHashMap<>();
    private final Map<String, String> firstKind = new LinkedHashMap<>();
    private long problems;
    private long hidden;

    /**
     * @param out    where problems are printed, usually standard error
     * @param prefix put before each line, such as {@code "storyline: "}
     */
    public ProblemReport(PrintStream out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    @Override
    public synchronized void accept(IngestProblem problem) {
        problems++;
        String input = inputOf(problem);
        int n = perInput.merge(input, 1, Integer::sum);
        firstKind.putIfAbsent(input, kind(problem.message()));
        if (n <= SHOWN_PER_INPUT) {
            out.println(prefix + problem);
        } else {
            hidden++;
            if (n == SHOWN_PER_INPUT + 1) {
                out.println(prefix + input + ": more problems with this input; they are counted, not shown");
            }
        }
    }

    /** Problems reported so far. */
    public synchronized long problems() {
        return problems;
    }

    /** Inputs with at least one problem so far. */
    public synchronized int inputsWithProblems() {
        return perInput.size();
    }

    /**
     * The closing line: how many inputs, how many articles came through, how many inputs had problems and
     * of what kind (the first problem of each input decides), and how many lines were held back.
     *
     * @param inputs   the inputs read (files, including those inside folders, and URLs)
     * @param articles the articles that came through
     */
    public synchronized String summary(int inputs, int articles) {
        Map<String, Integer> kinds = new TreeMap<>();
        firstKind.values().forEach(k -> kinds.merge(k, 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%,d %s: %,d %s", inputs, inputs == 1 ? "input" : "inputs", articles,
                articles == 1 ? "article" : "articles"));
        if (!perInput.isEmpty()) {
            sb.append(String.format("; %,d with problems: ", perInput.size()));
            StringBuilder list = new StringBuilder();
            kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> list.append(list.isEmpty() ? "" : ", ").append(String.format("%,d %s", e.getValue(), e.getKey())));
            sb.append(list);
        }
        if (hidden > 0) {
            sb.append(String.format(" (%,d of %,d problem lines not shown)", hidden, problems));
        }
        return sb.toString();
    }

    /** The input a problem counts against: the file or URL, without a record's line number. */
    static String inputOf(IngestProblem problem) {
        return LINE_SUFFIX.matcher(problem.input()).replaceFirst("");
    }

    /**
     * A problem's kind for the summary: its message up to the first detail (a colon, semicolon or
     * parenthesis), numbers replaced by {@code N}, so that "file of 12 bytes..." and "file of 99 bytes..."
     * count together.
     */
    static String kind(String message) {
        String m = message == null ? "" : message;
        int cut = m.length();
        for (char c : new char[]{':', ';', '('}) {
            int at = m.indexOf(c);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String kind = NUMBERS.matcher(m.substring(0, cut)).replaceAll("N").strip();
        if (kind.length() > 60) {
            kind = kind.substring(0, 60).strip() + "…";
        }
        return kind.isEmpty() ? "other" : kind;
    }
}
