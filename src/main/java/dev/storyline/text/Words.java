package dev.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level views of a sentence that clustering and synthesis share: lower-cased word tokens, the
 * content words among them (function words removed), and the numbers a sentence states.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\p{L}\\d.,])\\d+(?:\\.\\d+)?");

    /** English function words and news boilerplate verbs that say nothing about which event it is. */
    public static final Set<String> STOP = Set.copyOf(List.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me",
            "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
            "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "you", "your", "yours", "said", "says", "say", "told", "according", "would", "may",
            "might", "must", "shall", "one", "two", "new", "year", "years", "also", "its", "it's", "he's",
            "she's", "that's", "there's", "per", "cent", "percent", "mr", "mrs", "ms", "dr", "via", "yet",
            "however", "since", "among", "within", "without", "around", "across", "toward", "towards",
            "upon", "get", "got", "like", "many", "much", "even", "still", "well", "back", "first", "last",
            "week", "day", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "s", "t", "u"));

    private Words() {
    }

    /** Lower-cased word tokens in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** Lower-cased tokens that carry content: not function words, not single characters. */
    public static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (t.length() > 1 && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The numbers written in digits, normalised ({@code 1,200} becomes {@code 1200}). */
    public static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    /** A crude English stem so that "attacks", "attacked" and "attack" meet. */
    public static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
