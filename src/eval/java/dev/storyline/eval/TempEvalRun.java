package dev.storyline.eval;

import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the temporal tagger over a TempEval-3 split and scores it as TempEval-3 does: each document's text is
 * cut into sentences, each sentence tagged against the document creation date, the answers scored with
 * {@link TimexScore} and optionally written as TimeML for the reference scorer. Then measures throughput on
 * one thread. Not thread-safe: one per run.
 */
public final class TempEvalRun {

    /** Which part of TempEval-3 to read. */
    public enum Split {
        PLATINUM("Evaluation/te3-platinum"), TRAIN("Training/TBAQ-cleaned");

        private final String folder;

        Split(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    private final TemporalTagger tagger = new TemporalTagger();
    private final SentenceBounds sentences = new SentenceBounds();
    private final TimeMlCorpus corpus = new TimeMlCorpus();
    private final long warmUpNanos;
    private final long measureNanos;

    /** A run that warms the tagger up for 1.5 s and then measures its throughput for 2 s. */
    public TempEvalRun() {
        this(1_500_000_000L, 2_000_000_000L);
    }

    TempEvalRun(long warmUpNanos, long measureNanos) {
        this.warmUpNanos = warmUpNanos;
        this.measureNanos = measureNanos;
    }

    /** A sentence with the date it was written, as the tagger gets it. */
    private record DatedSentence(String text, LocalDate reference) {
    }

    /**
     * Scores the split under {@code dataDir} (the {@code tempeval3} folder) and prints the report.
     *
     * @return 0 on success, 2 when the data is absent
     */
    public int run(Path dataDir, Split split, Path output, boolean details, PrintStream out, PrintStream err)
            throws IOException {
        Path dir = dataDir.resolve(split.folder());
        if (!Files.isDirectory(dir)) {
            err.println("no TempEval-3 data: " + dir + " does not exist (give the tempeval3 folder)");
            return 2;
        }
        List<String> problems = new ArrayList<>();
        List<TimeMlDocument> docs = corpus.read(dir, problems);
        problems.forEach(p -> err.println("skipped " + p));
        if (output != null) {
            Files.createDirectories(output);
        }
        TimexScore score = new TimexScore();
        List<DatedSentence> allSentences = new ArrayList<>();
        for (TimeMlDocument doc : docs) {
            List<TimeMlDocument.Timex> system = tagDocument(doc, allSentences);
            score.add(doc, system);
            if (output != null) {
                String file = doc.docId().replaceAll("[^\\w.-]", "_") + ".tml";
                Files.writeString(output.resolve(file), corpus.write(doc, system),
                        StandardCharsets.UTF_8);
            }
        }
        score.report().forEach(out::println);
        out.printf("# %s: %d documents, %d sentences%n", split.folder(), docs.size(), allSentences.size());
        out.println(throughput(allSentences));
        if (details) {
            Map<String, String> texts = new HashMap<>();
            docs.forEach(d -> texts.put(d.docId(), d.text()));
            for (TimexScore.Outcome o : score.outcomes()) {
                if (o.kind().equals("STRICT") && o.gold().value().equals(o.system().value())) {
                    continue;
                }
                String text = texts.get(o.docId());
                int at = o.gold() != null ? o.gold().start() : o.system().start();
                String around = text.substring(Math.max(0, at - 90), Math.min(text.length(), at + 60))
                        .replaceAll("\\s+", " ");
                out.printf("%s\t%s\t%s\t%s\t%s\t|\t%s\t%s\t%s\t|| %s%n", o.docId(), o.kind(),
                        o.gold() == null ? "" : o.gold().type(), o.gold() == null ? "" : o.gold().value(),
                        o.goldText().replace('\n', ' '), o.system() == null ? "" : o.system().type(),
                        o.system() == null ? "" : o.system().value(), o.systemText().replace('\n', ' '), around);
            }
        }
        return 0;
    }

    private List<TimeMlDocument.Timex> tagDocument(TimeMlDocument doc, List<DatedSentence> allSentences) {
        List<TimeMlDocument.Timex> system = new ArrayList<>();
        String text = doc.text();
        // in order, as the pipeline reads an article: "the next day" counts from a day an earlier sentence named
        TemporalTagger.Reading reading = tagger.reading(doc.creation());
        for (int[] s : sentences.split(text)) {
            String sentence = text.substring(s[0], s[1]);
            allSentences.add(new DatedSentence(sentence, doc.creation()));
            for (TimeExpression t : reading.next(sentence)) {
                system.add(new TimeMlDocument.Timex(s[0] + t.start(), s[0] + t.end(), t.type().name(), t.value()));
            }
        }
        return system;
    }

    /**
     * Sentences per second on this one thread, after a warm-up, over the measuring time: by the
     * wall clock, and by the thread's own CPU time (the figure for one core, whatever else the machine runs).
     */
    private String throughput(List<DatedSentence> sentences) {
        if (sentences.isEmpty()) {
            return "throughput: no sentences";
        }
        long sink = 0;
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < warmUpNanos) { // let the JIT compile the tagger first
            for (DatedSentence s : sentences) {
                sink += tagger.tag(s.text(), s.reference()).size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long count = 0;
        long cpuBegin = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long begin = System.nanoTime();
        long elapsed;
        do {
            for (DatedSentence s : sentences) {
                sink += tagger.tag(s.text(), s.reference()).size();
            }
            count += sentences.size();
            elapsed = System.nanoTime() - begin;
        } while (elapsed < measureNanos);
        long cpuUsed = cpu ? threads.getCurrentThreadCpuTime() - cpuBegin : 0;
        String perCpu = cpu && cpuUsed > 0 ? String.format("%.0f sentences per CPU second, ", count / (cpuUsed / 1e9))
                : "";
        return String.format("throughput: %s%.0f sentences/s by the wall clock on one thread (%d sentences tagged, "
                + "%d expressions)", perCpu, count / (elapsed / 1e9), count, sink);
    }
}
