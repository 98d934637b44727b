package dev.storyline.eval;

import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.category.Category;
import dev.storyline.category.Report;
import dev.storyline.category.StoryCategorizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores story categories against the hand labels of {@link CategoryLabels}: each gold event is one
 * story, classified from its articles; per gold category, the share of its stories given that category
 * (its accuracy, or recall), for the classifier and beside it the two baselines: the seed-term counts
 * alone, and the majority class (every story in the most frequent gold category).
 */
public final class CategoryEvaluation {

    /** One labelled story: its gold category and what each method said. */
    public record Story(String event, Category gold, Category classifier, Category seedTerms) {
    }

    /** Counts per gold category: stories, right by the classifier, right by the seed terms. */
    public record Tally(int stories, int classifier, int seedTerms) {
    }

    private CategoryEvaluation() {
    }

    /**
     * Classifies every labelled story of the file; {@code null} when the file belongs to no labelled set.
     */
    public static List<Story> run(Path jsonl, Function<Path, List<AnalyzedArticle>> analyze,
                                  StoryCategorizer categorizer) throws java.io.IOException {
        CategoryLabels.Set set = CategoryLabels.Set.of(jsonl);
        if (set == null) {
            return null;
        }
        List<ClusterEvaluation.Labelled> records = ClusterEvaluation.read(jsonl);
        Map<String, ClusterEvaluation.Labelled> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        Map<String, List<Report>> stories = new LinkedHashMap<>();
        Map<String, Category> gold = new HashMap<>();
        for (AnalyzedArticle a : analyze.apply(jsonl)) {
            ClusterEvaluation.Labelled r = byId.get(a.id());
            Category c = r == null || r.event() == null ? null : CategoryLabels.of(set, r);
            if (c != null) {
                stories.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(Report.of(a));
                gold.put(r.event(), c);
            }
        }
        List<Story> out = new ArrayList<>();
        stories.forEach((event, reports) -> out.add(new Story(event, gold.get(event), categorizer.categorize(reports),
                categorizer.bySeedTerms(reports))));
        return out;
    }

    /** Tallies per gold category, in the categories' order. */
    public static Map<Category, Tally> tally(List<Story> stories) {
        Map<Category, Tally> out = new EnumMap<>(Category.class);
        for (Story s : stories) {
            Tally t = out.getOrDefault(s.gold(), new Tally(0, 0, 0));
            out.put(s.gold(), new Tally(t.stories() + 1, t.classifier() + (s.classifier() == s.gold() ? 1 : 0),
                    t.seedTerms() + (s.seedTerms() == s.gold() ? 1 : 0)));
        }
        return out;
    }

    /** The most frequent gold category: the majority baseline's one answer. */
    public static Category majority(Map<Category, Tally> tallies) {
        return tallies.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(Tally::stories))).map(Map.Entry::getKey).orElse(Category.WORLD);
    }
}
