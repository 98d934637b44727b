package dev.storyline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TempEvalRunTest {

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>wire_2</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
            <TEXT>
            The company said <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> that profit rose in <TIMEX3 tid="t2" type="DATE" value="2012">2012</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void printsTheThreeTempEvalLinesFirstAndWritesTimeMl(@TempDir Path dir) throws Exception {
        Path split = dir.resolve("Evaluation/te3-platinum");
        Files.createDirectories(split);
        Files.writeString(split.resolve("wire_2.tml"), DOC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new TempEvalRun(1_000_000L, 1_000_000L).run(dir, TempEvalRun.Split.PLATINUM, dir.resolve("out"), false,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("strict P=1.0000 R=1.0000 F1=1.0000");
        assertThat(lines[1]).startsWith("relaxed P=");
        assertThat(lines[2]).isEqualTo("value P=1.0000 R=1.0000 F1=1.0000");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sentences/s");
        assertThat(Files.readString(dir.resolve("out/wire_2.tml"))).contains(">Thursday</TIMEX3>");
    }

    @Test
    void missingDataIsSaidAndFails(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new TempEvalRun().run(dir.resolve("nowhere"), TempEvalRun.Split.TRAIN, null, false, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere").contains("does not exist");
    }
}
