package dev.storyline.story;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence can stand alone on a story page, and removes what must not reach it
 * (a dateline before the report). A sentence that opens on a pronoun or connective needs the sentence
 * before it; one with an unbalanced quote is a quote cut in half; captions, credits and calls to action
 * are page furniture that slipped through extraction. Stateless.
 */
public final class SentenceQuality {

    private static final int MIN_WORDS = 7;
    private static final int MAX_WORDS = 55;

    /** "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —", "NEW YORK --". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z.'\\- ]{2,40}(?:,\\s*[A-Z][\\p{L}. ]{1,30})?(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?\\s*(?:\\([^)]{1,40}\\))?\\s*(?:-{1,2}|—|–|:)\\s+)");
    private static final Pattern DANGLING = Pattern.compile(
            "^(?:he|she|it|they|them|his|her|its|their|this|that|these|those|there|here|but|and|or|so|also|however|meanwhile|still|yet|then|instead|moreover|furthermore|besides|likewise|similarly|otherwise|thus|hence|therefore|the two|the three|both|such|another|other|others|then|later|earlier|again|as well|as a result|in addition|in turn|for example|for instance|by contrast|in response)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:https?://|www\\.|@\\w|\\b(?:click here|read more|sign up|subscribe|newsletter|follow us|share this|"
                    + "all rights reserved|copyright|photo(?:graph)?:|image:|credit:|getty images|associated press photo|"
                    + "contributed to this report|comments?\\b.*\\bbelow|cookie|advertisement))");
    private static final Pattern SAID_TAIL = Pattern.compile("(?i)^[\"“‘']|[\"”’']\\s*$");

    private SentenceQuality() {
    }

    /** The sentence without a leading dateline, trimmed. */
    public static String clean(String sentence) {
        String s = DATELINE.matcher(sentence.strip()).replaceFirst("");
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) {
            return sentence.strip();
        }
        return s.strip();
    }

    /** True when the sentence reads on its own and carries no page furniture. */
    public static boolean standsAlone(String sentence) {
        String s = sentence.strip();
        int words = s.split("\\s+").length;
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))
                && "\"“‘'".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".!\"”’'".indexOf(last) < 0) {
            return false;
        }
        if (s.endsWith("?") || DANGLING.matcher(s).lookingAt() || FURNITURE.matcher(s).find()) {
            return false;
        }
        return balancedQuotes(s);
    }

    /** True when every opened quotation is closed in the sentence. */
    static boolean balancedQuotes(String s) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                open--;
            }
        }
        return straight % 2 == 0 && open == 0;
    }

    /** True when the sentence is mostly a direct quotation (useful elsewhere, not as a plain fact). */
    public static boolean isQuote(String s) {
        return SAID_TAIL.matcher(s.strip()).find();
    }

    static List<String> words(String s) {
        return List.of(s.strip().split("\\s+"));
    }
}
