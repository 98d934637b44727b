package dev.storyline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Draws a short section heading from a section's sentences: the main clause of one of them, cut before
 * the first subordinate clause, attribution or trailing time phrase, at most nine words, without a
 * trailing function word or pronoun. "Rescue teams reached the flooded valley on Tuesday after a night of
 * rain, officials said" gives "Rescue teams reached the flooded valley". Of a section's sentences, the one
 * whose main clause ends by itself (rather than at the word limit) gives the heading. Stateless.
 */
public final class SectionHeading {

    private static final int MAX_WORDS = 9;
    private static final int MIN_WORDS = 3;
    private static final Set<String> CUT_BEFORE = Set.of("that", "which", "who", "whom", "whose", "after", "when",
            "while", "because", "although", "as", "since", "before", "until", "where", "but", "and", "said", "says",
            "according", "amid", "despite", "following", "if", "though", "what", "how", "why", "whether", "told");
    /** Cut before these only once the heading has a subject, a verb and something more. */
    private static final Set<String> CUT_LATE = Set.of("to", "in", "on", "at", "for", "with", "from", "by", "during",
            "over", "near", "into", "about", "without");
    private static final Set<String> WEAK_END = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by",
            "with", "from", "and", "or", "its", "his", "her", "their", "has", "have", "had", "was", "were", "is",
            "are", "be", "been", "will", "would", "could", "that", "this", "as", "into", "about", "than", "said",
            "herself", "himself", "themselves", "itself", "him", "them", "it", "us", "not", "also", "being",
            "very", "more", "most", "so", "just", "who", "which", "did", "does", "do", "can", "may", "might",
            "should", "must", "up", "out");
    private static final Pattern TIME_TAIL = Pattern.compile(
            "(?i)\\s+(?:(?:on|last|this|next|early|late|by)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2})?)(?:\\s+(?:morning|afternoon|evening|night))?$");

    /** "Jr.", "Mr.", "U.S.": a full stop that does not end the clause. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\p{Ll}{0,3}\\.|(?:\\p{L}\\.)+)");

    /** A short opening time or place phrase closed by a comma. */
    private static final Pattern LEADING_PHRASE = Pattern.compile(
            "^(?:On|In|At|By|Early|Late|Last|This|Earlier|Later|Overnight|On\\s+\\w+)\\b[^,]{0,30},\\s+");
    /** A heading that opens like this is a subordinate clause or a bare circumstance, not a subject. */
    private static final Pattern WEAK_START = Pattern.compile(
            "^(?:When|After|As|While|If|Although|According|On|In|At|By|Before|Since|Until|Once|Because|Prior|During)\\b");

    private SectionHeading() {
    }

    public static String of(String sentence) {
        return cut(sentence).text();
    }

    /**
     * The best heading that one of the sentences gives and that {@code used} (lower-cased) does not hold
     * yet: a clause that ends by itself beats one cut at the word limit, the earlier sentence breaks ties.
     */
    public static String best(List<String> sentences, Set<String> used) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            Cut c = cut(sentences.get(i));
            if (c.text().isEmpty() || used.contains(c.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int words = c.text().split("\\s+").length;
            double score = (c.natural() ? 1 : 0) + (words >= 4 && words <= 8 ? 0.5 : 0) - (words <= 3 ? 0.3 : 0)
                    + (namesSomeone(c.text()) ? 0.3 : 0) - (WEAK_START.matcher(c.text()).lookingAt() ? 0.8 : 0)
                    - (endsWeak(c.text()) ? 0.6 : 0) - 0.4 * i;
            if (score > bestScore) {
                bestScore = score;
                best = c.text();
            }
        }
        return best != null ? best : sentences.isEmpty() ? "" : of(sentences.get(0));
    }

    /** True when the heading still ends on a function word or pronoun (it was too short to trim). */
    private static boolean endsWeak(String heading) {
        String[] ws = heading.split("\\s+");
        return WEAK_END.contains(ws[ws.length - 1].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT));
    }

    /** True when a word after the first is capitalised: the heading names who or where. */
    private static boolean namesSomeone(String heading) {
        String[] ws = heading.split("\\s+");
        for (int i = 1; i < ws.length; i++) {
            if (!ws[i].isEmpty() && Character.isUpperCase(ws[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private record Cut(String text, boolean natural) {
    }

    private static Cut cut(String sentence) {
        String s = sentence.strip().replaceAll("[\"“”]", "");
        // "On Wednesday night, about 200 people attended the vigil": the heading starts after the time
        String rest = LEADING_PHRASE.matcher(s).replaceFirst("");
        if (!rest.equals(s) && rest.split("\\s+").length >= MIN_WORDS + 1) {
            s = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        String[] words = sentenceCase(s.split("\\s+"));
        List<String> kept = new ArrayList<>();
        boolean natural = false;
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}\\p{N}'’-]", "").toLowerCase(Locale.ROOT);
            if (kept.size() >= MIN_WORDS && CUT_BEFORE.contains(bare) || kept.size() >= 5 && CUT_LATE.contains(bare)) {
                natural = true;
                break;
            }
            kept.add(w);
            if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(".") && !ABBREVIATION.matcher(w).matches()) {
                if (kept.size() >= MIN_WORDS) {
                    natural = true;
                    break;
                }
            }
            if (kept.size() >= MAX_WORDS) {
                break;
            }
        }
        String h = String.join(" ", kept).replaceAll("[,;:.!?\\-—–]+$", "").strip();
        String shorter = TIME_TAIL.matcher(h).replaceFirst("");
        if (shorter.split("\\s+").length >= MIN_WORDS) {
            h = shorter;
        }
        List<String> ws = new ArrayList<>(List.of(h.split("\\s+")));
        while (ws.size() > MIN_WORDS && WEAK_END.contains(ws.get(ws.size() - 1).replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT))) {
            ws.remove(ws.size() - 1);
        }
        h = String.join(" ", ws).replaceAll("[,;:.!?\\-—–]+$", "").strip();
        if (h.isEmpty()) {
            return new Cut(h, false);
        }
        return new Cut(Character.toUpperCase(h.charAt(0)) + h.substring(1), natural);
    }

    /** "AN AUSTRALIAN climber" becomes "An Australian climber": some sources shout their first words. */
    private static String[] sentenceCase(String[] words) {
        int shouted = 0;
        while (shouted < words.length && words[shouted].length() > 1 && words[shouted].equals(words[shouted].toUpperCase(Locale.ROOT))
                && words[shouted].chars().anyMatch(Character::isLetter)) {
            shouted++;
        }
        if (shouted < 2) {
            return words;
        }
        String[] out = words.clone();
        for (int i = 0; i < shouted; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            out[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        return out;
    }
}
