package dev.storyline.cli;

import dev.storyline.follow.PollPolicy;
import dev.storyline.ingest.IngestOptions;
import dev.storyline.ingest.fetch.FetchSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The options of following feeds: the network options, who to contact about the crawler, and the polling bounds. */
final class FollowOptions {

    @Mixin
    FetchOptions fetch;

    @Option(names = "--contact", paramLabel = "EMAIL|URL",
            description = "how a site's operator reaches whoever runs this instance; sent in the User-Agent")
    String contact;

    @Option(names = "--min-interval", paramLabel = "SECONDS", description = "shortest polling interval, default ${DEFAULT-VALUE} s")
    long minIntervalSeconds = PollPolicy.defaults().minInterval().toSeconds();

    @Option(names = "--max-interval", paramLabel = "SECONDS", description = "longest polling interval, default ${DEFAULT-VALUE} s")
    long maxIntervalSeconds = PollPolicy.defaults().maxInterval().toSeconds();

    @Option(names = "--allowed-private-hosts", paramLabel = "HOST", split = ",",
            description = "private hosts that may still be fetched: names (intranet.example, .corp.example for all under it)"
                    + " or addresses and ranges (10.0.0.5, 10.1.0.0/16); others stay refused")
    List<String> allowedPrivateHosts = new ArrayList<>();

    /** The network options with a User-Agent that names the product and, when given, the contact. */
    IngestOptions ingestOptions() {
        IngestOptions o = fetch.ingestOptions();
        return new IngestOptions(o.allowPrivateNetworks(), o.politenessDelay(), o.connectTimeout(), o.readTimeout(),
                o.maxBytes(), o.fetchLinkedPages(), userAgent());
    }

    FetchSettings fetchSettings() {
        FetchSettings s = ingestOptions().fetchSettings();
        return new FetchSettings(s.userAgent(), s.allowPrivateNetworks(), s.politenessDelay(), s.connectTimeout(),
                s.readTimeout(), s.maxBytes(), allowedPrivateHosts);
    }

    String userAgent() {
        String base = IngestOptions.USER_AGENT;
        if (contact == null || contact.isBlank()) {
            return base;
        }
        // The contact goes inside the comment of the product token: "Storyline/0.1 (+https://...; ops@example.org)".
        String cleaned = contact.strip().replaceAll("[()\\r\\n]", "");
        return base.substring(0, base.length() - 1) + "; " + cleaned + ")";
    }

    PollPolicy policy() {
        Duration min = Duration.ofSeconds(Math.max(1, minIntervalSeconds));
        Duration max = Duration.ofSeconds(Math.max(min.toSeconds(), maxIntervalSeconds));
        Duration backoff = max.compareTo(PollPolicy.defaults().maxBackoff()) > 0 ? max : PollPolicy.defaults().maxBackoff();
        return new PollPolicy(min, max, backoff, PollPolicy.defaults().jitter());
    }
}
