package dev.storyline.cli;

import dev.storyline.StageTimes;
import dev.storyline.Storyline;
import dev.storyline.story.StoryPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code storyline bench PATH...}: runs the whole pipeline in memory over the inputs and reports time per
 * article for each stage, throughput and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchStoreCommand.class, BenchHostileCommand.class, BenchServeCommand.class, BenchWebCommand.class, BenchFeedsCommand.class, BenchScaleCommand.class},
        description = "Time the whole pipeline over the inputs: per-stage time per article, articles per second, peak heap.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "inputs, as for digest")
    List<String> inputs;

    @Mixin
    FetchOptions fetch;

    @Override
    public Integer call() {
        if (inputs == null || inputs.isEmpty()) {
            System.err.println("storyline bench: give the inputs to time (PATH...), or 'bench cluster FILE.jsonl', or 'bench store'");
            return 2;
        }
        long load = System.nanoTime();
        try (Storyline storyline = Storyline.standard(fetch.ingestOptions())) {
            return run(storyline, (System.nanoTime() - load) / 1e9);
        }
    }

    private int run(Storyline storyline, double loadSeconds) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StageTimes times = new StageTimes();
        int[] problems = {0};
        long start = System.nanoTime();
        List<StoryPage> pages = storyline.digest(inputs, p -> problems[0]++, times);
        long wall = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        int n = Math.max(1, times.articles());
        long staged = 0;
        System.out.printf("articles %d, stories %d, problems %d, cores %d, model load %.1f s%n", times.articles(),
                pages.size(), problems[0], Runtime.getRuntime().availableProcessors(), loadSeconds);
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            staged += times.nanos(s);
            System.out.printf("  %-10s %8.2f ms/article%n", s.name().toLowerCase(), times.nanos(s) / 1e6 / n);
        }
        System.out.printf("  %-10s %8.2f ms/article%n", "read", (wall - staged) / 1e6 / n);
        System.out.printf("total %.1f s, %.1f articles/s, %.2f ms/article; peak heap %d MB (max %d MB)%n", wall / 1e9,
                times.articles() / (wall / 1e9), wall / 1e6 / n, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }
}
