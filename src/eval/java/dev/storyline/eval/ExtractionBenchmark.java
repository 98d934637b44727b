package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.extract.DecodedText;
import dev.storyline.extract.ExtractionException;
import dev.storyline.ingest.RawDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs an article extractor over the article-extraction benchmark folder ({@code ground-truth.json} and
 * {@code html/<sha>.html.gz}) and scores it with {@link ExtractionScore}: for all pages, for the first
 * half by sorted sha (the development half) and for the second half (held out). Also measures pages per
 * second on one thread, and can score the readability4j and boilerpipe baselines in the same run. Not
 * thread-safe; one run at a time.
 */
public final class ExtractionBenchmark {

    /**
     * Scores of one extractor: all pages, development half, held-out half, and its speed on one thread,
     * both per second of that thread's CPU time (what one core gives, whatever else the machine runs) and
     * per second of wall-clock time.
     */
    public record Result(String name, ExtractionScore.Summary all, ExtractionScore.Summary dev,
                         ExtractionScore.Summary heldOut, double pagesPerSecond, double wallPagesPerSecond,
                         Map<String, String> predictions,
                         Map<String, ExtractionScore.PageScore> perPage) {
    }

    /** One benchmark page: its sha, its URL, its gzip bytes and the true body. */
    record Page(String sha, String url, byte[] gzip, String truth) {
    }

    private final List<Page> pages;
    private final List<String> problems = new ArrayList<>();

    private ExtractionBenchmark(List<Page> pages) {
        this.pages = pages;
    }

    /**
     * Loads the benchmark folder.
     *
     * @throws IOException when the folder, its ground truth or its html folder is missing or unreadable
     */
    public static ExtractionBenchmark load(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        Path html = dir.resolve("html");
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder (expected the article-extraction benchmark)");
        }
        if (!Files.isRegularFile(truthFile) || !Files.isDirectory(html)) {
            throw new IOException(dir + ": not the article-extraction benchmark (needs ground-truth.json and html/)");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        truth.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
            Path file = html.resolve(e.getKey() + ".html.gz");
            byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String url = e.getValue().path("url").asText("");
            pages.add(new Page(e.getKey(), url.isBlank() ? file.toUri().toString() : url, bytes,
                    e.getValue().path("articleBody").asText("")));
        }
        return new ExtractionBenchmark(pages);
    }

    /** Number of pages loaded. */
    public int size() {
        return pages.size();
    }

    /** Problems met in the last run, one per page that gave no text, naming the page. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Scores Storyline's {@link ArticleExtractor}. */
    public Result runStoryline() {
        ArticleExtractor extractor = new ArticleExtractor();
        return run("storyline", p -> {
            try {
                return extractor.extract(new RawDocument(p.url(), RawDocument.Format.HTML, p.gzip(), null, null))
                        .text();
            } catch (ExtractionException e) {
                problems.add(p.sha() + ": " + e.getMessage());
                return "";
            }
        });
    }

    /** Scores readability4j 1.0.8 (a port of Mozilla's Readability.js). */
    public Result runReadability4j() {
        return run("readability4j", p -> {
            String html = html(p);
            String text = new net.dankito.readability4j.Readability4J(p.url(), html).parse().getTextContent();
            return text == null ? "" : text;
        });
    }

    /** Scores boilerpipe 1.1.0's ArticleExtractor (fed by jsoup; see {@link BoilerpipeBaseline}). */
    public Result runBoilerpipe() {
        return run("boilerpipe", p -> {
            try {
                String text = BoilerpipeBaseline.text(html(p));
                return text == null ? "" : text;
            } catch (Exception e) {
                return "";
            }
        });
    }

    private static String html(Page p) {
        try {
            return DecodedText.decode(p.gzip(), null, true).text();
        } catch (ExtractionException e) {
            return "";
        }
    }

    private Result run(String name, Function<Page, String> extractor) {
        problems.clear();
        // One untimed pass first so that the timed pass measures warmed-up code, as a server would run it.
        for (Page p : pages) {
            safely(extractor, p);
        }
        problems.clear();
        Map<String, String> predictions = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (Page p : pages) {
            predictions.put(p.sha(), safely(extractor, p));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Map<String, ExtractionScore.PageScore> perPage = new LinkedHashMap<>();
        List<ExtractionScore.PageScore> all = new ArrayList<>();
        for (Page p : pages) {
            ExtractionScore.PageScore s = ExtractionScore.page(p.truth(), predictions.get(p.sha()));
            perPage.put(p.sha(), s);
            all.add(s);
        }
        int half = pages.size() / 2;
        return new Result(name, ExtractionScore.summarize(all), ExtractionScore.summarize(all.subList(0, half)),
                ExtractionScore.summarize(all.subList(half, all.size())), pages.size() / cpuSeconds,
                pages.size() / seconds, predictions,
                perPage);
    }

    private String safely(Function<Page, String> extractor, Page p) {
        try {
            return extractor.apply(p);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(p.sha() + ": " + e);
            return "";
        }
    }

    /** Writes predictions as the benchmark expects them: {@code {sha: {"articleBody": "..."}}}. */
    public static void writePredictions(Map<String, String> predictions, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        predictions.forEach((sha, text) -> root.putObject(sha).put("articleBody", text));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        json.writeValue(file.toFile(), root);
    }
}
