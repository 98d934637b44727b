package dev.storyline.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractCommandTest {

    private static final String BODY = "The river burst its banks overnight, flooding two villages and cutting the "
            + "main road to the coast, the regional authority said on Sunday morning.";

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvalExtractCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void saysClearlyWhenTheFolderIsAbsentAndFails(@TempDir Path tmp) {
        Run r = run(tmp.resolve("no-such-folder").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no-such-folder").contains("no such folder");
    }

    @Test
    void scoresABenchmarkFolderAndWritesPredictions(@TempDir Path tmp) throws Exception {
        Path html = Files.createDirectories(tmp.resolve("html"));
        String[] shas = {"aaa", "bbb"};
        StringBuilder truth = new StringBuilder("{");
        for (String sha : shas) {
            String page = "<html><body><nav><a href=\"/\">Home</a></nav><article><p>" + BODY + "</p><p>" + BODY
                    + "</p></article></body></html>";
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(page.getBytes(StandardCharsets.UTF_8));
            }
            Files.write(html.resolve(sha + ".html.gz"), gz.toByteArray());
            truth.append(truth.length() > 1 ? "," : "").append("\"").append(sha).append("\":{\"articleBody\":\"")
                    .append(BODY).append("\\n").append(BODY).append("\",\"url\":\"https://river.example/")
                    .append(sha).append("\"}");
        }
        Files.writeString(tmp.resolve("ground-truth.json"), truth.append("}").toString());
        Path pred = tmp.resolve("out/pred.json");

        Run r = run(tmp.toString(), "--output", pred.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("storyline      all       1.000  1.000  1.000")
                .contains("held-out").contains("pages/s");
        JsonNode written = new ObjectMapper().readTree(pred.toFile());
        assertThat(written.path("aaa").path("articleBody").asText()).isEqualTo(BODY + "\n\n" + BODY);
        assertThat(written.size()).isEqualTo(2);
    }
}
