package dev.storyline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The ROUGE measures of timeline summarisation as {@code ../shared/tools/tls_score.py} computes them
 * (tilse's "align+ m:1" AR-1/AR-2 and concatenation ROUGE over ROUGE-1.5.5 counts with tilse's options):
 * the system's sentences re-tokenised Penn-Treebank style, then lower-cased, cut to letters, digits and
 * hyphens, SMART stop words dropped, words of more than 3 characters stemmed by the WordNet-2.0
 * exception list, else by ROUGE-1.5.5's own Porter stemmer. Each step follows the script's, so the
 * figures agree with it on the same timelines. Thread-safe once built.
 */
public final class TimelineRouge {

    /** Precision, recall and F1 of one measure. */
    public record Score(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** AR-1 and AR-2 of one timeline against its gold one. */
    public record Alignment(Score ar1, Score ar2) {
    }

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final Pattern NON_TOKEN = Pattern.compile("[^A-Za-z0-9\\-]");

    private final Set<String> stopWords;
    private final Map<String, String> exceptions;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    private TimelineRouge(Set<String> stopWords, Map<String, String> exceptions) {
        this.stopWords = stopWords;
        this.exceptions = exceptions;
    }

    /**
     * The scorer with ROUGE-1.5.5's data files from {@code dir} ({@code smart_common_words.txt},
     * {@code wordnet-2.0-exc.tsv}; in {@code ../shared/data/rouge155}).
     *
     * @throws IOException when either file is missing or unreadable
     */
    public static TimelineRouge load(Path dir) throws IOException {
        Set<String> stop = new HashSet<>(Files.readAllLines(dir.resolve("smart_common_words.txt"), StandardCharsets.ISO_8859_1));
        Map<String, String> exc = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("wordnet-2.0-exc.tsv"), StandardCharsets.ISO_8859_1)) {
            int tab = line.indexOf('\t');
            exc.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
        }
        return new TimelineRouge(stop, exc);
    }

    /**
     * The system timeline as the script reads it: sentences stripped, empty ones dropped, re-tokenised;
     * days in order.
     */
    public static Map<LocalDate, List<String>> system(Map<LocalDate, List<String>> days) {
        Map<LocalDate, List<String>> out = new TreeMap<>();
        days.forEach((d, sentences) -> {
            List<String> kept = out.computeIfAbsent(d, k -> new ArrayList<>());
            sentences.stream().map(String::strip).filter(s -> !s.isEmpty()).map(PtbTokens::tokenize).forEach(kept::add);
        });
        return out;
    }

    /** AR-1 and AR-2 ("align+ m:1") of the (re-tokenised) system timeline against the gold one. */
    public Alignment align(Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> gold) {
        if (predicted.isEmpty() || gold.isEmpty()) {
            return new Alignment(new Score(0, 0), new Score(0, 0));
        }
        List<LocalDate> pd = new ArrayList<>(new TreeSet<>(predicted.keySet()));
        List<LocalDate> gd = new ArrayList<>(new TreeSet<>(gold.keySet()));
        double[] precision = side(pd, gd, true, predicted, gold);
        double[] recall = side(gd, pd, false, predicted, gold);
        Score[] s = new Score[3];
        for (int n = 1; n <= 2; n++) {
            s[n] = new Score(precision[2 * n - 1] == 0 ? 0 : precision[2 * n - 2] / precision[2 * n - 1],
                    recall[2 * n - 1] == 0 ? 0 : recall[2 * n - 2] / recall[2 * n - 1]);
        }
        return new Alignment(s[1], s[2]);
    }

    /**
     * One side of the alignment: each date of {@code from} (the system's for precision, the gold's for
     * recall) mapped to the date of least cost on the other side; returns the weighted hits and the
     * n-gram counts of that side, {@code {hits1, count1, hits2, count2}}.
     */
    private double[] side(List<LocalDate> from, List<LocalDate> onto, boolean fromSystem,
                          Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> gold) {
        double[] out = new double[4];
        for (LocalDate d : from) {
            LocalDate other = onto.get(argmin(onto, x -> fromSystem ? cost(predicted, d, gold, x) : cost(predicted, x, gold, d)));
            LocalDate p = fromSystem ? d : other;
            LocalDate g = fromSystem ? other : d;
            long[][] c = counts(predicted.get(p), gold.getOrDefault(g, List.of()));
            double w = 1.0 / (Math.abs(ChronoUnit.DAYS.between(g, p)) + 1);
            for (int n = 1; n <= 2; n++) {
                out[2 * n - 2] += w * c[n][0];
                out[2 * n - 1] += c[n][fromSystem ? 1 : 2];
            }
        }
        return out;
    }

    private interface Cost {
        double of(LocalDate d);
    }

    /** The first index of least cost, as the script's argmin. */
    private static int argmin(List<LocalDate> dates, Cost cost) {
        double best = cost.of(dates.get(0));
        int at = 0;
        for (int j = 1; j < dates.size(); j++) {
            double c = cost.of(dates.get(j));
            if (c < best) {
                best = c;
                at = j;
            }
        }
        return at;
    }

    private static double cost(Map<LocalDate, List<String>> predicted, LocalDate p, Map<LocalDate, List<String>> gold, LocalDate g) {
        double dateFactor = 1 - 1.0 / (Math.abs(ChronoUnit.DAYS.between(g, p)) + 1);
        return dateFactor * (1 - approximateF1(predicted.get(p), gold.getOrDefault(g, List.of())));
    }

    /** tilse's approximate ROUGE-1 F1 on raw whitespace tokens, punctuation tokens left out. */
    static double approximateF1(List<String> predicted, List<String> reference) {
        Map<String, Integer> pred = rawCounts(predicted);
        Map<String, Integer> ref = rawCounts(reference);
        long match = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            match += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        long predTotal = pred.values().stream().mapToLong(Integer::longValue).sum();
        long refTotal = ref.values().stream().mapToLong(Integer::longValue).sum();
        double precision = predTotal == 0 ? 0 : (double) match / predTotal;
        double recall = refTotal == 0 ? 0 : (double) match / refTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> rawCounts(List<String> sentences) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : sentences) {
            for (String k : whitespaceSplit(s)) {
                // the script's `k not in string.punctuation` is a substring test
                if (!PUNCTUATION.contains(k)) {
                    out.merge(k, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static List<String> whitespaceSplit(String s) {
        List<String> out = new ArrayList<>();
        for (String t : WHITESPACE.split(s)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * ROUGE-1.5.5's counts of one peer against one model: {@code [n] = {hits, peer n-grams, model n-grams}}
     * for n = 1 and 2.
     */
    long[][] counts(List<String> peer, List<String> model) {
        List<String> p = tokens(peer);
        List<String> m = tokens(model);
        long[][] out = new long[3][];
        for (int n = 1; n <= 2; n++) {
            Map<String, Integer> pg = ngrams(p, n);
            Map<String, Integer> mg = ngrams(m, n);
            long hit = 0;
            for (Map.Entry<String, Integer> e : mg.entrySet()) {
                Integer c = pg.get(e.getKey());
                if (c != null) {
                    hit += Math.min(c, e.getValue());
                }
            }
            out[n] = new long[]{hit, Math.max(0, p.size() - n + 1), Math.max(0, m.size() - n + 1)};
        }
        return out;
    }

    /** Concatenation ROUGE-1 and ROUGE-2 of every system sentence against every gold sentence. */
    public Alignment concat(Map<LocalDate, List<String>> predicted, Map<LocalDate, List<String>> gold) {
        if (predicted.isEmpty()) {
            return new Alignment(new Score(0, 0), new Score(0, 0));
        }
        long[][] c = counts(new TreeMap<>(predicted).values().stream().flatMap(List::stream).toList(),
                new TreeMap<>(gold).values().stream().flatMap(List::stream).toList());
        return new Alignment(score(c[1]), score(c[2]));
    }

    private static Score score(long[] c) {
        return new Score(c[1] == 0 ? 0 : (double) c[0] / c[1], c[2] == 0 ? 0 : (double) c[0] / c[2]);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    /** ROUGE-1.5.5's tokens of a summary (its sentences in order). */
    List<String> tokens(List<String> sentences) {
        List<String> texts = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> toks = whitespaceSplit(sentence);
            StringBuilder line = new StringBuilder();
            for (String t : toks) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(t.replace("^", "&circ;"));
            }
            String cut = line.toString();
            int lt = cut.indexOf('<');
            if (lt >= 0) {
                cut = cut.substring(0, lt);
            }
            if (!cut.isEmpty()) {
                texts.add(asciiLower(cut));
            }
        }
        List<String> out = new ArrayList<>();
        if (texts.isEmpty()) {
            return out;
        }
        String text = String.join(" ", texts).replace("-", " - ");
        for (String tok : NON_TOKEN.matcher(text).replaceAll(" ").split(" ")) {
            if (tok.isEmpty() || stopWords.contains(tok)) {
                continue;
            }
            char c = tok.charAt(0);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$')) {
                continue;
            }
            out.add(tok.length() > 3 ? stems.computeIfAbsent(tok, k -> exceptions.getOrDefault(k, RougeStemmer.stem(k))) : tok);
        }
        return out;
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

}
