package dev.storyline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The project's own small test corpus: two unrelated events, three articles each, in several formats. */
final class Corpus {
    private Corpus() {
    }

    static Path folder() {
        try {
            return Path.of(Corpus.class.getResource("/dev/storyline/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the corpus into {@code dir} (so that a test may add bad files beside it). */
    static Path copyTo(Path dir) {
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's text, tags and JSON escapes left in: a sentence of a page must be found in here. */
    static String allText() {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.toList()) {
                sb.append(Files.readString(f).replace("\\n", " ")).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString().replaceAll("\\s+", " ");
    }
}
