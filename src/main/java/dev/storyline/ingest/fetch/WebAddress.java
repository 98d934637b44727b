package dev.storyline.ingest.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the web addresses found in feeds and on command lines, which are often not strictly valid URIs:
 * a space or a {@code |} in the path, a non-ASCII host name. Characters a URI may not hold are
 * percent-encoded as UTF-8 (existing escapes are kept), and an internationalised host is converted to its
 * ASCII (punycode) form. Stateless.
 */
public final class WebAddress {

    private static final String ILLEGAL = " \"<>\\^`{|}";

    private WebAddress() {
    }

    /** The address as a URI, repaired where that is unambiguous. */
    public static URI parse(String address) throws URISyntaxException {
        String s = address.strip();
        try {
            URI strict = new URI(s);
            if (strict.getHost() != null || strict.getRawAuthority() == null) {
                return strict;
            }
        } catch (URISyntaxException e) {
            // repaired below
        }
        URI repaired = new URI(asciiHost(escapeIllegal(s)));
        if (repaired.getRawAuthority() != null && repaired.getHost() == null) {
            throw new URISyntaxException(address, "no valid host name");
        }
        return repaired;
    }

    private static String escapeIllegal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        int authorityEnd = authorityEnd(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Non-ASCII host names are left for IDN; everywhere else non-ASCII is escaped.
            boolean inAuthority = i < authorityEnd;
            if (ILLEGAL.indexOf(c) >= 0 || c < 0x20 || c == 0x7f || (c > 0x7f && !inAuthority)) {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Index just past the authority of {@code scheme://authority/...}, or 0 when there is none. */
    private static int authorityEnd(String s) {
        int start = s.indexOf("://");
        if (start < 0) {
            return 0;
        }
        int end = start + 3;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static String asciiHost(String s) {
        int start = s.indexOf("://");
        if (start < 0) {
            return s;
        }
        int end = authorityEnd(s);
        String authority = s.substring(start + 3, end);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        if (hostPort.startsWith("[")) {
            return s; // IPv6 literal: nothing to convert
        }
        int colon = hostPort.lastIndexOf(':');
        String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
        String port = colon >= 0 ? hostPort.substring(colon) : "";
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return s; // leave it for URI to reject with its own message
        }
        return s.substring(0, start + 3) + userInfo + ascii + port + s.substring(end);
    }
}
