package dev.storyline.cli;

import dev.storyline.ingest.IngestOptions;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The command-line options that govern reading from the network, shared by the commands that read inputs. */
final class FetchOptions {

    @Option(names = "--allow-private-networks",
            description = "also fetch from loopback and private addresses (refused by default)")
    boolean allowPrivateNetworks;

    @Option(names = "--politeness", paramLabel = "MS", description = "least time between two requests to one host, default ${DEFAULT-VALUE} ms")
    long politenessMillis = 1000;

    @Option(names = "--no-linked-pages", description = "do not fetch the page of a feed item that carries only a summary")
    boolean noLinkedPages;

    IngestOptions ingestOptions() {
        return IngestOptions.defaults()
                .withAllowPrivateNetworks(allowPrivateNetworks)
                .withPolitenessDelay(Duration.ofMillis(politenessMillis))
                .withFetchLinkedPages(!noLinkedPages);
    }
}
