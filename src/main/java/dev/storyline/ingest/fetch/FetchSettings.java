package dev.storyline.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the {@link Fetcher} behaves towards the network. Immutable.
 *
 * @param userAgent            the {@code User-Agent} sent with every request; its first word (before
 *                             {@code /}) is the product token looked up in robots.txt
 * @param allowPrivateNetworks when {@code false} (the default) hosts that resolve to loopback, private,
 *                             link-local, multicast or unspecified addresses are refused
 * @param politenessDelay      the least time between two requests to the same host
 * @param connectTimeout       how long to wait for a connection
 * @param readTimeout          how long a whole response (headers and body) may take once asked for
 * @param maxBytes             the largest body accepted, before and after decompression
 * @param allowedPrivateHosts  hosts that may be reached although they are not public, when private networks are
 *                             otherwise refused: host names (exact, or {@code .corp.example} for every name under
 *                             it) and addresses or ranges ({@code 10.0.0.5}, {@code 10.1.0.0/16}, {@code fd00::/8})
 */
public record FetchSettings(String userAgent, boolean allowPrivateNetworks, Duration politenessDelay,
                            Duration connectTimeout, Duration readTimeout, long maxBytes, List<String> allowedPrivateHosts) {

    /** Settings that allow no private host by name. */
    public FetchSettings(String userAgent, boolean allowPrivateNetworks, Duration politenessDelay,
                         Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this(userAgent, allowPrivateNetworks, politenessDelay, connectTimeout, readTimeout, maxBytes, List.of());
    }

    public FetchSettings {
        allowedPrivateHosts = List.copyOf(allowedPrivateHosts);
        PrivateHosts.parse(allowedPrivateHosts);
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        requireNonNegative(politenessDelay, "politenessDelay");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** The product token robots.txt groups are matched against: {@code Storyline} for {@code Storyline/0.1 (...)}. */
    public String productToken() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "*" : token;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + d);
        }
    }
}
