package dev.storyline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product jar leaves out the evaluation code ({@code src/eval/java}) and its baselines, so no product
 * source may name them: such a reference would compile (both trees are compiled together) and then fail
 * at run time in the product jar. The one sanctioned link is {@code cli.Main}'s lookup by name.
 */
class ProductBoundaryTest {

    private static final Pattern EVAL_OR_BASELINE = Pattern.compile(
            "\\bdev\\.storyline\\.eval\\b|\\bnet\\.dankito\\.readability4j\\b|\\bde\\.l3s\\.boilerpipe\\b");

    @Test
    void noProductSourceNamesTheEvaluationCodeOrItsBaselines() throws IOException {
        Path main = Path.of("src/main/java");
        assertThat(main).isDirectory();
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("dev/storyline/cli/Main.java")))
                    .filter(f -> EVAL_OR_BASELINE.matcher(code(read(f))).find())
                    .map(Path::toString).toList();
            assertThat(offenders).as("product sources that name eval classes or the baseline extractors").isEmpty();
        }
    }

    @Test
    void mainNamesTheEvaluationCommandsOnlyAsAString() {
        String source = read(Path.of("src/main/java/dev/storyline/cli/Main.java"));
        assertThat(source).doesNotContain("import dev.storyline.eval").contains("\"dev.storyline.eval.cli.EvalCommands\"");
    }

    /** The source without its comments, which may name the evaluation code to explain the boundary. */
    private static String code(String source) {
        return COMMENT.matcher(source).replaceAll(" ");
    }

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
