package dev.storyline.ingest;

/** Checks on undecoded document bytes that decide whether they can be a page at all. Stateless. */
final class RawBytes {

    private RawBytes() {
    }

    /** Empty or whitespace only. */
    static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * NUL bytes do not occur in text in single-byte or UTF-8 encodings; UTF-16 text has them, so a
     * byte-order mark exempts a document. Only the first 64 KiB are looked at.
     */
    static boolean looksBinary(byte[] content) {
        if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
                || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
            return false;
        }
        int limit = Math.min(content.length, 64 * 1024);
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** HTML served under its own media type, or under none at all. */
    static boolean isPageType(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
}
