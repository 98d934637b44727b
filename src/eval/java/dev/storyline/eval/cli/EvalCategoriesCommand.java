package dev.storyline.eval.cli;

import dev.storyline.category.Category;
import dev.storyline.category.StoryCategorizer;
import dev.storyline.cli.Pipeline;
import dev.storyline.embed.SentenceEmbedder;
import dev.storyline.eval.CategoryEvaluation;
import dev.storyline.eval.ClusterEvaluation;
import dev.storyline.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code storyline eval categories FILE.jsonl...}: accuracy per category of the story classifier against
 * the hand labels of the ECB+ topics and Multi-News clusters, beside the seed-term and majority baselines.
 */
@Command(name = "categories", mixinStandardHelpOptions = true,
        description = "Classify each labelled story (ECB+ topics, Multi-News clusters) and report accuracy per category beside two baselines.")
final class EvalCategoriesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", arity = "1..*",
            description = "../shared/data/ecbplus/ecbplus.jsonl and/or ../shared/data/multinews/validation.jsonl")
    List<Path> files;

    @Option(names = "--seed-weight", split = ",", paramLabel = "W",
            description = "weights of the seed terms beside the embedding to score, one report each (for tuning); default the product's")
    List<Double> seedWeights = List.of(StoryCategorizer.SEED_WEIGHT);

    @Override
    public Integer call() throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("storyline eval categories: no such file: " + f
                        + " (the labelled sets are ../shared/data/ecbplus/ecbplus.jsonl and ../shared/data/multinews/validation.jsonl)");
                return 2;
            }
        }
        ClusterEvaluation evaluation = new ClusterEvaluation(new ArticleExtractor(), Pipeline.analyzer());
        Map<Path, List<dev.storyline.analysis.AnalyzedArticle>> analysed = new java.util.HashMap<>();
        try (SentenceEmbedder embedder = new SentenceEmbedder()) {
            for (double weight : seedWeights) {
                StoryCategorizer categorizer = new StoryCategorizer(embedder::embed, weight);
                List<CategoryEvaluation.Story> all = new ArrayList<>();
                for (Path f : files) {
                    List<CategoryEvaluation.Story> stories = CategoryEvaluation.run(f,
                            path -> analysed.computeIfAbsent(path, p -> analyze(evaluation, p)), categorizer);
                    if (stories == null) {
                        System.err.println("storyline eval categories: " + f + " is not a labelled set (its folder must be ecbplus or multinews)");
                        return 2;
                    }
                    System.out.println("== " + f + ": " + stories.size() + " labelled stories, seed weight " + weight);
                    print(stories);
                    all.addAll(stories);
                }
                if (files.size() > 1) {
                    System.out.println("== all sets: " + all.size() + " labelled stories, seed weight " + weight);
                    print(all);
                }
            }
        }
        return 0;
    }

    private static List<dev.storyline.analysis.AnalyzedArticle> analyze(ClusterEvaluation evaluation, Path path) {
        try {
            return evaluation.analyze(path, ClusterEvaluation.read(path), p -> System.err.println("storyline: " + p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(List<CategoryEvaluation.Story> stories) {
        Map<Category, CategoryEvaluation.Tally> tallies = CategoryEvaluation.tally(stories);
        Category majority = CategoryEvaluation.majority(tallies);
        System.out.printf(Locale.ROOT, "%-14s %7s %11s %11s %9s%n", "category", "stories", "classifier", "seed terms", "majority");
        int n = 0;
        int c = 0;
        int s = 0;
        for (var e : tallies.entrySet()) {
            CategoryEvaluation.Tally t = e.getValue();
            System.out.printf(Locale.ROOT, "%-14s %7d %11s %11s %9s%n", e.getKey().label(), t.stories(),
                    share(t.classifier(), t.stories()), share(t.seedTerms(), t.stories()),
                    share(e.getKey() == majority ? t.stories() : 0, t.stories()));
            n += t.stories();
            c += t.classifier();
            s += t.seedTerms();
        }
        System.out.printf(Locale.ROOT, "%-14s %7d %11s %11s %9s%n", "all", n, share(c, n), share(s, n),
                share(tallies.getOrDefault(majority, new CategoryEvaluation.Tally(0, 0, 0)).stories(), n));
        double macroC = tallies.values().stream().mapToDouble(t -> t.classifier() / (double) t.stories()).average().orElse(0);
        double macroS = tallies.values().stream().mapToDouble(t -> t.seedTerms() / (double) t.stories()).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-14s %7s %11.3f %11.3f %9.3f%n", "macro mean", "", macroC, macroS, 1.0 / tallies.size());
    }

    private static String share(int right, int of) {
        return String.format(Locale.ROOT, "%d (%.2f)", right, of == 0 ? 0 : right / (double) of);
    }
}
