package dev.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.story.StoryPage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE of story pages against human summaries (Multi-News), beside Lead, LexRank-style and oracle
 * selections cut to each page's length, computed in the same run and in the same way as
 * {@code ../shared/tools/multinews_score.py}: the baselines read the articles' text as the data file
 * holds it, and a cluster without a page scores 0 while its baselines take the summary's length.
 * Not thread-safe.
 */
public final class SummaryComparison {

    /** The systems compared, in the order printed. */
    public static final List<String> SYSTEMS = List.of("storyline", "lead", "lexrank", "oracle");
    /**
     * The greedy oracle over only the sentences the page could choose from (its candidate pool), cut to
     * the page's length like the others: how far a better choice among them could go. Scored when the
     * pools are given; {@code multinews_score.py} has no such system.
     */
    public static final String POOL_ORACLE = "pool-oracle";

    /** Mean measures of each system over the clusters. */
    public record Result(int clusters, int pages, Map<String, RougeScore.Scores> means, Map<String, Double> tokensPerPage) {
    }

    private final Map<String, List<String>> documents;
    private final Map<String, String> summaries;
    private final SummaryBaselines baselines;

    public SummaryComparison(Path jsonl, Path summariesJson) throws IOException {
        ObjectMapper json = new ObjectMapper();
        documents = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = json.readTree(line);
                String text = d.path("text").asText("");
                documents.computeIfAbsent(d.path("event").asText(), k -> new ArrayList<>()).add(text);
                all.add(text);
            }
        }
        summaries = new HashMap<>();
        json.readTree(summariesJson.toFile()).properties().forEach(e -> summaries.put(e.getKey(), e.getValue().asText()));
        baselines = new SummaryBaselines(all);
    }

    /** The text that is scored: the page's section sentences in order, joined by spaces. */
    public static String pageText(StoryPage page) {
        List<String> out = new ArrayList<>();
        page.sections().forEach(s -> s.sentences().forEach(c -> out.add(c.text())));
        return String.join(" ", out);
    }

    public Result compare(List<StoryPage> pages) {
        return compare(pages, false);
    }

    /**
     * With {@code pagedOnly}, only the clusters that have a page are scored: for a quick run over the
     * first clusters ({@code eval story --events N}), not for a figure of the whole set.
     */
    public Result compare(List<StoryPage> pages, boolean pagedOnly) {
        return compare(pages, pagedOnly, Map.of());
    }

    /** With {@code pools} (event to the sentences its page chose from), the {@link #POOL_ORACLE} too. */
    public Result compare(List<StoryPage> pages, boolean pagedOnly, Map<String, List<String>> pools) {
        List<String> systems = new ArrayList<>(SYSTEMS);
        if (!pools.isEmpty()) {
            systems.add(POOL_ORACLE);
        }
        Map<String, StoryPage> byId = new HashMap<>();
        pages.forEach(p -> byId.put(p.id(), p));
        Map<String, double[]> sums = new LinkedHashMap<>();
        systems.forEach(s -> sums.put(s, new double[7]));
        int clusters = 0;
        int withPage = 0;
        for (var e : documents.entrySet()) {
            String summary = summaries.get(e.getKey());
            if (summary == null || pagedOnly && !byId.containsKey(e.getKey())) {
                continue;
            }
            clusters++;
            List<String> reference = RougeScore.tokens(summary);
            StoryPage page = byId.get(e.getKey());
            List<String> mine = page == null ? List.of() : RougeScore.tokens(pageText(page));
            withPage += page == null ? 0 : 1;
            int k = page == null ? reference.size() : mine.size();
            var pool = SummaryBaselines.pool(e.getValue());
            Map<String, List<String>> hyp = new HashMap<>(Map.of("storyline", mine, "lead", SummaryBaselines.lead(pool, k),
                    "lexrank", baselines.lexRank(pool, k), "oracle", SummaryBaselines.oracle(pool, k, reference)));
            if (!pools.isEmpty()) {
                List<List<String>> candidates = pools.getOrDefault(e.getKey(), List.of()).stream().map(RougeScore::tokens).toList();
                hyp.put(POOL_ORACLE, SummaryBaselines.oracle(List.of(candidates), k, reference));
            }
            for (String s : systems) {
                RougeScore.Scores r = RougeScore.score(reference, hyp.get(s));
                double[] a = sums.get(s);
                a[0] += r.rouge1().f1();
                a[1] += r.rouge2().f1();
                a[2] += r.rougeL().f1();
                a[3] += r.rouge1().recall();
                a[4] += r.rouge2().recall();
                a[5] += r.rougeL().recall();
                a[6] += hyp.get(s).size();
            }
        }
        Map<String, RougeScore.Scores> means = new LinkedHashMap<>();
        Map<String, Double> tokens = new LinkedHashMap<>();
        int n = Math.max(1, clusters);
        sums.forEach((s, a) -> {
            means.put(s, new RougeScore.Scores(new RougeScore.Measure(a[3] / n, a[0] / n),
                    new RougeScore.Measure(a[4] / n, a[1] / n), new RougeScore.Measure(a[5] / n, a[2] / n)));
            tokens.put(s, a[6] / n);
        });
        return new Result(clusters, withPage, means, tokens);
    }

    public static void report(PrintStream out, Result r) {
        out.printf("ROUGE against the human summaries (%d clusters, %d pages; baselines cut to each page's tokens)%n",
                r.clusters(), r.pages());
        out.printf("%-11s | %5s | %5s | %5s | %11s%n", "system", "R1 F", "R2 F", "RL F", "tokens/page");
        for (String s : r.means().keySet()) {
            RougeScore.Scores m = r.means().get(s);
            out.printf("%-11s | %.3f | %.3f | %.3f | %11.1f%n", s, m.rouge1().f1(), m.rouge2().f1(), m.rougeL().f1(),
                    r.tokensPerPage().get(s));
        }
        RougeScore.Scores mine = r.means().get("storyline");
        RougeScore.Scores lex = r.means().get("lexrank");
        out.printf("storyline/lexrank: R1F %.3f  R2F %.3f  RLF %.3f%n", ratio(mine.rouge1(), lex.rouge1()),
                ratio(mine.rouge2(), lex.rouge2()), ratio(mine.rougeL(), lex.rougeL()));
        RougeScore.Scores bound = r.means().get(POOL_ORACLE);
        if (bound != null) {
            out.printf("pool-oracle/lexrank: R1F %.3f  R2F %.3f  RLF %.3f (the best the page's own candidates allow)%n",
                    ratio(bound.rouge1(), lex.rouge1()), ratio(bound.rouge2(), lex.rouge2()), ratio(bound.rougeL(), lex.rougeL()));
        }
    }

    private static double ratio(RougeScore.Measure a, RougeScore.Measure b) {
        return b.f1() == 0 ? 0 : a.f1() / b.f1();
    }
}
