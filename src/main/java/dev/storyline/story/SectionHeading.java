package dev.storyline.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a short section heading from a section's leading sentence: its main clause, cut before the
 * first subordinate clause or attribution, at most eight words, without a trailing function word.
 * "Rescue teams reached the flooded valley on Tuesday after a night of rain, officials said" gives
 * "Rescue teams reached the flooded valley on Tuesday". Stateless.
 */
public final class SectionHeading {

    private static final int MAX_WORDS = 8;
    private static final int MIN_WORDS = 3;
    private static final Set<String> CUT_BEFORE = Set.of("that", "which", "who", "whom", "whose", "after", "when",
            "while", "because", "although", "as", "since", "before", "until", "where", "but", "and", "said", "says",
            "according", "amid", "despite", "following", "if", "though");
    private static final Set<String> WEAK_END = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by",
            "with", "from", "and", "or", "its", "his", "her", "their", "has", "have", "had", "was", "were", "is",
            "are", "be", "been", "will", "would", "could", "that", "this", "as", "into", "about", "than", "said");

    private SectionHeading() {
    }

    public static String of(String sentence) {
        String s = sentence.strip().replaceAll("[\"“”]", "");
        String[] words = s.split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}\\p{N}'’-]", "").toLowerCase(Locale.ROOT);
            if (kept.size() >= MIN_WORDS && CUT_BEFORE.contains(bare)) {
                break;
            }
            kept.add(w);
            if (w.endsWith(",") || w.endsWith(";") || w.endsWith(":") || w.endsWith(".")) {
                if (kept.size() >= MIN_WORDS) {
                    break;
                }
            }
            if (kept.size() >= MAX_WORDS) {
                break;
            }
        }
        while (kept.size() > MIN_WORDS && WEAK_END.contains(
                kept.get(kept.size() - 1).replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        String h = String.join(" ", kept).replaceAll("[,;:.!?\\-—–]+$", "").strip();
        if (h.isEmpty()) {
            return h;
        }
        return Character.toUpperCase(h.charAt(0)) + h.substring(1);
    }
}
