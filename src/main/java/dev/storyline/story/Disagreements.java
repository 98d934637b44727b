package dev.storyline.story;

import dev.storyline.embed.Vectors;
import dev.storyline.time.CalendarDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts for which sources give different figures: two sentences of different articles that
 * state the same thing (close embeddings or most content words shared, the same names) but put a
 * different number on the same unit ("killed 12 people" against "killed 15 people"), or a different
 * day on the same event. Two numbers that count different things (12 people, 15 houses) are no
 * disagreement, nor are sentences that name different people. Stateless.
 */
final class Disagreements {

    /** One sentence of one source, ready for comparison. */
    record Statement(int article, String text, Support.Claim claim, Set<String> names, List<CalendarDate> days,
                     List<String> writtenDays) {
    }

    /** A number with the word it counts, e.g. 12 and "people". */
    record Figure(String number, String unit, String written) {
    }

    private static final int MAX = 4;
    private static final int MAX_FIGURES = 2;
    /** Closer than this (and sharing most words), two sentences with the same names state the same fact. */
    private static final double SAME_FACT = 0.85;
    /** Dates disagree only between sentences this close: a different day is often a different event. */
    private static final double SAME_DATED_FACT = 0.86;
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?<!\\d[,.]\\s)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*-\\s*|\\s+)(?:(million|billion|thousand|hundred)\\s+)?([\\p{L}]+(?:\\s*-\\s*[\\p{L}]+)*)");
    private static final Set<String> NOT_UNITS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
            "for", "by", "p", "pm", "am", "percent", "per", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "st", "nd", "rd", "th", "was", "were", "is", "are",
            "has", "had", "have", "will", "who", "after", "before", "with", "from", "as");

    private Disagreements() {
    }

    static List<StoryPage.Disagreement> find(List<Statement> statements) {
        List<Statement> counted = statements.stream().filter(s -> !figures(s.text()).isEmpty() || !s.days().isEmpty()).toList();
        // key: a representative statement and what is compared; value: each figure with its statements
        Map<String, Map<String, List<Statement>>> found = new LinkedHashMap<>();
        Map<String, String> about = new LinkedHashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            Statement a = counted.get(i);
            for (int j = i + 1; j < counted.size(); j++) {
                Statement b = counted.get(j);
                if (a.article() == b.article() || !sameNames(a, b)) {
                    continue;
                }
                double sim = Vectors.dot(a.claim().vector(), b.claim().vector());
                // the same statement with another figure: close in meaning and in words both ways
                if (sim < SAME_FACT || !wordsAgree(a, b)) {
                    continue;
                }
                List<Figure> figuresA = figures(a.text());
                List<Figure> figuresB = figures(b.text());
                // a line of statistics ("28 of 68 punches, 369 thrown") counts several things at once
                boolean plain = figuresA.size() <= MAX_FIGURES && figuresB.size() <= MAX_FIGURES;
                for (Figure fa : plain ? figuresA : List.<Figure>of()) {
                    for (Figure fb : figuresB) {
                        if (fa.unit().equals(fb.unit()) && !fa.number().equals(fb.number())
                                && !b.claim().numbers().contains(fa.number()) && !a.claim().numbers().contains(fb.number())) {
                            String key = keyFor(found, a, b, fa.unit());
                            about.putIfAbsent(key, SectionHeading.of(a.text()) + " (" + fa.unit() + ")");
                            add(found, key, fa.written(), a);
                            add(found, key, fb.written(), b);
                        }
                    }
                }
                // the same words ("April 9") resolved to two days is the resolver's doubt, not the sources'
                if (sim >= SAME_DATED_FACT && a.days().size() == 1 && b.days().size() == 1
                        && !a.days().get(0).equals(b.days().get(0))
                        && !a.writtenDays().get(0).equalsIgnoreCase(b.writtenDays().get(0))) {
                    String key = keyFor(found, a, b, "date");
                    about.putIfAbsent(key, SectionHeading.of(a.text()) + " (date)");
                    add(found, key, a.days().get(0).toString(), a);
                    add(found, key, b.days().get(0).toString(), b);
                }
            }
        }
        List<StoryPage.Disagreement> out = new ArrayList<>();
        for (var e : found.entrySet()) {
            List<StoryPage.Variant> variants = new ArrayList<>();
            e.getValue().forEach((value, ss) -> {
                TreeSet<Integer> cites = new TreeSet<>();
                ss.forEach(s -> cites.add(s.article() + 1));
                variants.add(new StoryPage.Variant(value, ss.get(0).text(), List.copyOf(cites)));
            });
            if (variants.size() >= 2) {
                variants.sort(Comparator.comparingInt((StoryPage.Variant v) -> -v.citations().size()));
                out.add(new StoryPage.Disagreement(about.get(e.getKey()), variants));
            }
        }
        out.sort(Comparator.comparingInt((StoryPage.Disagreement d) -> -d.variants().stream().mapToInt(v -> v.citations().size()).sum()));
        return out.size() > MAX ? out.subList(0, MAX) : out;
    }

    /** The existing disagreement about the same unit whose statements include one of these, else a new key. */
    private static String keyFor(Map<String, Map<String, List<Statement>>> found, Statement a, Statement b, String unit) {
        for (var e : found.entrySet()) {
            if (!e.getKey().endsWith("\u0000" + unit)) {
                continue;
            }
            for (List<Statement> ss : e.getValue().values()) {
                for (Statement s : ss) {
                    if (s == a || s == b) {
                        return e.getKey();
                    }
                }
            }
        }
        return a.article() + ":" + a.text() + "\u0000" + unit;
    }

    private static void add(Map<String, Map<String, List<Statement>>> found, String key, String value, Statement s) {
        List<Statement> ss = found.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(value, k -> new ArrayList<>());
        if (ss.stream().noneMatch(x -> x.article() == s.article())) {
            ss.add(s);
        }
    }

    /** Names must match: two sentences naming different people or places do not report the same fact. */
    private static boolean sameNames(Statement a, Statement b) {
        if (a.names().isEmpty() || b.names().isEmpty()) {
            return a.names().isEmpty() && b.names().isEmpty();
        }
        return a.names().containsAll(b.names()) || b.names().containsAll(a.names());
    }

    /** Most content words shared both ways, numbers aside. */
    private static boolean wordsAgree(Statement a, Statement b) {
        return Support.wordShare(a.claim(), b.claim()) >= Support.WORD_SHARE
                && Support.wordShare(b.claim(), a.claim()) >= Support.WORD_SHARE;
    }

    /** "punches" and "punch", "passes" and "pass", "homers" and "homer" are one unit. */
    static String singular(String unit) {
        if (unit.matches(".*(?:ches|shes|sses|xes)$")) {
            return unit.substring(0, unit.length() - 2);
        }
        if (unit.endsWith("ies") && unit.length() > 4) {
            return unit.substring(0, unit.length() - 3) + "y";
        }
        if (unit.endsWith("s") && !unit.endsWith("ss") && unit.length() > 3) {
            return unit.substring(0, unit.length() - 1);
        }
        return unit;
    }

    /** The counted figures of a sentence: numbers followed by the word they count (years and days left out). */
    static List<Figure> figures(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String number = m.group(1).replace(",", "");
            // "800 - square - metre" and "800-square-foot" count different things than each other
            String unit = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s*-\\s*", "-");
            if (NOT_UNITS.contains(unit) || number.matches("(?:19|20)\\d\\d") && m.group(2) == null) {
                continue;
            }
            String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT) + " ";
            String key = scale + singular(unit);
            if (seen.add(number + key)) {
                out.add(new Figure(number, key, m.group().strip()));
            }
        }
        return out;
    }
}
