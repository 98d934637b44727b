package dev.storyline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TempEval-3 task A scores of a system's TIMEX3 against gold, pooled over documents: strict (same span) and
 * relaxed (overlapping span, one-to-one, exact spans first then largest overlap) extraction, and value (the
 * normalised value equals gold's on a relaxed pair). Counts by gold type too. Not thread-safe: one per run.
 */
public final class TimexScore {

    /** Counts for one TIMEX3 type, or for all. */
    private static final class Counts {
        int gold;
        int system;
        int strict;
        int relaxed;
        int value;
        int type;
    }

    /** One scored pairing, miss or false alarm, for reading the errors. */
    public record Outcome(String docId, String kind, TimeMlDocument.Timex gold, TimeMlDocument.Timex system,
                          String goldText, String systemText) {
    }

    private final Counts all = new Counts();
    private final Map<String, Counts> byType = new TreeMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    /** Scores one document's answer. */
    public void add(TimeMlDocument doc, List<TimeMlDocument.Timex> system) {
        List<TimeMlDocument.Timex> gold = doc.timexes();
        all.gold += gold.size();
        all.system += system.size();
        for (TimeMlDocument.Timex g : gold) {
            counts(g.type()).gold++;
        }
        for (TimeMlDocument.Timex s : system) {
            counts(s.type()).system++;
        }
        Map<Integer, Integer> pairOfGold = new HashMap<>();
        Set<Integer> usedSystem = new HashSet<>();
        Set<Integer> strictGold = new HashSet<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int si = 0; si < system.size(); si++) {
                if (!usedSystem.contains(si) && gold.get(gi).start() == system.get(si).start()
                        && gold.get(gi).end() == system.get(si).end()) {
                    pairOfGold.put(gi, si);
                    usedSystem.add(si);
                    strictGold.add(gi);
                    break;
                }
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            if (pairOfGold.containsKey(gi)) {
                continue;
            }
            for (int si = 0; si < system.size(); si++) {
                if (usedSystem.contains(si)) {
                    continue;
                }
                int overlap = Math.min(gold.get(gi).end(), system.get(si).end())
                        - Math.max(gold.get(gi).start(), system.get(si).start());
                if (overlap > 0) {
                    candidates.add(new int[]{-overlap, gi, si});
                }
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
        for (int[] c : candidates) {
            if (!pairOfGold.containsKey(c[1]) && !usedSystem.contains(c[2])) {
                pairOfGold.put(c[1], c[2]);
                usedSystem.add(c[2]);
            }
        }
        String text = doc.text();
        for (int gi = 0; gi < gold.size(); gi++) {
            TimeMlDocument.Timex g = gold.get(gi);
            Integer si = pairOfGold.get(gi);
            String goldText = text.substring(g.start(), g.end());
            if (si == null) {
                outcomes.add(new Outcome(doc.docId(), "MISS", g, null, goldText, ""));
                continue;
            }
            TimeMlDocument.Timex s = system.get(si);
            boolean strict = strictGold.contains(gi);
            boolean valueOk = s.value().equals(g.value());
            boolean typeOk = s.type().equals(g.type());
            Counts t = counts(g.type());
            all.relaxed++;
            t.relaxed++;
            if (strict) {
                all.strict++;
                t.strict++;
            }
            if (valueOk) {
                all.value++;
                t.value++;
            }
            if (typeOk) {
                all.type++;
                t.type++;
            }
            outcomes.add(new Outcome(doc.docId(), strict ? "STRICT" : "RELAXED", g, s, goldText,
                    text.substring(s.start(), s.end())));
        }
        for (int si = 0; si < system.size(); si++) {
            if (!usedSystem.contains(si)) {
                TimeMlDocument.Timex s = system.get(si);
                outcomes.add(new Outcome(doc.docId(), "FP", null, s, "", text.substring(s.start(), s.end())));
            }
        }
    }

    private Counts counts(String type) {
        return byType.computeIfAbsent(type.isEmpty() ? "(none)" : type, k -> new Counts());
    }

    /** Precision, recall and F1 of a count of correct answers. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(int correct, int system, int gold) {
            double p = system == 0 ? 0 : (double) correct / system;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        @Override
        public String toString() {
            return String.format("P=%.4f R=%.4f F1=%.4f", precision, recall, f1);
        }
    }

    public Prf strict() {
        return Prf.of(all.strict, all.system, all.gold);
    }

    public Prf relaxed() {
        return Prf.of(all.relaxed, all.system, all.gold);
    }

    public Prf value() {
        return Prf.of(all.value, all.system, all.gold);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The three TempEval lines, then one line per gold type. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add("strict " + strict());
        lines.add("relaxed " + relaxed());
        lines.add("value " + value());
        lines.add(String.format("# gold=%d system=%d strict=%d relaxed=%d value-correct=%d type-correct=%d",
                all.gold, all.system, all.strict, all.relaxed, all.value, all.type));
        for (Map.Entry<String, Counts> e : byType.entrySet()) {
            Counts c = e.getValue();
            lines.add(String.format("type %-9s gold=%-4d system=%-4d strict=%-4d relaxed=%-4d value_ok=%-4d "
                            + "| relaxedR=%.3f valueAcc=%.3f", e.getKey(), c.gold, c.system, c.strict, c.relaxed,
                    c.value, c.gold == 0 ? 0 : (double) c.relaxed / c.gold,
                    c.relaxed == 0 ? 0 : (double) c.value / c.relaxed));
        }
        return lines;
    }
}
