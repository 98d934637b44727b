package dev.storyline.eval.cli;

import dev.storyline.analysis.ArticleAnalyzer;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.eval.ClusterEvaluation;
import dev.storyline.eval.StoryEvaluation;
import dev.storyline.eval.SummaryComparison;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.story.StoryJson;
import dev.storyline.story.StoryPage;
import dev.storyline.story.StorySynthesizer;
import dev.storyline.text.EntityMentions;
import dev.storyline.text.SentenceSplitter;
import dev.storyline.time.TemporalTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline eval story FILE.jsonl}: writes the page of every gold event from its gold articles and
 * measures citation support, multi-source citations, redundancy, length and time.
 */
@Command(name = "story", mixinStandardHelpOptions = true,
        description = "Build the page of each gold event of a JSONL file from its articles and measure the pages.")
final class EvalStoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "e.g. ../shared/data/ecbplus/ecbplus.jsonl")
    Path file;

    @Option(names = "--output", paramLabel = "PAGES.json", description = "write the pages here as {\"stories\":[...]}")
    Path output;

    @Option(names = "--events", description = "measure only the first N events (for quick runs)")
    int events = Integer.MAX_VALUE;

    @Option(names = "--details", description = "print one line of measures per page")
    boolean details;

    @Option(names = "--summaries", paramLabel = "SUMMARIES.json",
            description = "human summaries {event: text} to score the pages against with ROUGE (default: summaries.json beside FILE, when there)")
    Path summaries;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("storyline eval story: no such file: " + file
                    + " (the ECB+ set lives in ../shared/data/ecbplus/ecbplus.jsonl)");
            return 2;
        }
        List<ClusterEvaluation.Labelled> records = ClusterEvaluation.read(file);
        if (records.stream().noneMatch(r -> r.event() != null)) {
            System.err.println("storyline eval story: no gold 'event' labels in " + file + ": nothing to group");
            return 2;
        }
        try (SentenceEmbedder embedder = new SentenceEmbedder()) {
            ArticleAnalyzer analyzer = new ArticleAnalyzer(new SentenceSplitter(), new EntityMentions(), new TemporalTagger(), embedder);
            StoryEvaluation evaluation = new StoryEvaluation(new ArticleExtractor(), analyzer, embedder, new StorySynthesizer());
            Map<String, List<Article>> byEvent = evaluation.articlesByEvent(file, records, p -> System.err.println("storyline: " + p));
            // one warm-up page so that the first timing does not include the model's start
            try {
                byEvent.values().stream().findFirst().ifPresent(a -> evaluation.evaluate("warm-up", a, p -> { }));
            } catch (RuntimeException ignored) {
                // the same event fails again below, where it is reported
            }
            List<StoryEvaluation.PageScore> scores = new ArrayList<>();
            int failed = 0;
            List<StoryPage> pages = new ArrayList<>();
            Map<String, List<String>> pools = new java.util.HashMap<>();
            for (var e : byEvent.entrySet()) {
                if (scores.size() >= events) {
                    break;
                }
                StoryEvaluation.PageScore s;
                try {
                    String event = e.getKey();
                    s = evaluation.evaluate(event, e.getValue(), pages::add, pool -> pools.put(event, pool));
                } catch (RuntimeException failure) {
                    // One event whose page cannot be built must not cost the measures of all the others.
                    System.err.println("storyline: event " + e.getKey() + " (" + e.getValue().size()
                            + " articles, first " + e.getValue().get(0).id() + "): its page could not be built: " + failure);
                    failed++;
                    continue;
                }
                scores.add(s);
                if (details) {
                    System.out.println(s);
                }
            }
            if (output != null) {
                Files.writeString(output, StoryJson.stories(pages), StandardCharsets.UTF_8);
            }
            StoryEvaluation.report(System.out, StoryEvaluation.summarize(scores));
            if (failed > 0) {
                System.out.println(failed + " event(s) left out: their page could not be built (see above)");
            }
            Path human = summaries != null ? summaries : file.resolveSibling("summaries.json");
            if (Files.isRegularFile(human)) {
                if (events != Integer.MAX_VALUE) {
                    System.out.println("ROUGE over the first " + pages.size() + " clusters only (--events): not a figure of the whole set");
                }
                SummaryComparison.report(System.out, new SummaryComparison(file, human).compare(pages, events != Integer.MAX_VALUE, pools));
            } else if (summaries != null) {
                System.err.println("storyline eval story: no summaries scored (" + human + " is absent)");
            }
        }
        return 0;
    }
}
