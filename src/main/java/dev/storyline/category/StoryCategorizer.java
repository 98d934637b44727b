package dev.storyline.category;

import dev.storyline.embed.Vectors;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Puts a story in one {@link Category} from its articles. Three kinds of evidence add up for each
 * category: what the publishers say (a URL section such as {@code /sport/} or {@code /news/politics-...}, a
 * feed category or meta keyword that names a section), how close the articles' embeddings lie to the
 * category's prototype (the mean embedding of its description and seed terms, {@link CategoryProfiles}),
 * and how often its seed terms occur in the text. A publisher's own label weighs most; the embedding
 * decides among stories whose publishers say nothing; the seed terms alone ({@link #bySeedTerms}) are the
 * baseline the classifier is measured against and the fallback where there are no embeddings.
 *
 * <p>Thread-safe after construction (the prototypes are computed once).
 */
public final class StoryCategorizer {

    /**
     * Weight of the share of articles whose publisher names the category: above the most the text signals
     * add up to (a cosine below 1, the seed terms' weighted share), so a publisher's label decides.
     */
    static final double PUBLISHER_WEIGHT = 2.0;
    /** Weight of the seed terms' share of all seed-term hits, beside the embedding: chosen on the ECB+ topics (docs/BENCHMARKS.md). */
    public static final double SEED_WEIGHT = 0.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("[-_.]");

    private final Map<Category, float[]> prototypes;
    private final double seedWeight;
    private final Map<String, Category> sectionNames = new HashMap<>();
    private final Map<String, Category> seedTerms = new HashMap<>();

    /**
     * @param embedder the sentence-embedding model, as a batch function (texts to unit vectors); {@code null}
     *                 for a classifier that reads only publishers' labels and seed terms
     */
    public StoryCategorizer(Function<List<String>, float[][]> embedder) {
        this(embedder, SEED_WEIGHT);
    }

    /** A classifier that weighs the seed terms by {@code seedWeight} beside the embedding (for tuning). */
    public StoryCategorizer(Function<List<String>, float[][]> embedder, double seedWeight) {
        this.seedWeight = seedWeight;
        CategoryProfiles.PROFILES.forEach((category, profile) -> {
            profile.sections().forEach(s -> sectionNames.putIfAbsent(s, category));
            profile.seeds().forEach(s -> seedTerms.putIfAbsent(s, category));
        });
        this.prototypes = embedder == null ? Map.of() : prototypes(embedder);
    }

    private static Map<Category, float[]> prototypes(Function<List<String>, float[][]> embedder) {
        Map<Category, float[]> out = new EnumMap<>(Category.class);
        CategoryProfiles.PROFILES.forEach((category, profile) -> {
            List<String> texts = new ArrayList<>();
            texts.add(profile.description());
            texts.add(String.join(", ", profile.seeds()));
            out.put(category, Vectors.normalize(mean(embedder.apply(texts))));
        });
        return out;
    }

    /** The story's category; {@link Category#WORLD} when nothing points anywhere. */
    public Category categorize(List<Report> reports) {
        return best(scores(reports));
    }

    /** The category whose seed terms occur most often in the reports' titles and texts: the baseline. */
    public Category bySeedTerms(List<Report> reports) {
        return best(seedShares(reports));
    }

    /** Each category's evidence, summed as the class comment says. */
    Map<Category, Double> scores(List<Report> reports) {
        Map<Category, Double> scores = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            scores.put(c, 0.0);
        }
        publisherShares(reports).forEach((c, share) -> scores.merge(c, PUBLISHER_WEIGHT * share, Double::sum));
        float[] centre = centre(reports);
        if (centre != null && !prototypes.isEmpty()) {
            prototypes.forEach((c, p) -> scores.merge(c, (double) Vectors.dot(centre, p), Double::sum));
            seedShares(reports).forEach((c, share) -> scores.merge(c, seedWeight * share, Double::sum));
        } else {
            seedShares(reports).forEach((c, share) -> scores.merge(c, share, Double::sum));
        }
        return scores;
    }

    /**
     * For each category, the share of the reports that could carry a label (a URL or keywords) whose URL
     * section or keywords name it.
     */
    Map<Category, Double> publisherShares(List<Report> reports) {
        long labelable = reports.stream().filter(r -> r.url() != null && !r.url().isBlank() || !r.keywords().isEmpty()).count();
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        for (Report r : reports) {
            Category named = publisherLabel(r);
            if (named != null) {
                shares.merge(named, 1.0 / labelable, Double::sum);
            }
        }
        return shares;
    }

    /**
     * The category the publisher gave the report: its first keyword that names a section, else the
     * first section word of its URL's path (every segment but the article's own slug).
     */
    Category publisherLabel(Report r) {
        for (String k : r.keywords()) {
            Category c = sectionNames.get(k.strip().toLowerCase(Locale.ROOT));
            if (c != null) {
                return c;
            }
        }
        String path = path(r.url());
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            for (String word : SEGMENT_SPLIT.split(segments[i].toLowerCase(Locale.ROOT))) {
                Category c = sectionNames.get(word);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private Map<Category, Double> seedShares(List<Report> reports) {
        Map<Category, Integer> hits = new EnumMap<>(Category.class);
        int total = 0;
        for (Report r : reports) {
            var m = WORD.matcher((r.title() + " " + r.text()).toLowerCase(Locale.ROOT));
            while (m.find()) {
                Category c = seedTerms.get(m.group());
                if (c != null) {
                    hits.merge(c, 1, Integer::sum);
                    total++;
                }
            }
        }
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        for (var e : hits.entrySet()) {
            shares.put(e.getKey(), e.getValue() / (double) total);
        }
        return shares;
    }

    private static Category best(Map<Category, Double> scores) {
        Category best = Category.WORLD;
        double top = 0;
        for (var e : scores.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static float[] centre(List<Report> reports) {
        List<float[]> vectors = reports.stream().map(Report::vector).filter(v -> v != null && v.length > 0).toList();
        return vectors.isEmpty() ? null : Vectors.normalize(mean(vectors.toArray(float[][]::new)));
    }

    private static String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String p = URI.create(url.strip()).getPath();
            return p == null || p.isBlank() ? null : p.replaceFirst("^/", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static float[] mean(float[][] vectors) {
        float[] sum = new float[vectors[0].length];
        for (float[] v : vectors) {
            Vectors.add(sum, v);
        }
        return sum;
    }
}
