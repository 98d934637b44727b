package dev.storyline.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The private hosts a deployment lets the fetcher reach (an intranet feed, a proxy inside the network)
 * while every other private address stays refused: host names, matched exactly or, written
 * {@code .corp.example}, with every name under them; and IP addresses or CIDR ranges, matched against what
 * a name resolves to. Immutable.
 */
final class PrivateHosts {

    private static final Pattern HOST_NAME = Pattern.compile("\\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Range(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((a[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<String> names;
    private final List<Range> ranges;

    private PrivateHosts(List<String> names, List<Range> ranges) {
        this.names = names;
        this.ranges = ranges;
    }

    /**
     * @throws IllegalArgumentException naming the first entry that is neither a host name nor an address or range
     */
    static PrivateHosts parse(List<String> entries) {
        List<String> names = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            if (ADDRESS.matcher(address).matches()) {
                ranges.add(range(raw, address, slash < 0 ? null : entry.substring(slash + 1)));
            } else if (slash < 0 && HOST_NAME.matcher(entry).matches()) {
                names.add(entry);
            } else {
                throw new IllegalArgumentException("'" + raw + "' is neither a host name nor an IP address or range"
                        + " (such as intranet.example, .corp.example, 10.0.0.5 or 10.1.0.0/16)");
            }
        }
        return new PrivateHosts(List.copyOf(names), List.copyOf(ranges));
    }

    private static Range range(String raw, String address, String prefix) {
        if (!address.contains(":") && !isIpv4(address)) {
            throw new IllegalArgumentException("'" + raw + "' is not a valid IP address");
        }
        byte[] network;
        try {
            // Only literals reach here (the pattern allows digits, dots, hex and colons), so nothing is looked up.
            network = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a valid IP address", e);
        }
        int bits = network.length * 8;
        int length;
        try {
            length = prefix == null ? bits : Integer.parseInt(prefix);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' has no valid prefix length after the /", e);
        }
        if (length < 0 || length > bits) {
            throw new IllegalArgumentException("'" + raw + "': the prefix length must be 0 to " + bits);
        }
        return new Range(network, length);
    }

    private static boolean isIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    boolean allowsName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (name.startsWith(".") ? h.endsWith(name) : h.equals(name)) {
                return true;
            }
        }
        return false;
    }

    boolean allowsAddress(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }
}
