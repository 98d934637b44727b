package dev.storyline.ingest;

import java.util.Optional;

/**
 * Whether decoded characters read like human text at all, judged before anything is published: random
 * bytes, base64 blobs, images read as Windows-1252 and text in the wrong encoding decode without error
 * but are not news. Three measures over the first {@value #SAMPLE} code points:
 * <ul>
 *   <li>valid code points: at most {@value #MAX_INVALID_PERCENT}% may be replacement characters (bytes
 *       invalid in the declared or detected encoding), unassigned, private-use, lone surrogates or control
 *       characters other than tab and line breaks;</li>
 *   <li>letters: at least {@value #MIN_LETTER_PERCENT}% of the characters that are not white space must be
 *       letters or combining marks (any script), since digits and punctuation alone say nothing;</li>
 *   <li>words: text mostly in a script written with spaces (Latin, Cyrillic, Arabic, Devanagari...) must
 *       have at least {@value #MIN_SPACE_PERCENT}% white space; scripts written without (Han, kana, Thai,
 *       Lao, Khmer, Myanmar) are exempt;</li>
 *   <li>case: in text, a small letter is rarely followed by a capital within a word ("iPhone"); in random
 *       bytes read as Windows-1252 a quarter of such pairs are. More than {@value #MAX_CASE_SWITCH_PERCENT}%
 *       is refused. All-capital text has no such switch and passes.</li>
 * </ul>
 * Random bytes fail at least one of these, which real text in any language passes. Texts shorter than {@value #MIN_LENGTH} non-space characters are not judged. Stateless.
 */
public final class TextLikeness {

    static final int SAMPLE = 20_000;
    static final int MIN_LENGTH = 20;
    static final int MAX_INVALID_PERCENT = 2;
    static final int MIN_LETTER_PERCENT = 50;
    static final int MIN_SPACE_PERCENT = 5;
    static final int MAX_CASE_SWITCH_PERCENT = 6;

    private TextLikeness() {
    }

    /** Why the text is not human text, or empty when it reads as text (or is too short to judge). */
    public static Optional<String> refusal(CharSequence text) {
        int total = 0;
        int invalid = 0;
        int space = 0;
        int letters = 0;
        int unspacedLetters = 0;
        int casedPairs = 0;
        int caseSwitches = 0;
        int previous = ' ';
        for (int i = 0; i < text.length() && total < SAMPLE; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            total++;
            boolean upper = Character.isUpperCase(c);
            if ((upper || Character.isLowerCase(c)) && (Character.isUpperCase(previous) || Character.isLowerCase(previous))) {
                casedPairs++;
                if (upper && Character.isLowerCase(previous)) {
                    caseSwitches++;
                }
            }
            previous = c;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space++;
            } else if (isInvalid(c)) {
                invalid++;
            } else if (Character.isLetter(c) || isMark(c)) {
                letters++;
                if (writtenWithoutSpaces(c)) {
                    unspacedLetters++;
                }
            }
        }
        int visible = total - space;
        if (visible < MIN_LENGTH) {
            return Optional.empty();
        }
        if (invalid * 100L > (long) MAX_INVALID_PERCENT * total) {
            return Optional.of("not text: " + percent(invalid, total) + " of the characters are not valid text in "
                    + "its encoding (binary data or a wrong encoding); skipped");
        }
        if (letters * 100L < (long) MIN_LETTER_PERCENT * visible) {
            return Optional.of("not text: only " + percent(letters, visible) + " of the characters are letters; skipped");
        }
        if (unspacedLetters * 2 < letters && space * 100L < (long) MIN_SPACE_PERCENT * total) {
            return Optional.of("not text: letters without word spaces (" + percent(space, total)
                    + " white space), as in random or encoded data; skipped");
        }
        if (casedPairs >= MIN_LENGTH && caseSwitches * 100L > (long) MAX_CASE_SWITCH_PERCENT * casedPairs) {
            return Optional.of("not text: capitals inside " + percent(caseSwitches, casedPairs)
                    + " of letter pairs, as in random data; skipped");
        }
        return Optional.empty();
    }

    private static boolean isInvalid(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (c == 0xFFFD || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE, Character.CONTROL -> true;
            default -> false;
        };
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean writtenWithoutSpaces(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> true;
            default -> false;
        };
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / Math.max(1, whole)) + "%";
    }
}
