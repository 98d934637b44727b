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
    /** Words that place the writer or the reader in the sentence: opinion or address, not report. */
    private static final Pattern PERSON = Pattern.compile("\\b(?:I|I'm|I've|I'd|[Ww]e|[Ww]e're|[Ww]e've|[Yy]ou|[Yy]ou're|[Mm]y|[Oo]ur|[Uu]s|[Yy]our|[Mm]e)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]*[\"”]");
    /** "38 - caliber revolver was found": the start of the sentence went to the one before. */
    private static final Pattern CUT_START = Pattern.compile(
            "^(?:\\d+\\s+-\\s+\\p{Ll}|\\d+(?:m|bn|k)\\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) that\\b)");
    private static final Pattern OPENER = Pattern.compile(
            "^(?:well|now|indeed|anyway|of course|yes|no|okay|ok|true|sure|perhaps|maybe|so far|if only|not exactly|having)\\b",
            Pattern.CASE_INSENSITIVE);

    private SentenceQuality() {
    }

    /**
     * The sentence without a leading dateline, trimmed, with the spaced hyphens and apostrophes that
     * some tokenised sources print ("26 - year - old", "Lohan ’ s") joined again.
     */
    public static String clean(String sentence) {
        String joined = sentence.strip()
                .replaceAll("(\\d) - (year|month|week|day|hour|minute)s? - (old)", "$1-$2-$3")
                .replaceAll("(\\p{L}) ([’']) s\\b", "$1$2s");
        sentence = joined;
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
        if (Fragments.surfaceProblem(s).isPresent() || Fragments.danglingReference(s, List.of(), java.util.Set.of()).isPresent()) {
            return false;
        }
        // cut pieces, captions, teasers, open quotations and references to what came before are Fragments'
        return !(s.endsWith("?") || DANGLING.matcher(s).lookingAt() || FURNITURE.matcher(s).find()
                || OPENER.matcher(s).lookingAt() || CUT_START.matcher(s).lookingAt());
    }

    /**
     * True when the sentence can be a plain fact on the page: it stands alone, it is reported rather than
     * spoken (quoted words are at most a third of it) and, outside quotation marks, neither writer nor
     * reader appears in it.
     */
    public static boolean isReportedFact(String sentence) {
        if (!standsAlone(sentence)) {
            return false;
        }
        String s = sentence.strip();
        if (isQuote(s)) {
            return false;
        }
        String outside = QUOTED.matcher(s).replaceAll(" ");
        int all = s.split("\\s+").length;
        int unquoted = outside.isBlank() ? 0 : outside.strip().split("\\s+").length;
        if (all - unquoted > all / 3) {
            return false;
        }
        return !PERSON.matcher(outside).find();
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
