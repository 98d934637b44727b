package dev.storyline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * The name resolver of every test JVM (registered under {@code META-INF/services}): it answers
 * {@code localhost}, the names under it ({@code news-a.localhost}, loopback by RFC 6761: tests that need
 * several hosts on one server) and this machine's own name with the loopback address and refuses every other name,
 * so that no test can resolve or reach another host, even through a library that picks its own host names
 * (the Kafka test kit listens on {@code localhost}).
 */
public final class LoopbackOnlyResolver extends InetAddressResolverProvider {

    private static final byte[] LOOPBACK_V4 = {127, 0, 0, 1};
    private static final byte[] LOOPBACK_V6 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    @Override
    public InetAddressResolver get(Configuration configuration) {
        String ownName = configuration.lookupLocalHostName();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (!host.equalsIgnoreCase("localhost") && !host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")
                        && !host.equalsIgnoreCase(ownName)) {
                    throw new UnknownHostException(host + ": tests resolve no host name but localhost");
                }
                boolean v6Only = (policy.characteristics() & LookupPolicy.IPV4) == 0;
                return Stream.of(InetAddress.getByAddress(host, v6Only ? LOOPBACK_V6 : LOOPBACK_V4));
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                if (InetAddress.getByAddress(address).isLoopbackAddress()) {
                    return "localhost";
                }
                throw new UnknownHostException("tests look up no address but the loopback one");
            }
        };
    }

    @Override
    public String name() {
        return "storyline-tests-loopback-only";
    }
}
