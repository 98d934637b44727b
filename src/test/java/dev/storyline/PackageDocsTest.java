package dev.storyline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every package of the product and of the evaluation code says in a package-info what it is for. */
class PackageDocsTest {

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/eval/java"))) {
            assertThat(root).isDirectory();
            try (Stream<Path> dirs = Files.walk(root)) {
                List<String> undocumented = dirs.filter(Files::isDirectory)
                        .filter(PackageDocsTest::holdsClasses)
                        .filter(d -> !Files.exists(d.resolve("package-info.java")))
                        .map(Path::toString).toList();
                assertThat(undocumented).as("packages without package-info.java under " + root).isEmpty();
            }
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
