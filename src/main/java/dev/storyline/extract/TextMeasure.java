package dev.storyline.extract;

/**
 * How long a piece of text is for a reader, in any script: words where words are separated by spaces, and
 * for scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) about one word per two
 * characters, so that a Chinese paragraph counts as a paragraph and not as a one-word line. Also the
 * sentence ends of those scripts and of Arabic ({@code 。！？؟}). Stateless and thread-safe.
 */
final class TextMeasure {

    private TextMeasure() {
    }

    /** Words in a text: runs between spaces, and in scripts without spaces one more per two letters. */
    static int words(String text) {
        int runs = 0;
        int spaceless = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x00a0 || cp == 0x3000) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                runs++;
            }
            inRun = true;
            if (isSpaceless(cp)) {
                spaceless++;
            }
        }
        return runs + spaceless / 2;
    }

    /** Letters of the scripts that do not put spaces between words. */
    static boolean isSpaceless(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR || s == Character.UnicodeScript.TIBETAN;
    }

    /** Whether a text ends like a sentence, in Latin, CJK or Arabic punctuation, maybe before a closing quote. */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && isClosing(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || end < text.length() - 2) {
            return false;
        }
        char c = text.charAt(end - 1);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '؟' || c == '۔'
                || c == '।' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == ')' || c == '」' || c == '』' || c == '）' || c == '»'
                || c == '\'';
    }
}
