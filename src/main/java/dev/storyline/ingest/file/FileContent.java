package dev.storyline.ingest.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a local file, with gzip undone for {@code .gz} files (saved pages and exports are often
 * archived compressed: {@code page.html.gz}, {@code articles.jsonl.gz}). Stateless.
 */
public final class FileContent {

    /** Thrown when a file holds more than the cap allows, counting decompressed bytes. */
    public static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private FileContent() {
    }

    /** Whether the file is gzip-compressed by its name. */
    public static boolean isGzipped(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file's name without a trailing {@code .gz}: the name that tells what the content is. */
    public static String innerName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        return isGzipped(path) ? s.substring(0, s.length() - 3) : s;
    }

    /** Opens the file for reading, decompressing when it is gzipped. */
    public static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path));
        if (!isGzipped(path)) {
            return in;
        }
        try {
            return new GZIPInputStream(in);
        } catch (IOException e) {
            in.close();
            throw new IOException("not valid gzip data: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the whole (decompressed) content.
     *
     * @throws TooLarge when it holds more than {@code cap} bytes; nothing past the cap is read
     */
    public static byte[] read(Path path, long cap) throws IOException {
        if (!isGzipped(path)) {
            long size = Files.size(path);
            if (size > cap) {
                throw new TooLarge("file of " + size + " bytes is larger than the limit of " + cap);
            }
            return Files.readAllBytes(path);
        }
        try (InputStream in = open(path)) {
            byte[] content = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
            if (content.length > cap) {
                throw new TooLarge("decompressed content is larger than the limit of " + cap + " bytes");
            }
            return content;
        }
    }

    /** The first {@code n} (decompressed) bytes, for sniffing. */
    public static byte[] head(Path path, int n) throws IOException {
        try (InputStream in = open(path)) {
            return in.readNBytes(n);
        }
    }
}
