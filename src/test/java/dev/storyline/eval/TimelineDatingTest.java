package dev.storyline.eval;

import dev.storyline.time.CalendarDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineDatingTest {

    private static final String CAT = """
            <?xml version="1.0" ?><Document doc_id="42" doc_name="42_x.txt">
            <token number="0" sentence="0" t_id="1">Acme</token>
            <token number="1" sentence="0" t_id="2">said</token>
            <token number="2" sentence="0" t_id="3">on</token>
            <token number="3" sentence="0" t_id="4">Tuesday</token>
            <token number="4" sentence="0" t_id="5">it</token>
            <token number="5" sentence="0" t_id="6">had</token>
            <token number="6" sentence="0" t_id="7">cut</token>
            <token number="7" sentence="0" t_id="8">jobs</token>
            <token number="8" sentence="0" t_id="9">.</token>
            <token number="9" sentence="1" t_id="10">Sales</token>
            <token number="10" sentence="1" t_id="11">fell</token>
            <token number="11" sentence="1" t_id="12">.</token>
            <Markables><TIMEX3 m_id="1" type="DATE" value="2026-01-14" functionInDocument="CREATION_TIME"></TIMEX3></Markables>
            </Document>
            """;

    @Test
    void tokensBecomeSentencesAndTheCreationDateIsRead() {
        TimelineDating.Document d = TimelineDating.parseDocument(CAT);
        assertThat(d.id()).isEqualTo("42");
        assertThat(d.creation()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(d.sentences().get(0)).isEqualTo("Acme said on Tuesday it had cut jobs.");
    }

    @Test
    void dayFirstCreationDatesAreRead() {
        assertThat(TimelineDating.creationDate("03-02-2009")).isEqualTo(LocalDate.of(2009, 2, 3));
        assertThat(TimelineDating.creationDate("not a date")).isNull();
    }

    @Test
    void errorsFallIntoClasses() {
        LocalDate dct = LocalDate.of(2026, 1, 14);
        assertThat(TimelineDating.errorClass(new CalendarDate(2026, 1, 14), List.of(), dct))
                .contains("on the creation day");
        assertThat(TimelineDating.errorClass(new CalendarDate(2025, 10, 0), List.of(new CalendarDate(2024, 10, 0)), dct))
                .contains("wrong year");
    }

    @Test
    void scoresACorpusFolderAndSaysWhenTheDataIsMissing(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus_1");
        Files.createDirectories(corpus.resolve("corpus_trackA_CAT"));
        Files.createDirectories(corpus.resolve("TimeLines_Gold_Standard"));
        Files.writeString(corpus.resolve("corpus_trackA_CAT/42_x.txt.xml"), CAT);
        Files.writeString(corpus.resolve("TimeLines_Gold_Standard/acme.txt"),
                "Acme\n1\t2026-01-13\t42-0-cut\n2\t2026-01-14\t42-1-fell\n3\tXXXX-XX-XX\t42-1-Sales\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new TimelineDating().run(dir, false, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("accuracy=0.5000 (1 of 2");
        assertThat(report).contains("accuracy with fallback=1.0000");

        int missing = new TimelineDating().run(dir.resolve("absent"), false, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(missing).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent");
    }
}
