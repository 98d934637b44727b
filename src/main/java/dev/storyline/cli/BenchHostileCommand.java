package dev.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.story.StoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code storyline bench hostile}: writes a folder of about a thousand hostile and malformed inputs with
 * twenty good articles ({@link HostileCorpus}), runs {@code storyline digest} over it in a child process
 * with default settings (under {@code /usr/bin/time -v} when there is one, for the peak resident memory),
 * and checks the outcome: every good article in the output, every bad file named on standard error, how
 * many lines standard error took, the exit code and the run's time.
 */
@Command(name = "hostile", mixinStandardHelpOptions = true,
        description = "Write ~1,000 hostile inputs mixed with 20 good articles, run digest over them and check the outcome.")
final class BenchHostileCommand implements Callable<Integer> {

    private static final Pattern PEAK_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    @Option(names = "--dir", paramLabel = "DIR", description = "write the corpus here (default: a new temporary folder)")
    Path dir;

    @Option(names = "--files", description = "hostile files, about; default ${DEFAULT-VALUE}")
    int files = 1026;

    @Option(names = "--good", description = "good articles; default ${DEFAULT-VALUE}")
    int good = 20;

    @Option(names = "--big-mb", description = "decompressed size of the giant JSONL line and of the gzip bomb, in MB "
            + "(and a file of one bad line per 128 bytes of it, at most 4 million); default ${DEFAULT-VALUE}")
    int bigMb = 500;

    @Option(names = "--seed", description = "default ${DEFAULT-VALUE}")
    long seed = 13;

    @Option(names = "--write-only", description = "only write the corpus, do not run digest")
    boolean writeOnly;

    @Option(names = "--keep", description = "keep the corpus and the run's output afterwards")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Path folder = dir != null ? dir : Files.createTempDirectory("storyline-hostile-");
        Path corpus = folder.resolve("corpus");
        long t = System.nanoTime();
        List<HostileCorpus.Entry> entries = new HostileCorpus(corpus, seed, bigMb * 1024L * 1024).write(good, files);
        long bad = entries.stream().filter(e -> !e.good()).count();
        System.out.printf("bench hostile: wrote %d files (%d good articles, %d hostile of %d kinds) to %s in %.1f s%n",
                entries.size(), entries.size() - bad, bad, entries.stream().map(HostileCorpus.Entry::kind).distinct().count() - 1,
                corpus, (System.nanoTime() - t) / 1e9);
        if (writeOnly) {
            return 0;
        }
        try {
            return run(entries, corpus, folder);
        } finally {
            if (!keep && dir == null) {
                BenchStoreCommand.deleteTree(folder);
            }
        }
    }

    private int run(List<HostileCorpus.Entry> entries, Path corpus, Path folder) throws IOException, InterruptedException {
        Path jar = ownJar();
        if (jar == null) {
            System.err.println("bench hostile: run from the jar (./storyline bench hostile) to start digest as a child process");
            return 2;
        }
        Path out = folder.resolve("digest.json");
        Path err = folder.resolve("digest.err");
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            command.addAll(List.of("/usr/bin/time", "-v"));
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        command.addAll(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "digest", corpus.toString()));
        long start = System.nanoTime();
        int exit = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;

        String errors = Files.readString(err, StandardCharsets.UTF_8);
        Set<String> outputSources = new HashSet<>();
        int articles = 0;
        try {
            JsonNode stories = StoryJson.MAPPER.readTree(out.toFile()).path("stories");
            for (JsonNode story : stories) {
                articles += story.path("articleCount").asInt();
                story.path("sources").forEach(s -> outputSources.add(s.path("url").asText()));
            }
        } catch (IOException e) {
            System.out.println("digest output is not JSON: " + e.getMessage());
        }
        List<String> missingGood = new ArrayList<>();
        List<String> unnamedBad = new ArrayList<>();
        for (HostileCorpus.Entry e : entries) {
            if (e.good() && !outputSources.contains(e.goodSource())) {
                missingGood.add(e.path().getFileName().toString());
            } else if (!e.good() && !errors.contains(e.path().getFileName().toString())) {
                unnamedBad.add(e.path().getFileName() + " (" + e.kind() + ")");
            }
        }
        long lines = errors.lines().count();
        long goodCount = entries.stream().filter(HostileCorpus.Entry::good).count();
        System.out.printf("digest: exit %d, %.1f s, %d articles in %d stories; standard error %,d lines%n", exit, seconds,
                articles, countStories(out), lines);
        System.out.printf("good articles through: %d of %d%s%n", goodCount - missingGood.size(), goodCount,
                missingGood.isEmpty() ? "" : " (missing: " + String.join(", ", missingGood) + ")");
        System.out.printf("bad inputs named on standard error: %d of %d%s%n", entries.size() - goodCount - unnamedBad.size(),
                entries.size() - goodCount, unnamedBad.isEmpty() ? "" : " (not named: " + String.join(", ", unnamedBad.subList(0, Math.min(20, unnamedBad.size()))) + ")");
        Matcher rss = PEAK_RSS.matcher(errors);
        if (rss.find()) {
            System.out.printf("peak resident memory: %d MB%n", Long.parseLong(rss.group(1)) / 1024);
        } else {
            System.out.println("peak resident memory: not measured (no /usr/bin/time)");
        }
        errors.lines().filter(l -> l.startsWith("storyline: ") && l.contains(" inputs: ")).reduce((a, b) -> b).ifPresent(l -> System.out.println("digest's summary: " + l));
        if (keep || dir != null) {
            System.out.println("output kept in " + folder);
        }
        return missingGood.isEmpty() && unnamedBad.isEmpty() && exit == 0 ? 0 : 1;
    }

    private static int countStories(Path out) {
        try {
            return StoryJson.MAPPER.readTree(out.toFile()).path("stories").size();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path ownJar() {
        try {
            Path location = Path.of(BenchHostileCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
