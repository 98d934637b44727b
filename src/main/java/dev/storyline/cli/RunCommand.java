package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.follow.AdminToken;
import dev.storyline.follow.FeedDiscovery;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.FollowLog;
import dev.storyline.follow.PollPolicy;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.store.StoryStore;
import dev.storyline.search.StorySearch;
import dev.storyline.web.StoryServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code storyline run}: follows every subscribed feed and serves the pages, in one process, until it is
 * stopped. What it has done is in the store, so the next {@code run} resumes there.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Follow the subscribed feeds (see `storyline feeds`) and serve the story pages as they update.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Mixin
    DatabaseOptions database;

    @Mixin
    FollowOptions follow;

    @Mixin
    LanguageModelOptions llm;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--port", description = "port, default ${DEFAULT-VALUE}")
    int port = 8080;

    @Option(names = "--host", description = "address to listen on, default ${DEFAULT-VALUE}")
    String host = StoryServer.DEFAULT_HOST;

    @Option(names = "--parallel-fetches", paramLabel = "N", description = "feeds fetched at once, default ${DEFAULT-VALUE}")
    int parallelFetches = 32;

    @Option(names = "--once", description = "poll every due feed once, take in what came, and stop (no server)")
    boolean once;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file (TOML; each key is an option's long name), default ./storyline.toml if it exists;"
                    + " options given here win over it")
    Path config;

    @Option(names = "--feeds", paramLabel = "URL|OPML", split = ",",
            description = "feeds to follow besides the subscribed ones (added to them at start, as `feeds add` does)")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--retention-days", paramLabel = "DAYS",
            description = "remove stories whose articles were all published more than DAYS ago, with their articles"
                    + " and page versions; 0 (the default) keeps everything")
    int retentionDays;

    @Option(names = "--log-format", paramLabel = "text|json",
            description = "text (the default) or json: one JSON object per line on standard output for each fetch,"
                    + " problem and page update; the command's own messages then go to standard error")
    String logFormat = "text";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Path file = config != null ? config : Files.exists(RunConfiguration.DEFAULT_FILE) ? RunConfiguration.DEFAULT_FILE : null;
        if (file != null) {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new RunConfiguration.Invalid("no configuration file " + file);
                }
                RunConfiguration.apply(file, spec, spec.commandLine().getParseResult());
            } catch (RunConfiguration.Invalid e) {
                System.err.println("storyline run: " + e.getMessage());
                return 2;
            }
        }
        if (kafka.enabled()) {
            return KafkaRun.run(this);
        }
        FollowLog.Format format;
        try {
            follow.fetchSettings();
            format = FollowLog.Format.valueOf(logFormat.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("storyline run: " + (e.getMessage().startsWith("No enum constant")
                    ? "--log-format must be text or json, not '" + logFormat + "'" : e.getMessage()));
            return 2;
        }
        // In JSON, standard output holds only the events, for a log collector to read.
        PrintStream say = format == FollowLog.Format.JSON ? System.err : System.out;
        FollowLog log = new FollowLog(format, System.out, java.time.Clock.systemUTC());
        try (StoryStore store = database.open(data.dir);
             Fetcher fetcher = new Fetcher(follow.fetchSettings());
             // One fetcher for feeds and linked pages: one robots.txt cache, one queue per host.
             Storyline storyline = Storyline.standard(follow.ingestOptions(), llm.writer(), fetcher)) {
            FeedFollower follower = FollowerAssembly.follower(store, fetcher, storyline, follow.policy(),
                    Math.max(1, parallelFetches), log);
            follower.retainFor(java.time.Duration.ofDays(Math.max(0, retentionDays)));
            subscribe(follower.subscriptions(), fetcher, follow.policy());
            int followed = follower.subscriptions().all().size();
            if (followed == 0) {
                System.err.println("storyline: no feeds followed yet; add some with `storyline feeds add URL|OPML`");
            }
            if (once) {
                int polled = follower.pollRound();
                say.printf("storyline: %d feeds polled, %d articles added (store: %s)%n", polled,
                        follower.metrics().articlesAdded(), store.location());
                return 0;
            }
            new AdminToken(store).createIfMissing().ifPresent(token -> say.println("storyline: the admin token, which"
                    + " adds and removes feeds on the Feeds page (shown this once; only its hash is stored): " + token));
            // the index follows the store from before the follower's first page
            StorySearch search = ServeCommand.openSearch(store, data.dir);
            follower.start();
            try (search;
                 StoryServer server = StoryServer.start(new StoredCatalog(store), FollowerAssembly.operations(follower, store, fetcher, follow.policy()),
                    search, host, port, null)) {
                say.printf("storyline: following %d feeds; stories at http://%s:%d/ (Ctrl+C to stop)%n",
                        followed, host, server.port());
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            } finally {
                follower.close();
            }
        }
        return 0;
    }

    /** Follows the feeds named by {@code --feeds} (or the file), reporting those that cannot be followed. */
    private void subscribe(Subscriptions subscriptions, Fetcher fetcher, PollPolicy policy) {
        if (feeds.isEmpty()) {
            return;
        }
        FeedDiscovery discovery = new FeedDiscovery(fetcher);
        for (String input : feeds) {
            for (Subscriptions.Followed f : subscriptions.follow(discovery, input.strip(), Instant.now(), policy.initialInterval())) {
                if (f.added() == null) {
                    System.err.println("storyline: " + f.found().url() + ": " + f.found().problem());
                }
            }
        }
    }
}
