package dev.storyline.ingest.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the lines of a byte stream one at a time, keeping at most a cap of bytes of any one line: the
 * rest of a longer line is read past, not held, so that a file with one line of gigabytes (a
 * decompressed {@code .jsonl.gz} can be that) costs the cap in memory and no more. Lines end at
 * {@code \n}; a {@code \r} before it is dropped. Not thread-safe; the caller closes the stream.
 */
final class BoundedLines {

    /**
     * One line.
     *
     * @param number the line number, from 1
     * @param text   the line decoded as UTF-8 (bad bytes replaced), or {@code null} when it was too long
     * @param bytes  the line's length in bytes, counted in full even when it was too long
     */
    record Line(long number, String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final int cap;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long number;
    private boolean finished;

    BoundedLines(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        if (finished) {
            return null;
        }
        current.reset();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    finished = true;
                    return any ? line(length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int n = position - start;
            keep(start, n, length);
            length += n;
            if (position < limit) {
                position++; // the newline
                return line(length);
            }
        }
    }

    private void keep(int start, int n, long lengthSoFar) {
        if (lengthSoFar + n <= cap) {
            current.write(buffer, start, n);
        } else if (lengthSoFar <= cap) {
            current.write(buffer, start, (int) (cap - lengthSoFar));
        }
    }

    private Line line(long length) {
        number++;
        if (length > cap) {
            return new Line(number, null, length);
        }
        byte[] bytes = current.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return new Line(number, new String(bytes, 0, end, StandardCharsets.UTF_8), length);
    }
}
