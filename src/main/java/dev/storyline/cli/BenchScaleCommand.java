package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.scale.ConsumerLag;
import dev.storyline.scale.KafkaClients;
import dev.storyline.scale.NewsStream;
import dev.storyline.scale.ScaleOut;
import dev.storyline.scale.Topics;
import dev.storyline.store.StoryStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code storyline bench scale --kafka BROKERS --database JDBC_URL}: the same stream of fetched feeds
 * through 1, 2 and 4 analysis worker processes (each {@code storyline run --kafka --role analyse}), the
 * cluster and pages workers in this process: articles per second from the first record sent to the last
 * page written, the ratio to one worker, the latency of each article from fetch to page (50th and 99th
 * percentile), and the CPU time per article of the analysis workers and of the rest. Each run has topics
 * and a scratch schema of its own.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Articles per second to story pages through 1, 2 and 4 analysis worker processes on Kafka (--kafka, --database).")
final class BenchScaleCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--kafka", paramLabel = "BROKERS", required = true, description = "the brokers, HOST:PORT[,HOST:PORT...]")
    String brokers;

    @Option(names = "--workers", split = ",", description = "analysis worker processes per run, default ${DEFAULT-VALUE}")
    List<Integer> workers = List.of(1, 2, 4);

    @Option(names = "--articles", description = "articles in the stream, default ${DEFAULT-VALUE}")
    int articles = 96;

    @Option(names = "--worker-heap", paramLabel = "MB", description = "heap of each worker process, default ${DEFAULT-VALUE} MB")
    int workerHeap = 768;

    /** One run's figures. */
    private record Run(int workers, int articles, double seconds, List<Duration> latencies, double analysisCpuMs,
                       double clusterCpuMs, double pagesCpuMs, double restCpuMs) {
        double rate() {
            return articles / seconds;
        }

        long percentile(double p) {
            List<Duration> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)).toMillis();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (database.url == null) {
            System.err.println("storyline bench scale: give --database jdbc:postgresql://HOST/DATABASE (a scratch schema per run is used and dropped)");
            return 2;
        }
        NewsStream stream = NewsStream.load();
        ScratchSchemas scratch = new ScratchSchemas(database, "storyline_scale_");
        List<Run> runs = new ArrayList<>();
        try {
            for (int w : workers) {
                runs.add(run(w, stream, scratch));
            }
        } finally {
            scratch.dropAll("bench scale");
        }
        System.out.printf("stream: %d articles, %d cores, analysis workers as processes, cluster and pages in this process%n",
                articles, Runtime.getRuntime().availableProcessors());
        System.out.println("CPU ms per article: analysis = the worker processes; cluster, pages = those worker threads;"
                + " this JVM = all of this process (with a broker when it runs here)");
        System.out.println("workers  articles/s  ratio  p50 ms  p99 ms  analysis  cluster  pages  this JVM");
        double one = runs.getFirst().rate();
        for (Run r : runs) {
            System.out.printf("%7d  %10.2f  %5.2f  %6d  %6d  %8.1f  %7.1f  %5.1f  %8.1f%n", r.workers(), r.rate(), r.rate() / one,
                    r.percentile(0.50), r.percentile(0.99), r.analysisCpuMs(), r.clusterCpuMs(), r.pagesCpuMs(), r.restCpuMs());
        }
        return 0;
    }

    private Run run(int count, NewsStream stream, ScratchSchemas scratch) throws Exception {
        String url = scratch.newSchemaUrl();
        KafkaClients clients = new KafkaClients(brokers, new Topics("bench-scale-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".", Topics.DEFAULT_PARTITIONS));
        List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Process> processes = new ArrayList<>();
        try (StoryStore store = StoryStore.connect(url, database.user, scratch.password());
             ScaleOut rest = ScaleOut.start(EnumSet.of(ScaleOut.Role.CLUSTER, ScaleOut.Role.PAGES), clients,
                     () -> Storyline.standard(IngestOptions.defaults()), store, new ConsumerLag(), latencies::add)) {
            for (int i = 0; i < count; i++) {
                processes.add(worker(clients, url, scratch.password()));
            }
            awaitMembers(clients, count);
            long[] before = processes.stream().mapToLong(BenchScaleCommand::cpuNanos).toArray();
            long restBefore = ownCpuNanos();
            long clusterBefore = threadCpuNanos("storyline-cluster");
            long pagesBefore = threadCpuNanos("storyline-pages");
            long t0 = System.nanoTime();
            NewsStream.send(clients, stream.deliveries(0, articles, 24));
            long deadline = t0 + Duration.ofMinutes(20).toNanos();
            while (latencies.size() < articles && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (latencies.size() < articles) {
                throw new IllegalStateException("only " + latencies.size() + " of " + articles + " articles reached their pages in 20 minutes");
            }
            long analysis = 0;
            for (int i = 0; i < count; i++) {
                analysis += cpuNanos(processes.get(i)) - before[i];
            }
            long restCpu = ownCpuNanos() - restBefore;
            long clusterCpu = threadCpuNanos("storyline-cluster") - clusterBefore;
            long pagesCpu = threadCpuNanos("storyline-pages") - pagesBefore;
            System.out.printf("  %d workers: %d articles in %.1f s%n", count, articles, seconds);
            return new Run(count, articles, seconds, List.copyOf(latencies), analysis / 1e6 / articles,
                    clusterCpu / 1e6 / articles, pagesCpu / 1e6 / articles, restCpu / 1e6 / articles);
        } finally {
            for (Process p : processes) {
                p.destroy();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private Process worker(KafkaClients clients, String url, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + workerHeap + "m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--kafka", clients.brokers(), "--role", "analyse", "--topic-prefix",
                clients.topics().prefix(), "--database", url, "--port", "0", "--host", "127.0.0.1"));
        if (database.user != null) {
            command.addAll(List.of("--database-user", database.user));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        if (password != null) {
            // In the environment, not the command line, where ps would show it.
            builder.environment().put(DatabaseOptions.PASSWORD_VARIABLE, password);
        }
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the analysis group has {@code count} members: the stream starts with every worker ready. */
    private static void awaitMembers(KafkaClients clients, int count) throws Exception {
        String group = clients.topics().group("analyse");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Admin admin = clients.admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    var description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get(30, TimeUnit.SECONDS);
                    if (description.members().size() == count
                            && description.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                        return;
                    }
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the " + count + " analysis workers did not all join within 3 minutes");
    }

    private static long cpuNanos(Process p) {
        return p.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** CPU time of this process's threads of that name (a worker's thread). */
    private static long threadCpuNanos(String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name))
                .mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.threadId()))).sum();
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
