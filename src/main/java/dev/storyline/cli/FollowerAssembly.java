package dev.storyline.cli;

import dev.storyline.Storyline;
import dev.storyline.follow.AdminToken;
import dev.storyline.follow.FeedDiscovery;
import dev.storyline.follow.FeedFollower;
import dev.storyline.follow.FollowLog;
import dev.storyline.follow.InMemoryDeliveryQueue;
import dev.storyline.follow.OpmlExport;
import dev.storyline.follow.PollPolicy;
import dev.storyline.follow.Subscription;
import dev.storyline.follow.Subscriptions;
import dev.storyline.ingest.fetch.Fetcher;
import dev.storyline.store.StoryStore;
import dev.storyline.web.Operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Puts the feed follower together for {@code run}, and shows it (or, for {@code serve}, only the stored feeds) to the web server. */
final class FollowerAssembly {

    /** Fetched feeds waiting for the pipeline before the pollers wait. */
    static final int QUEUE_CAPACITY = 256;

    private FollowerAssembly() {
    }

    static FeedFollower follower(StoryStore store, Fetcher fetcher, Storyline storyline, PollPolicy policy, int parallel,
                                 FollowLog log) {
        return new FeedFollower(new Subscriptions(store), fetcher, storyline, new InMemoryDeliveryQueue(QUEUE_CAPACITY),
                policy, parallel, Clock.systemUTC(), log);
    }

    /**
     * The web server's view of the follower. {@code follower} and {@code fetcher} are {@code null} when only
     * serving: feeds are then listed but not added from the browser.
     */
    static Operations operations(FeedFollower follower, StoryStore store, Fetcher fetcher, PollPolicy policy) {
        Subscriptions subscriptions = new Subscriptions(store);
        AdminToken token = new AdminToken(store);
        FeedDiscovery discovery = fetcher == null ? null : new FeedDiscovery(fetcher);
        return new Operations() {
            @Override
            public boolean admits(String presented) {
                return token.admits(presented);
            }

            @Override
            public Optional<String> follow(String address) {
                if (discovery == null) {
                    return Optional.of("feeds are added while `storyline run` runs, or with `storyline feeds add`");
                }
                List<String> problems = new ArrayList<>();
                int followed = 0;
                for (Subscriptions.Followed f : subscriptions.follow(discovery, address, Instant.now(), policy.initialInterval())) {
                    if (f.added() == null) {
                        problems.add(f.found().url() + ": " + f.found().problem());
                    } else {
                        followed++;
                    }
                }
                return followed > 0 || problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
            }

            @Override
            public boolean unfollow(String idOrUrl) {
                return subscriptions.remove(idOrUrl);
            }

            @Override
            public List<FeedListing> feeds() {
                Map<String, Integer> lastDay = subscriptions.itemsSince(Instant.now().minus(Duration.ofDays(1)));
                List<FeedListing> out = new ArrayList<>();
                for (Subscription s : subscriptions.all()) {
                    out.add(new FeedListing(s.id(), s.title(), s.url(), s.siteUrl(), s.state().lastFetch(),
                            follower == null ? null : s.state().nextFetch(), lastDay.getOrDefault(s.id(), 0),
                            s.state().lastError()));
                }
                return out;
            }

            @Override
            public Optional<String> opml() {
                return Optional.of(OpmlExport.write(subscriptions.all(), Instant.now()));
            }

            @Override
            public boolean healthy() {
                store.articleCount();
                return follower == null || follower.isRunning();
            }

            @Override
            public String metrics() {
                String stored = "# HELP storyline_articles Articles in the store.\n# TYPE storyline_articles gauge\n"
                        + "storyline_articles " + store.articleCount() + "\n";
                return follower == null ? stored : follower.metrics().prometheus() + stored;
            }
        };
    }
}
