package dev.storyline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeMlCorpusTest {

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>wire_1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22T10:00" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
            <TEXT>
            Shares of A&amp;B <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> of gains.<TIMEX3 tid="t3" type="DATE" value="PRESENT_REF"/>
            </TEXT>
            </TimeML>
            """;

    private final TimeMlCorpus corpus = new TimeMlCorpus();

    @Test
    void readsTextWithoutTagsAndTimexSpansIntoIt() {
        TimeMlDocument doc = corpus.parse(DOC, "fallback");
        assertThat(doc.docId()).isEqualTo("wire_1");
        assertThat(doc.creation()).isEqualTo(LocalDate.of(2013, 3, 22));
        assertThat(doc.text()).contains("Shares of A&B fell Thursday after two years of gains.");
        assertThat(doc.timexes()).hasSize(2); // the empty (non-consuming) TIMEX3 is left out
        TimeMlDocument.Timex first = doc.timexes().get(0);
        assertThat(doc.text().substring(first.start(), first.end())).isEqualTo("Thursday");
        assertThat(first.value()).isEqualTo("2013-03-21");
    }

    @Test
    void writtenAnswerReadsBackToTheSameTextAndSpans() {
        TimeMlDocument doc = corpus.parse(DOC, "fallback");
        String written = corpus.write(doc, doc.timexes());
        TimeMlDocument again = corpus.parse(written, "other");
        assertThat(again.text()).isEqualTo(doc.text());
        assertThat(again.timexes()).isEqualTo(doc.timexes());
        assertThat(again.docId()).isEqualTo("wire_1");
    }

    @Test
    void aBrokenFileIsReportedAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.tml"), DOC);
        Files.writeString(dir.resolve("bad.tml"), "<TimeML>no text here</TimeML>");
        List<String> problems = new ArrayList<>();
        List<TimeMlDocument> docs = corpus.read(dir, problems);
        assertThat(docs).extracting(TimeMlDocument::docId).containsExactly("wire_1");
        assertThat(problems).singleElement().asString().contains("bad.tml").contains("no <TEXT>");
    }
}
