package dev.storyline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The extractive reference systems a story page is compared with, each cut to exactly the page's length
 * in tokens, as {@code ../shared/tools/multinews_score.py} defines them: Lead (round-robin over the
 * articles' sentences), a LexRank-style ranking (TF-IDF cosine graph, PageRank) and a greedy oracle that
 * knows the human summary. The cluster's candidate sentences are split and filtered the same way as
 * there. Thread-safe.
 */
public final class SummaryBaselines {

    static final int MIN_TOKENS = 6;
    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"”’')\\]]*\\s+(?=[\"“‘(\\[]?[A-Z0-9])",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER = Pattern.compile("[a-z]");
    private static final Pattern INITIALS = Pattern.compile("(?:[a-z]\\.)+[a-z]");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "reps",
            "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "jr", "sr", "prof", "rev", "hon", "pres",
            "supt", "insp", "no", "nos", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "inc", "corp", "co", "ltd", "bros", "vs", "mt", "ft", "ave", "blvd", "u.s", "u.k",
            "u.n", "d.c", "e.g", "i.e", "calif", "mass", "conn", "fla", "ill", "pa", "va", "wash", "ariz", "colo",
            "ga", "md", "mich", "minn", "mo", "nev", "okla", "ore", "tenn", "tex", "wis");

    private final Map<String, Double> idf;

    /** @param allDocuments the text of every article of the data file, for the inverse document frequency */
    public SummaryBaselines(List<String> allDocuments) {
        Map<String, Integer> df = new HashMap<>();
        for (String d : allDocuments) {
            new HashSet<>(RougeScore.tokens(d)).forEach(t -> df.merge(t, 1, Integer::sum));
        }
        Map<String, Double> out = new HashMap<>();
        df.forEach((t, c) -> out.put(t, Math.log((double) allDocuments.size() / c)));
        this.idf = Map.copyOf(out);
    }

    /** Per article, its candidate sentences as tokens; a token sequence already seen in the cluster is dropped. */
    public static List<List<List<String>>> pool(List<String> articles) {
        Set<List<String>> seen = new HashSet<>();
        List<List<List<String>>> out = new ArrayList<>();
        for (String d : articles) {
            List<List<String>> mine = new ArrayList<>();
            for (String s : sentences(d)) {
                List<String> t = RougeScore.tokens(s);
                if (t.size() >= MIN_TOKENS && seen.add(t)) {
                    mine.add(t);
                }
            }
            out.add(mine);
        }
        return out;
    }

    /** Lines split at . ! ? before a capital, digit or opening quote, abbreviations and initials kept whole. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            int start = 0;
            Matcher m = BOUNDARY.matcher(line);
            while (m.find()) {
                if (line.charAt(m.start()) == '.' && !m.group().startsWith("..")) {
                    String before = line.substring(start, m.start());
                    String word = "";
                    if (!strip(before).isEmpty()) {
                        String[] parts = strip(before).split("(?U)\\s+");
                        word = parts[parts.length - 1];
                    }
                    word = word.replaceFirst("^[\"“‘(\\[]+", "").toLowerCase(java.util.Locale.ROOT);
                    if (ABBREVIATIONS.contains(word) || LETTER.matcher(word).matches() || INITIALS.matcher(word).matches()) {
                        continue;
                    }
                }
                out.add(strip(line.substring(start, m.end())));
                start = m.end();
            }
            String rest = strip(line.substring(start));
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    /** Python's {@code str.strip()}: Unicode white space, the no-break space included. */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && space(s.charAt(a))) {
            a++;
        }
        while (b > a && space(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= 0x1c && c <= 0x1f) || c == 0x85;
    }

    static List<String> cut(List<List<String>> sentences, int k) {
        List<String> out = new ArrayList<>();
        for (List<String> t : sentences) {
            if (out.size() >= k) {
                break;
            }
            out.addAll(t.subList(0, Math.min(t.size(), k - out.size())));
        }
        return out;
    }

    /** The first sentence of each article in turn, then the second of each, and so on. */
    public static List<String> lead(List<List<List<String>>> pool, int k) {
        List<List<String>> order = new ArrayList<>();
        int length = 0;
        for (int i = 0; length < k; i++) {
            int index = i;
            if (pool.stream().noneMatch(p -> index < p.size())) {
                break;
            }
            for (List<List<String>> p : pool) {
                if (i < p.size()) {
                    order.add(p.get(i));
                    length += p.get(i).size();
                }
            }
        }
        return cut(order, k);
    }

    /** Sentences by PageRank over their TF-IDF cosine graph, skipping near-repeats of chosen ones. */
    public List<String> lexRank(List<List<List<String>>> pool, int k) {
        List<List<String>> sents = pool.stream().flatMap(List::stream).toList();
        int n = sents.size();
        if (n == 0) {
            return List.of();
        }
        List<Map<String, Double>> vecs = new ArrayList<>();
        for (List<String> t : sents) {
            Map<String, Integer> tf = new java.util.LinkedHashMap<>();
            t.forEach(w -> tf.merge(w, 1, Integer::sum));
            Map<String, Double> v = new java.util.LinkedHashMap<>();
            tf.forEach((w, c) -> {
                double x = c * idf.getOrDefault(w, 0.0);
                if (x > 0) {
                    v.put(w, x);
                }
            });
            double squares = 0;
            for (double x : v.values()) {
                squares += x * x;
            }
            double norm = Math.sqrt(squares);
            Map<String, Double> unit = new java.util.LinkedHashMap<>();
            if (norm > 0) {
                v.forEach((w, x) -> unit.put(w, x / norm));
            }
            vecs.add(unit);
        }
        List<List<int[]>> edgeTo = new ArrayList<>();
        List<List<Double>> edgeW = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            edgeTo.add(new ArrayList<>());
            edgeW.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double c = cosine(vecs.get(i), vecs.get(j));
                if (c >= 0.1) {
                    edgeTo.get(i).add(new int[]{j});
                    edgeW.get(i).add(c);
                    edgeTo.get(j).add(new int[]{i});
                    edgeW.get(j).add(c);
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (double c : edgeW.get(i)) {
                out[i] += c;
            }
        }
        double damping = 0.85;
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        for (int it = 0; it < 200; it++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) {
                if (out[i] == 0) {
                    dangling += p[i];
                }
            }
            dangling /= n;
            double[] q = new double[n];
            java.util.Arrays.fill(q, (1 - damping) / n + damping * dangling);
            for (int i = 0; i < n; i++) {
                if (out[i] != 0) {
                    double share = damping * p[i] / out[i];
                    for (int e = 0; e < edgeTo.get(i).size(); e++) {
                        q[edgeTo.get(i).get(e)[0]] += share * edgeW.get(i).get(e);
                    }
                }
            }
            double delta = 0;
            for (int i = 0; i < n; i++) {
                delta += Math.abs(p[i] - q[i]);
            }
            p = q;
            if (delta < 1e-9) {
                break;
            }
        }
        double[] rank = p;
        List<Integer> ranked = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i)).toList();
        List<Integer> chosen = new ArrayList<>();
        int length = 0;
        for (int i : ranked) {
            if (length >= k) {
                break;
            }
            if (chosen.stream().anyMatch(j -> cosine(vecs.get(i), vecs.get(j)) > 0.5)) {
                continue;
            }
            chosen.add(i);
            length += sents.get(i).size();
        }
        return cut(chosen.stream().map(sents::get).toList(), k);
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (var e : a.entrySet()) {
            s += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        return s;
    }

    /**
     * Greedily the sentence that gives the selection, cut to the length, the best ROUGE-1 F + ROUGE-2 F, as
     * the reference scorer computes that sum (in effect by the ROUGE-2 gain).
     */
    public static List<String> oracle(List<List<List<String>>> pool, int k, List<String> reference) {
        List<List<String>> sents = pool.stream().flatMap(List::stream).toList();
        Map<List<String>, Integer> r2 = RougeScore.ngrams(reference, 2);
        int n1 = reference.size();
        int n2 = Math.max(0, reference.size() - 1);
        List<String> sel = new ArrayList<>();
        Map<List<String>, Integer> c2 = new HashMap<>();
        int ov1 = 0;
        int ov2 = 0;
        Set<Integer> used = new HashSet<>();
        while (sel.size() < k) {
            double best = -1;
            int bestIdx = -1;
            List<String> bestAdd = null;
            Map<List<String>, Integer> bestG2 = null;
            int bestD1 = 0;
            int bestD2 = 0;
            for (int idx = 0; idx < sents.size(); idx++) {
                if (used.contains(idx)) {
                    continue;
                }
                List<String> t = sents.get(idx);
                List<String> add = t.subList(0, Math.min(t.size(), k - sel.size()));
                Map<List<String>, Integer> g2 = RougeScore.ngrams(add, 2);
                if (!sel.isEmpty()) {
                    g2.merge(List.of(sel.get(sel.size() - 1), add.get(0)), 1, Integer::sum);
                }
                // as the reference scorer does it: its unigram keys (tokens) never match its reference keys
                // (1-tuples), so the greedy choice runs on the ROUGE-2 gain alone; kept so that the figures agree
                int d1 = 0;
                int d2 = gain(r2, c2, g2);
                int h = sel.size() + add.size();
                double f1 = h + n1 > 0 ? 2.0 * (ov1 + d1) / (h + n1) : 0.0;
                double f2 = h - 1 + n2 > 0 ? 2.0 * (ov2 + d2) / (h - 1 + n2) : 0.0;
                if (bestIdx < 0 || f1 + f2 > best) {
                    best = f1 + f2;
                    bestIdx = idx;
                    bestAdd = add;
                    bestG2 = g2;
                    bestD1 = d1;
                    bestD2 = d2;
                }
            }
            if (bestIdx < 0) {
                break;
            }
            used.add(bestIdx);
            sel.addAll(bestAdd);
            bestG2.forEach((g, c) -> c2.merge(g, c, Integer::sum));
            ov1 += bestD1;
            ov2 += bestD2;
        }
        return sel;
    }

    private static int gain(Map<List<String>, Integer> ref, Map<List<String>, Integer> have, Map<List<String>, Integer> add) {
        int d = 0;
        for (var e : add.entrySet()) {
            Integer r = ref.get(e.getKey());
            if (r != null) {
                int h = have.getOrDefault(e.getKey(), 0);
                d += Math.min(r, h + e.getValue()) - Math.min(r, h);
            }
        }
        return d;
    }
}
