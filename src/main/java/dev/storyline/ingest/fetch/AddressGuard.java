package dev.storyline.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Refuses URLs whose host resolves to an address that a news fetcher has no business reaching: loopback,
 * private (RFC 1918, unique-local), link-local (including cloud metadata at 169.254.169.254), multicast,
 * unspecified, carrier-grade NAT and reserved ranges. Every address the host resolves to is checked, so a
 * name with one public and one private address is refused. Safe to share across threads.
 *
 * <p>The check runs before each connection (and each redirect hop). The HTTP client resolves the name
 * again when it connects, so a DNS server that answers differently within milliseconds could still slip
 * through; pinning the address would need a custom resolver for the whole JVM, which is out of scope.
 */
final class AddressGuard {

    private final Predicate<InetAddress> exempt;
    private final Predicate<String> exemptHost;

    /**
     * @param exempt addresses allowed even though they are not public ({@code a -> true} allows everything)
     */
    AddressGuard(Predicate<InetAddress> exempt) {
        this(exempt, h -> false);
    }

    private AddressGuard(Predicate<InetAddress> exempt, Predicate<String> exemptHost) {
        this.exempt = exempt;
        this.exemptHost = exemptHost;
    }

    static AddressGuard forSettings(FetchSettings settings) {
        if (settings.allowPrivateNetworks()) {
            return new AddressGuard(a -> true);
        }
        PrivateHosts allowed = PrivateHosts.parse(settings.allowedPrivateHosts());
        return new AddressGuard(allowed::allowsAddress, allowed::allowsName);
    }

    /** Throws unless every address of the URL's host may be reached. */
    void check(URI uri) throws FetchException {
        String host = hostOf(uri);
        if (exemptHost.test(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.NETWORK, uri, "unknown host " + host, e);
        } catch (SecurityException e) {
            throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS, uri, "cannot resolve " + host, e);
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null && !exempt.test(address)) {
                throw new FetchException(FetchException.Reason.BLOCKED_ADDRESS, uri,
                        "refused: " + host + " resolves to " + address.getHostAddress() + ", a " + kind
                                + " address (private networks are not allowed)");
            }
        }
    }

    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "";
        }
        // URI keeps the brackets of an IPv6 literal; the resolver wants them off.
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.toLowerCase(Locale.ROOT);
    }

    /** What kind of non-public address this is, or {@code null} for an ordinary public address. */
    static String nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Kind(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (address instanceof Inet6Address) {
            return ipv6Kind(b);
        }
        return null;
    }

    private static String ipv4Kind(int a, int b, int c) {
        if (a == 0) {
            return "unspecified";
        }
        if (a == 127) {
            return "loopback";
        }
        if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)) {
            return "private";
        }
        if (a == 169 && b == 254) {
            return "link-local";
        }
        if (a == 100 && b >= 64 && b <= 127) {
            return "shared (carrier-grade NAT)";
        }
        if (a == 192 && b == 0 && c == 0) {
            return "IETF protocol";
        }
        if (a == 198 && (b == 18 || b == 19)) {
            return "benchmarking";
        }
        if (a >= 224) {
            return a < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private static String ipv6Kind(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "link-local";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "site-local";
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        // IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) forms reach the embedded IPv4 host.
        if (firstTenZero && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {
            String embedded = ipv4Kind(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
            return embedded != null ? embedded : (b[10] == 0 ? "IPv4-compatible" : null);
        }
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address too.
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return ipv4Kind(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4Kind(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff);
        }
        return null;
    }
}
