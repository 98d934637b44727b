package dev.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Access to the test fixtures under {@code src/test/resources/dev/storyline/ingest}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture as a file on disk, e.g. {@code path("feed/rss2.xml")}. */
    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/dev/storyline/ingest/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/storyline/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
