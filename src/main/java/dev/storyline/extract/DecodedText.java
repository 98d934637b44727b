package dev.storyline.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The characters of a document's bytes, with the charset they were read in and how that charset was
 * chosen. Decoding follows what browsers do: a byte-order mark wins, then the declared charset (HTTP
 * header, then {@code <meta>} anywhere in the head, not only in the first 1024 bytes), and a page that
 * says UTF-8 (or nothing) but is not valid UTF-8 is read as Windows-1252. Gzip bytes are unpacked first.
 *
 * @param text    the decoded characters, without a byte-order mark
 * @param charset the charset used
 * @param how     where the charset came from: {@code bom}, {@code content-type}, {@code meta},
 *                {@code xml-declaration}, {@code sniffed-utf-8}, {@code sniffed-windows-1252}
 */
public record DecodedText(String text, Charset charset, String how) {

    /** Bytes beyond which a page is cut: no news page needs more, and it bounds the work on hostile input. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Decodes document bytes.
     *
     * @param content     raw bytes, possibly gzip-compressed
     * @param contentType the declared {@code Content-Type}, or {@code null}
     * @param html        whether to look for a {@code <meta charset>} declaration
     * @throws ExtractionException when the bytes are empty, are not text, or the gzip stream is broken
     */
    public static DecodedText decode(byte[] content, String contentType, boolean html) throws ExtractionException {
        byte[] bytes = gunzipIfNeeded(content);
        if (bytes.length == 0) {
            throw new ExtractionException("empty document");
        }
        if (bytes.length > MAX_BYTES) {
            bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
        }
        DecodedText bom = fromByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        if (looksBinary(bytes)) {
            throw new ExtractionException("binary content, not a web page or text");
        }
        Charset declared = null;
        String how = null;
        if (contentType != null) {
            declared = charsetNamed(matchGroup(HEADER_CHARSET, contentType));
            how = "content-type";
        }
        if (declared == null && html) {
            // Browsers look only at the first 1024 bytes; real pages put the tag later, so look further.
            String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            int headEnd = head.toLowerCase(Locale.ROOT).indexOf("<body");
            declared = charsetNamed(matchGroup(META_CHARSET, headEnd > 0 ? head.substring(0, headEnd) : head));
            how = "meta";
            if (declared == null) {
                declared = charsetNamed(matchGroup(XML_ENCODING, head.substring(0, Math.min(head.length(), 200))));
                how = "xml-declaration";
            }
        }
        if (declared != null && !isUtf8Family(declared)) {
            // Latin-1 and ASCII labels mean Windows-1252 on the web (WHATWG encoding standard).
            if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
                declared = WINDOWS_1252;
            }
            return new DecodedText(new String(bytes, declared), declared, how);
        }
        String how8 = declared != null ? how : "sniffed-utf-8";
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return new DecodedText(strict, StandardCharsets.UTF_8, how8);
        }
        Utf8Check check = Utf8Check.of(bytes);
        if (check.multiByte() > 8 * check.invalid()) {
            // Mostly UTF-8 with a few bad bytes: a mixed page; replacement characters lose less than mojibake.
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, how8);
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, "sniffed-windows-1252");
    }

    private static byte[] gunzipIfNeeded(byte[] content) throws ExtractionException {
        if (content.length < 2 || (content[0] & 0xff) != 0x1f || (content[1] & 0xff) != 0x8b) {
            return content;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length * 4);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0 && out.size() < MAX_BYTES) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExtractionException("broken gzip data: " + e.getMessage(), e);
        }
    }

    private static DecodedText fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "bom");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom");
        }
        return null;
    }

    /** Text never holds NUL bytes or many control bytes; images, PDFs and archives do. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        return control > n / 10 || startsWith(b, "%PDF") || startsWith(b, "PK\u0003\u0004");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Family(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static String matchGroup(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charsetNamed(String name) {
        if (name == null) {
            return null;
        }
        try {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.equals("utf8")) {
                n = "utf-8";
            }
            // A page cannot declare UTF-16 in its own (ASCII-compatible) bytes; browsers read it as UTF-8.
            if (n.startsWith("utf-16")) {
                return StandardCharsets.UTF_8;
            }
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else {@code null}; one pass for both. */
    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Counts of well-formed multi-byte sequences and of malformed bytes in a UTF-8 reading. */
    private record Utf8Check(int multiByte, int invalid) {
        static Utf8Check of(byte[] b) {
            int multi = 0;
            int bad = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                int len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
                        : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
                if (len == 0) {
                    bad++;
                    i++;
                    continue;
                }
                boolean ok = i + len <= b.length;
                for (int k = 1; ok && k < len; k++) {
                    ok = (b[i + k] & 0xc0) == 0x80;
                }
                if (!ok) {
                    bad++;
                    i++;
                    continue;
                }
                if (len > 1) {
                    multi++;
                }
                i += len;
            }
            return new Utf8Check(multi, bad);
        }
    }
}
