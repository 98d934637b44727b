package dev.storyline.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the character encoding of an XML feed from what declares it: the HTTP {@code Content-Type}'s
 * {@code charset} and the XML prolog's {@code encoding}. Servers often get the header wrong (a default
 * {@code charset=utf-8} on a windows-1251 feed) and RFC 3023 reads {@code text/xml} without a charset as
 * US-ASCII, which no feed means, so the strict rules of the RFCs would garble real feeds. The rules here:
 * one declaration alone is taken; when the two disagree and one of them is UTF-8, the bytes decide (UTF-8
 * is taken when they are valid UTF-8, which legacy encodings of non-ASCII text almost never are); between
 * two legacy encodings the prolog's is taken unless the bytes are not valid in it and are in the header's
 * (a server-wide default such as ISO-8859-1 is the usual mistake; RFC 7303 would let the header win). A
 * byte order mark, or no declaration at all, is left to the XML reader's own detection. Stateless.
 */
final class FeedCharset {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern PROLOG_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    /** How far into the body the prolog is looked for. */
    private static final int PROLOG_BYTES = 1024;

    private FeedCharset() {
    }

    /** The encoding to decode the feed with, or empty when the XML reader should detect it. */
    static Optional<Charset> choose(byte[] content, String contentType) {
        if (hasByteOrderMark(content)) {
            return Optional.empty();
        }
        Charset header = contentType == null ? null : declared(CHARSET.matcher(contentType));
        String start = new String(content, 0, Math.min(content.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        Charset prolog = declared(PROLOG_ENCODING.matcher(start));
        if (header == null || prolog == null || header.equals(prolog)) {
            return Optional.ofNullable(header != null ? header : prolog);
        }
        if (header.equals(StandardCharsets.UTF_8) || prolog.equals(StandardCharsets.UTF_8)) {
            Charset other = header.equals(StandardCharsets.UTF_8) ? prolog : header;
            return Optional.of(decodesCleanly(content, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : other);
        }
        // Two legacy encodings: the document's own word first, as a server's default charset is the usual liar.
        return Optional.of(decodesCleanly(content, prolog) || !decodesCleanly(content, header) ? prolog : header);
    }

    /** The bytes decoded with the charset, any malformed sequence replaced rather than fatal. */
    static String decode(byte[] content, Charset charset) {
        // With REPLACE, new String never fails on malformed input.
        return new String(content, charset);
    }

    private static Charset declared(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip().toLowerCase(Locale.ROOT);
        try {
            // A UTF-16 or UTF-32 declaration on bytes that are read as ASCII here is a lie the XML reader sorts out.
            Charset c = Charset.forName(name);
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? null : c;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
                || (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF));
    }

    private static boolean decodesCleanly(byte[] content, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
