package dev.storyline.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells whether a page sentence reads as a fragment: cut mid-way, a caption or credit, or opening on a
 * reference with nothing before it to resolve it. The evaluation counts what it flags; a stricter detector
 * (the synthesizer's own sentence filter) can be put in its place. Implementations are thread-safe.
 */
@FunctionalInterface
public interface FragmentDetector {

    /**
     * @param sentence the page sentence
     * @param before   the page's sentences before it, in reading order
     */
    boolean isFragment(String sentence, List<String> before);

    /** A plain detector of its own, independent of the synthesizer's filter. */
    FragmentDetector SIMPLE = new FragmentDetector() {
        private static final Pattern OPENS_ON_REFERENCE = Pattern.compile(
                "^(?:He|She|They|It|His|Her|Their|Its|This|These|Those|Both|The two|The other)\\b");
        private static final Pattern CAPTION = Pattern.compile(
                "(?i)\\(\\s*(?:photo|image|file photo|picture)\\b|\\b(?:photo|image|picture|credit)s?\\s*:|getty images|\\bap photo\\b|, (?:left|right|center|centre), (?:and|is|are|hold|holds|speaks|speak|talks|shakes)\\b");
        private static final Pattern ENDS_WELL = Pattern.compile("[.!?…][\"'”’)\\]]*$");

        @Override
        public boolean isFragment(String sentence, List<String> before) {
            String s = sentence.strip();
            if (s.isEmpty() || s.split("\\s+").length < 5 || !ENDS_WELL.matcher(s).find()) {
                return true;
            }
            int first = s.codePointAt(0);
            if (Character.isLowerCase(first) || ",;:)]-–—".indexOf(first) >= 0) {
                return true;
            }
            if (CAPTION.matcher(s).find() || unbalanced(s)) {
                return true;
            }
            // an extractive page rarely keeps the sentence a pronoun pointed back to: flagged wherever it stands
            return OPENS_ON_REFERENCE.matcher(s).find();
        }

        private boolean unbalanced(String s) {
            long straight = s.chars().filter(c -> c == '"').count();
            long open = s.chars().filter(c -> c == '“').count();
            long close = s.chars().filter(c -> c == '”').count();
            long parenOpen = s.chars().filter(c -> c == '(').count();
            long parenClose = s.chars().filter(c -> c == ')').count();
            return straight % 2 == 1 || open != close || parenOpen != parenClose;
        }
    };
}
