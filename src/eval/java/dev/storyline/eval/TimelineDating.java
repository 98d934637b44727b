package dev.storyline.eval;

import dev.storyline.time.CalendarDate;
import dev.storyline.time.TemporalTagger;
import dev.storyline.time.TimeExpression;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SemEval-2015 task 4 (TimeLine) as a test of sentence dating: for every gold event mention dated to a day or a
 * month, tags the sentence that holds it against the document creation date and checks whether one of the
 * sentence's dates is the gold date; every failure is put in a class of error. Not thread-safe: one per run.
 */
public final class TimelineDating {

    private static final Pattern TOKEN = Pattern.compile(
            "<token[^>]*\\bsentence=\"(\\d+)\"[^>]*>([^<]*)</token>");
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern DOC_ID = Pattern.compile("<Document[^>]*\\bdoc_id=\"([^\"]+)\"");
    private static final Pattern GOLD_DATE = Pattern.compile("(\\d{4})-(\\d{2}|XX)-(\\d{2}|XX)");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "%", "'s", "n't",
            "'", "''", "'re", "'ve", "'ll", "'d", "'m");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "$", "``", "`");

    private final TemporalTagger tagger = new TemporalTagger();

    /** The document's sentences tagged in order, as the pipeline reads an article (with its running anchor). */
    private Map<Integer, List<TimeExpression>> tagInOrder(Document doc) {
        Map<Integer, List<TimeExpression>> out = new HashMap<>();
        TemporalTagger.Reading reading = tagger.reading(doc.creation());
        new TreeMap<>(doc.sentences()).forEach((n, text) -> out.put(n, reading.next(text)));
        return out;
    }

    /** One document of the corpus: its creation date and its sentences as text. */
    record Document(String id, LocalDate creation, Map<Integer, String> sentences) {
    }

    /** One gold event mention with its gold date. */
    record Event(String docId, int sentence, String token, CalendarDate date) {
    }

    /**
     * Scores every corpus under {@code dataDir} and prints the accuracy and the classes of error.
     *
     * @return 0 on success, 2 when the data is absent
     */
    public int run(Path dataDir, boolean details, PrintStream out, PrintStream err) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            err.println("no SemEval-2015 timeline data: " + dataDir + " does not exist");
            return 2;
        }
        List<Path> corpora;
        try (Stream<Path> walk = Files.walk(dataDir, 3)) {
            corpora = walk.filter(p -> Files.isDirectory(p.resolve("TimeLines_Gold_Standard"))
                    && Files.isDirectory(p.resolve("corpus_trackA_CAT"))).sorted().toList();
        }
        if (corpora.isEmpty()) {
            err.println("no SemEval-2015 corpus (a folder with TimeLines_Gold_Standard and corpus_trackA_CAT) under "
                    + dataDir);
            return 2;
        }
        int total = 0;
        int dated = 0;
        int withFallback = 0;
        int unresolved = 0;
        Map<String, Integer> classes = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Map<Document, Map<Integer, List<TimeExpression>>> tagged = new java.util.IdentityHashMap<>();
        for (Path corpus : corpora) {
            Map<String, Document> docs = readDocuments(corpus.resolve("corpus_trackA_CAT"), err);
            for (Event e : readEvents(corpus.resolve("TimeLines_Gold_Standard"), err)) {
                Document doc = docs.get(e.docId());
                String sentence = doc == null ? null : doc.sentences().get(e.sentence());
                if (sentence == null) {
                    unresolved++; // a mention whose document or sentence the corpus does not hold (gold typos)
                    continue;
                }
                total++;
                List<CalendarDate> dates = new ArrayList<>();
                for (TimeExpression t : tagged.computeIfAbsent(doc, this::tagInOrder).get(e.sentence())) {
                    t.date().ifPresent(dates::add);
                }
                boolean hit = dates.contains(e.date());
                Optional<CalendarDate> first = dates.stream()
                        .filter(d -> d.precision() != CalendarDate.Precision.YEAR).findFirst();
                CalendarDate chosen = first.orElse(doc.creation() == null ? null : CalendarDate.of(doc.creation()));
                if (hit) {
                    dated++;
                }
                if (chosen != null && sameAtGoldPrecision(chosen, e.date())) {
                    withFallback++;
                }
                if (!hit) {
                    String kind = errorClass(e.date(), dates, doc.creation());
                    classes.merge(kind, 1, Integer::sum);
                    errors.add(kind + "\t" + e.date() + "\t" + dates + "\tdct=" + doc.creation() + "\t" + e.docId()
                            + "-" + e.sentence() + "-" + e.token() + "\t" + sentence);
                }
            }
        }
        out.printf("accuracy=%.4f (%d of %d gold events dated to a day or a month get their date from a date in "
                + "their sentence)%n", total == 0 ? 0 : (double) dated / total, dated, total);
        out.printf("accuracy with fallback=%.4f (the sentence's first day or month, else the creation date, "
                + "matches at the gold precision)%n", total == 0 ? 0 : (double) withFallback / total);
        if (unresolved > 0) {
            out.printf("# %d gold mentions name a document or sentence that is not in the corpus: left out%n",
                    unresolved);
        }
        out.println("# errors by class:");
        classes.forEach((k, v) -> out.printf("%-62s %5d%n", k, v));
        if (details) {
            errors.forEach(out::println);
        }
        return 0;
    }

    private static boolean sameAtGoldPrecision(CalendarDate system, CalendarDate gold) {
        if (gold.precision() == CalendarDate.Precision.MONTH) {
            return system.year() == gold.year() && system.month() == gold.month();
        }
        return system.equals(gold);
    }

    static String errorClass(CalendarDate gold, List<CalendarDate> dates, LocalDate creation) {
        CalendarDate dct = creation == null ? null : CalendarDate.of(creation);
        if (dates.isEmpty()) {
            if (dct != null && sameAtGoldPrecision(dct, gold)) {
                return "no date in sentence; event on the creation day/month";
            }
            return "no date in sentence; event dated elsewhere in the text";
        }
        for (CalendarDate d : dates) {
            if (d.year() == gold.year() && (d.month() == gold.month() || d.month() == 0)) {
                return "date found at another precision (day vs month vs year)";
            }
        }
        for (CalendarDate d : dates) {
            if (Math.abs(d.year() - gold.year()) == 1 && d.month() == gold.month()
                    && (d.day() == gold.day() || gold.day() == 0 || d.day() == 0)) {
                return "resolved to the wrong year";
            }
            long apart = Math.abs(d.firstDay().toEpochDay() - gold.firstDay().toEpochDay());
            if (d.day() != 0 && gold.day() != 0 && apart <= 7) {
                return "weekday or relative day off by up to a week";
            }
        }
        if (dct != null && sameAtGoldPrecision(dct, gold)) {
            return "sentence has other dates; event on the creation day/month";
        }
        return "sentence has other dates; event has a date not in sentence";
    }

    private static Map<String, Document> readDocuments(Path dir, PrintStream err) throws IOException {
        Map<String, Document> docs = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            try {
                Document d = parseDocument(Files.readString(f, StandardCharsets.UTF_8));
                docs.put(d.id(), d);
            } catch (RuntimeException e) {
                err.println("skipped " + f + ": " + e.getMessage());
            }
        }
        return docs;
    }

    /** {@code 2008-03-01}, or {@code 03-02-2009} (day first, as some of the corpus writes it); else null. */
    static LocalDate creationDate(String value) {
        Matcher iso = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*").matcher(value);
        if (iso.matches()) {
            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        }
        Matcher dayFirst = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})").matcher(value);
        if (dayFirst.matches()) {
            return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                    Integer.parseInt(dayFirst.group(1)));
        }
        return null;
    }

    static Document parseDocument(String xml) {
        Matcher id = DOC_ID.matcher(xml);
        if (!id.find()) {
            throw new IllegalArgumentException("no <Document doc_id=...>");
        }
        LocalDate creation = null;
        Matcher t = TIMEX.matcher(xml);
        while (t.find()) {
            if (t.group(1).contains("CREATION_TIME")) {
                Matcher v = VALUE.matcher(t.group(1));
                if (v.find()) {
                    creation = creationDate(v.group(1));
                }
                break;
            }
        }
        Map<Integer, StringBuilder> text = new TreeMap<>();
        Map<Integer, String> lastToken = new HashMap<>();
        Matcher m = TOKEN.matcher(xml);
        while (m.find()) {
            int s = Integer.parseInt(m.group(1));
            String token = TimeMlCorpus.unescape(m.group(2));
            StringBuilder b = text.computeIfAbsent(s, k -> new StringBuilder());
            String previous = lastToken.get(s);
            if (b.length() > 0 && !NO_SPACE_BEFORE.contains(token) && (previous == null
                    || !NO_SPACE_AFTER.contains(previous))) {
                b.append(' ');
            }
            b.append(token);
            lastToken.put(s, token);
        }
        Map<Integer, String> sentences = new HashMap<>();
        text.forEach((k, v) -> sentences.put(k, v.toString()));
        return new Document(id.group(1), creation, sentences);
    }

    private static List<Event> readEvents(Path dir, PrintStream err) throws IOException {
        Set<Event> events = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length < 3) {
                    continue;
                }
                Matcher d = GOLD_DATE.matcher(cols[1]);
                if (!d.matches() || d.group(2).equals("XX")) {
                    continue; // undated or dated to a year only
                }
                CalendarDate date = new CalendarDate(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                        d.group(3).equals("XX") ? 0 : Integer.parseInt(d.group(3)));
                for (int c = 2; c < cols.length; c++) {
                    for (String mention : cols[c].trim().split("\\s+")) {
                        String[] parts = mention.split("-", 3);
                        if (parts.length < 3) {
                            continue;
                        }
                        try {
                            events.add(new Event(parts[0], Integer.parseInt(parts[1]), parts[2], date));
                        } catch (NumberFormatException e) {
                            err.println("bad mention '" + mention + "' in " + f);
                        }
                    }
                }
            }
        }
        return List.copyOf(events);
    }
}
