package dev.storyline.eval.cli;

import dev.storyline.cli.Pipeline;
import dev.storyline.analysis.AnalyzedArticle;
import dev.storyline.cluster.ArticleFeatures;
import dev.storyline.cluster.FeatureExtractor;
import dev.storyline.cluster.StoryClusterer;
import dev.storyline.eval.ClusterEvaluation;
import dev.storyline.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench cluster FILE.jsonl}: throughput of story assignment (features from the analysed
 * text, then the clusterer) on a corpus replicated to a large stream. Each replica is a new set of events:
 * its names and terms carry the replica's mark and its dates are shifted, so the store grows as a real
 * one does instead of piling copies onto the same stories. Embedding is done once per source article and
 * reported apart, since it does not depend on the store's size.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Articles per second from analysed text to story assignment, and peak heap, on a corpus replicated with shifted dates.")
final class BenchClusterCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "e.g. ../shared/data/ecbplus/ecbplus.jsonl")
    Path file;

    @Option(names = "--articles", description = "stream length, default ${DEFAULT-VALUE}")
    int total = 100_000;

    @Option(names = "--window", description = "articles per timing window (first vs last), default ${DEFAULT-VALUE}")
    int window = 10_000;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("storyline bench cluster: no such file: " + file);
            return 2;
        }
        List<ClusterEvaluation.Labelled> records = ClusterEvaluation.read(file);
        long t0 = System.nanoTime();
        List<AnalyzedArticle> source = new ClusterEvaluation(new ArticleExtractor(), Pipeline.analyzer())
                .analyze(file, records, p -> System.err.println("storyline: " + p));
        double analysis = (System.nanoTime() - t0) / 1e9;
        if (source.isEmpty()) {
            System.err.println("storyline bench cluster: no article read from " + file);
            return 1;
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        FeatureExtractor features = new FeatureExtractor();
        StoryClusterer clusterer = new StoryClusterer();
        long[] windowNanos = new long[(total + window - 1) / window];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            AnalyzedArticle a = source.get(i % source.size());
            int replica = i / source.size();
            long t = System.nanoTime();
            clusterer.assign(replicate(features.features(a), replica));
            windowNanos[i / window] += System.nanoTime() - t;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%d source articles analysed in %.1f s (embedding of title and lead included, %.1f ms/article)%n",
                source.size(), analysis, analysis * 1e3 / source.size());
        System.out.printf("%d articles assigned to %d stories in %.1f s: %.0f articles/s on %d cores%n", total,
                clusterer.storyCount(), wall, total / wall, Runtime.getRuntime().availableProcessors());
        int last = windowNanos.length - 1;
        int lastSize = total - last * window;
        System.out.printf("time per article: first %d %.3f ms, last %d %.3f ms (ratio %.2f)%n", window,
                windowNanos[0] / 1e6 / Math.min(window, total), lastSize, windowNanos[last] / 1e6 / lastSize,
                (windowNanos[last] / (double) lastSize) / (windowNanos[0] / (double) Math.min(window, total)));
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("peak heap %d MB, %d MB after a full collection with the clusterer still held (max %d MB)%n",
                peak >> 20, live >> 20, Runtime.getRuntime().maxMemory() >> 20);
        // Kept reachable until the heap has been measured.
        System.out.printf("(%d stories open)%n", clusterer.storyCount());
        return 0;
    }

    /** The article as replica {@code k}: its own names and terms, a new id, dates {@code k} weeks later. */
    private static ArticleFeatures replicate(ArticleFeatures f, int k) {
        if (k == 0) {
            return f;
        }
        String mark = "~" + k;
        Map<String, Double> terms = HashMap.newHashMap(f.terms().size());
        f.terms().forEach((t, w) -> terms.put((t + mark).intern(), w));
        Map<String, Integer> names = HashMap.newHashMap(f.entities().size());
        f.entities().forEach((n, c) -> names.put((n + mark).intern(), c));
        Set<String> lead = HashSet.newHashSet(f.leadNames().size());
        f.leadNames().forEach(n -> lead.add((n + mark).intern()));
        // Stored as the feature extractor stores them, so that the memory measured is the product's.
        return new ArticleFeatures(f.id() + mark, f.vector(), terms, names, f.years(),
                f.published() == null ? null : f.published().plus(Duration.ofDays(7L * k)), f.publisher(),
                lead, f.leadNumbers(), f.months(), f.eventYears(), f.magnitudes(), f.eventPlaces(), f.placeNames());
    }
}
