package dev.storyline.story;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct quotation found in one source sentence with the speaker the sentence names for it:
 * {@code "..." Name said}, {@code "...," said Name} or {@code Name said: "..."}. A quotation attributed
 * only by a pronoun ("he said") is not taken, since the page could not say who spoke. Stateless.
 *
 * @param text    the quoted words without quotation marks or the trailing comma
 * @param speaker who said it, as the sentence names them
 */
public record Quotation(String text, String speaker) {

    private static final int MIN_WORDS = 6;
    private static final int MAX_SPEAKER_WORDS = 8;
    private static final String VERB = "(?:said|says|told [\\p{L} ]{1,40}?|added|explained|stated|insisted|warned|wrote|tweeted|declared|argued|noted|recalled|continued)";
    private static final String OPEN = "[\"“]";
    private static final String CLOSE = "[\"”]";
    private static final Pattern QUOTE_FIRST = Pattern.compile(
            "^" + OPEN + "([^\"“”]+?)[,.!?]?\\s*" + CLOSE + ",?\\s+(.{2,80}?)\\s+" + VERB + "\\s*[.,]?$");
    private static final Pattern QUOTE_FIRST_VERB = Pattern.compile(
            "^" + OPEN + "([^\"“”]+?)[,.!?]?\\s*" + CLOSE + ",?\\s+" + VERB + "\\s+(.{2,80}?)\\s*\\.?$");
    private static final Pattern SPEAKER_FIRST = Pattern.compile(
            "^([^\"“”]{2,80}?)\\s+" + VERB + "[:,]?\\s+" + OPEN + "([^\"“”]+?)[.!?]?\\s*" + CLOSE + "\\.?$");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "his", "her",
            "this", "that", "one", "someone", "who");

    /** The quotation in the sentence, when it has one with a named speaker. */
    public static Optional<Quotation> in(String sentence) {
        String s = sentence.strip();
        Matcher m = QUOTE_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2));
        }
        m = QUOTE_FIRST_VERB.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2));
        }
        m = SPEAKER_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<Quotation> of(String quoted, String speaker) {
        String text = quoted.strip().replaceAll("[,;:\\s]+$", "");
        // an appositive after the name ("Jane Doe, the mayor,") stays out of the speaker
        String who = speaker.strip().replaceAll("\\s*,.*$", "");
        if (text.split("\\s+").length < MIN_WORDS || who.isEmpty()) {
            return Optional.empty();
        }
        String[] words = who.split("\\s+");
        if (words.length > MAX_SPEAKER_WORDS || PRONOUNS.contains(who.toLowerCase(Locale.ROOT))
                || PRONOUNS.contains(words[0].toLowerCase(Locale.ROOT)) && words.length == 1) {
            return Optional.empty();
        }
        boolean named = false;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                named = true;
            }
        }
        // a speaker must be a name or a role ("a police spokesman"), not a clause
        if (!named && !(words[0].equalsIgnoreCase("a") || words[0].equalsIgnoreCase("an") || words[0].equalsIgnoreCase("the"))) {
            return Optional.empty();
        }
        return Optional.of(new Quotation(text, who));
    }
}
