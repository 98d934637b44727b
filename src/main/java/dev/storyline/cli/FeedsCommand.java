package dev.storyline.cli;

import dev.storyline.follow.FeedDiscovery;
import dev.storyline.follow.OpmlExport;
import dev.storyline.follow.PollPolicy;
import dev.storyline.follow.Subscription;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline feeds add|list|remove|export}: the feeds that {@code storyline run} follows. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage the feeds that `storyline run` follows.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class, FeedsCommand.Export.class})
final class FeedsCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("storyline feeds: say add, list, remove or export (--help for more)");
    }

    /** {@code feeds add URL|OPML...}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Follow feeds: a feed URL, a web page that names its feed, or an OPML list (file or URL).")
    static final class Add implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "URL|OPML")
        List<String> inputs;

        @Mixin
        DataOption data;

        @Mixin
        DatabaseOptions database;

        @Mixin
        FollowOptions follow;

        @Override
        public Integer call() {
            int added = 0;
            int failed = 0;
            try (StoryStore store = database.open(data.dir); Fetcher fetcher = new Fetcher(follow.fetchSettings())) {
                Subscriptions subscriptions = new Subscriptions(store);
                FeedDiscovery discovery = new FeedDiscovery(fetcher);
                PollPolicy policy = follow.policy();
                for (String input : inputs) {
                    for (Subscriptions.Followed f : subscriptions.follow(discovery, input, Instant.now(), policy.initialInterval())) {
                        if (f.added() == null) {
                            System.err.println("storyline: " + f.found().url() + ": " + f.found().problem());
                            failed++;
                            continue;
                        }
                        Subscription s = f.added().subscription();
                        System.out.println((f.added().isNew() ? "following " : "already following ") + s.name() + " <" + s.url() + ">");
                        added += f.added().isNew() ? 1 : 0;
                    }
                }
                System.out.printf("storyline: %d feeds added, %d not, %d followed in all%n", added, failed,
                        subscriptions.all().size());
            }
            return added == 0 && failed > 0 ? 1 : 0;
        }
    }

    /** {@code feeds list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the followed feeds and how fetching them goes.")
    static final class ListFeeds implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (StoryStore store = database.open(data.dir)) {
                List<Subscription> all = new Subscriptions(store).all();
                for (Subscription s : all) {
                    String state = s.state().lastFetch() == null ? "not fetched yet"
                            : "fetched " + s.state().lastFetch() + ", next " + s.state().nextFetch();
                    System.out.printf("%s  %s  <%s>  %s%s%n", s.id(), s.name(), s.url(), state,
                            s.state().lastError() == null ? "" : "  last error: " + s.state().lastError());
                }
                System.out.println("storyline: " + all.size() + " feeds followed");
            }
            return 0;
        }
    }

    /** {@code feeds remove ID|URL...}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following feeds, named by id or URL.")
    static final class Remove implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ID|URL")
        List<String> feeds;

        @Mixin
        DataOption data;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            int missing = 0;
            try (StoryStore store = database.open(data.dir)) {
                Subscriptions subscriptions = new Subscriptions(store);
                for (String feed : feeds) {
                    if (subscriptions.remove(feed)) {
                        System.out.println("no longer following " + feed);
                    } else {
                        System.err.println("storyline: no followed feed has the id or URL " + feed);
                        missing++;
                    }
                }
            }
            return missing == 0 ? 0 : 1;
        }
    }

    /** {@code feeds export [-o FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the followed feeds as OPML 2.0.")
    static final class Export implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
        Path output;

        @Mixin
        DataOption data;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() throws IOException {
            try (StoryStore store = database.open(data.dir)) {
                String opml = OpmlExport.write(new Subscriptions(store).all(), Instant.now());
                if (output == null) {
                    System.out.print(opml);
                } else {
                    Files.writeString(output, opml, StandardCharsets.UTF_8);
                }
            }
            return 0;
        }
    }
}
