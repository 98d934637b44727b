package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech;
import dev.storyline.text.PartsOfSpeech.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word craft that section headings and composed headlines share: headline-style verbs ("has
 * captured" becomes "captures", "was charged" stays "charged", "will meet" becomes "to meet"), the
 * function words a heading must not end on, and whether a heading merely repeats the first words of a
 * sentence. Stateless.
 */
final class Headings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
    /** Words a heading or headline never ends on: articles, prepositions, conjunctions, pronouns, auxiliaries. */
    static final Set<String> WEAK_END = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with",
            "from", "and", "or", "but", "nor", "its", "his", "her", "their", "our", "my", "your", "has", "have", "had",
            "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "should", "shall", "can",
            "may", "might", "must", "do", "does", "did", "that", "this", "these", "those", "as", "into", "onto",
            "about", "than", "said", "says", "herself", "himself", "themselves", "itself", "him", "them", "it", "us",
            "he", "she", "they", "we", "i", "you", "me", "not", "also", "very", "more", "most", "so", "just", "who",
            "whom", "whose", "which", "what", "where", "when", "while", "if", "because", "although", "though",
            "up", "out", "over", "under", "after", "before", "during", "since", "until", "against", "between",
            "among", "through", "across", "around", "near", "via", "per", "like", "including", "some", "any",
            "all", "both", "each", "every", "such", "other", "another", "no", "own", "there", "here", "then",
            "according", "amid", "despite", "toward", "towards", "within", "without", "upon", "off", "down", "s", "one", "having", "getting", "left", "right");
    /** Irregular participles the lemmatiser may leave as they are. */
    private static final java.util.Map<String, String> PARTICIPLES = java.util.Map.ofEntries(
            java.util.Map.entry("broken", "break"), java.util.Map.entry("taken", "take"), java.util.Map.entry("given", "give"),
            java.util.Map.entry("written", "write"), java.util.Map.entry("spoken", "speak"), java.util.Map.entry("chosen", "choose"),
            java.util.Map.entry("fallen", "fall"), java.util.Map.entry("driven", "drive"), java.util.Map.entry("risen", "rise"),
            java.util.Map.entry("stolen", "steal"), java.util.Map.entry("beaten", "beat"), java.util.Map.entry("shaken", "shake"),
            java.util.Map.entry("hidden", "hide"), java.util.Map.entry("frozen", "freeze"), java.util.Map.entry("sworn", "swear"),
            java.util.Map.entry("shown", "show"), java.util.Map.entry("known", "know"), java.util.Map.entry("grown", "grow"),
            java.util.Map.entry("thrown", "throw"), java.util.Map.entry("flown", "fly"), java.util.Map.entry("drawn", "draw"),
            java.util.Map.entry("seen", "see"), java.util.Map.entry("done", "do"), java.util.Map.entry("gone", "go"),
            java.util.Map.entry("stole", "steal"), java.util.Map.entry("broke", "break"), java.util.Map.entry("fled", "flee"),
            java.util.Map.entry("shot", "shoot"), java.util.Map.entry("struck", "strike"), java.util.Map.entry("threw", "throw"),
            java.util.Map.entry("bled", "bleed"), java.util.Map.entry("fed", "feed"), java.util.Map.entry("led", "lead"),
            java.util.Map.entry("sped", "speed"), java.util.Map.entry("lived", "live"), java.util.Map.entry("died", "die"));
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s", "am", "get", "got");
    private static final Set<String> MODALS = Set.of("could", "may", "might", "can", "should", "must", "would");
    private static final Set<String> FUTURE = Set.of("will", "'ll", "’ll", "shall");

    private Headings() {
    }

    /** The words of a text, lower-cased, without marks. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        return out;
    }

    /** True when the heading ends on a function word. */
    static boolean endsWeak(String heading) {
        List<String> ws = words(heading);
        return ws.isEmpty() || WEAK_END.contains(ws.get(ws.size() - 1));
    }

    /** The text without trailing function words and marks. */
    static String trimWeakEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty()) {
            t = t.replaceAll("[\\s,;:.!?\\-—–(\"“”'‘’]+$", "");
            int space = t.lastIndexOf(' ');
            String last = t.substring(space + 1).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!WEAK_END.contains(last) || space < 0) {
                return WEAK_END.contains(last) ? "" : t;
            }
            t = t.substring(0, space);
        }
        return t;
    }

    /**
     * True when the heading is the opening of the sentence, articles aside: "Man charged with murder" opens
     * "A man charged with murder was held".
     */
    static boolean isPrefixOf(String heading, String sentence) {
        List<String> h = withoutLeadingArticle(words(heading));
        List<String> s = withoutLeadingArticle(words(SentenceQuality.clean(sentence)));
        return !h.isEmpty() && s.size() >= h.size() && s.subList(0, h.size()).equals(h);
    }

    private static List<String> withoutLeadingArticle(List<String> ws) {
        return !ws.isEmpty() && ARTICLES.contains(ws.get(0)) ? ws.subList(1, ws.size()) : ws;
    }

    /**
     * The main verb as a headline writes it: present tense for what happened ("captured", "has captured"
     * give "captures"), the participle alone for a passive ("was charged" gives "charged"), "to" for the
     * future, a modal kept.
     *
     * @param aux    the auxiliaries and adverbs before the verb, lower-cased, in order
     * @param plural whether the subject is plural
     */
    static String headlineVerb(Token verb, List<String> aux, boolean plural) {
        String text = verb.text();
        if (verb.tag().equals("AUX")) {
            return text.toLowerCase(Locale.ROOT);
        }
        boolean passive = aux.stream().anyMatch(BE::contains) && !text.endsWith("ing");
        boolean future = aux.stream().anyMatch(FUTURE::contains);
        boolean not = aux.stream().anyMatch(a -> a.equals("not") || a.equals("n't") || a.equals("never"));
        String modal = aux.stream().filter(MODALS::contains).findFirst().orElse(null);
        String neg = not ? "not " : "";
        if (passive) {
            return future ? "to be " + neg + text : modal != null ? modal + " " + neg + "be " + text : neg + text;
        }
        String lemma = PartsOfSpeech.lemma(verb);
        if (lemma.matches(".*[^aeiouylrw]l") && text.toLowerCase(Locale.ROOT).equals(lemma + "ed")) {
            // the lemmatiser's "crackl" for "crackled"
            lemma = lemma + "e";
        }
        if (PARTICIPLES.containsKey(text.toLowerCase(Locale.ROOT))) {
            lemma = PARTICIPLES.get(text.toLowerCase(Locale.ROOT));
        }
        if (lemma.equalsIgnoreCase(text) && text.endsWith("ed")) {
            String rule = regularLemma(lemma);
            lemma = rule.length() >= 3 && rule.matches(".*[aeiouy].*") ? rule : lemma;
        }
        // a past form no rule undoes reads better than a guess
        boolean unknown = lemma.endsWith("ed");
        if (lemma.isBlank() || !lemma.chars().allMatch(Character::isLetter) || unknown) {
            return not ? (plural ? "did not " : "did not ") + text : text;
        }
        if (future) {
            return (not ? "not to " : "to ") + lemma;
        }
        if (modal != null) {
            return modal + " " + neg + lemma;
        }
        if (not) {
            return (plural ? "do not " : "does not ") + lemma;
        }
        if (!plural && aux.isEmpty() && text.equals(lemma)) {
            // "Papandreou's Socialists hold": the source's own present form agrees with its subject
            return text;
        }
        if (!plural && aux.isEmpty() && text.matches("\\p{Ll}+[^s]s")) {
            // already a present form ("lives", "says"): a lemma of the noun reading would spoil it
            return text;
        }
        return plural ? (lemma.equals("be") ? "are" : lemma) : thirdPerson(lemma);
    }

    /** The dictionary form of a regular past the lemmatiser does not know: "sentenced", "arrested", "stopped". */
    static String regularLemma(String past) {
        String w = past.toLowerCase(Locale.ROOT);
        if (w.matches(".*(?:[^s]sed|[^aeiou]ced|[^aeiou]ged|ved|zed|ured|ided|uded|[^aeiou]ated|[^aeioul]led)") && !w.matches(".*[aeiou][aeiou][^aeiou]ed")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.matches(".*[aeiou][^aeiouwxy]ed")) {
            // "opened" or "named": no rule tells, the past form stays
            return w;
        }
        if (w.matches(".*([bgmnprt])\\1ed")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.matches(".*[^aeiou]ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.substring(0, w.length() - 2);
    }

    static String thirdPerson(String lemma) {
        return switch (lemma) {
            case "be" -> "is";
            case "have" -> "has";
            case "do" -> "does";
            case "go" -> "goes";
            default -> lemma.matches(".*(?:s|x|z|ch|sh|o)") ? lemma + "es"
                    : lemma.matches(".*[^aeiou]y") ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
        };
    }

    /**
     * Words joined as text: no space before closing marks or a possessive, none after an opening one, and a
     * hyphen that a tokenising source spaced closed up again ("26 - year" gives "26-year").
     */
    static String join(List<String> words) {
        return String.join(" ", words).replaceAll(" (['’]s\\b|[,;:.)\\]%])", "$1").replaceAll("([(\\[$]) ", "$1")
                .replaceAll("([\\p{L}\\p{N}]) - (?=[\\p{L}\\p{N}])", "$1-").strip();
    }

    /**
     * True when the heading says what a heading already on the page says: the same words, or most of its
     * content words, three in four of the longer one ("Navy seizes pirate ship" beside "Indian navy seizes pirate ship").
     */
    static boolean repeats(String heading, java.util.Collection<String> used) {
        Set<String> mine = stems(heading);
        for (String u : used) {
            if (u.equalsIgnoreCase(heading)) {
                return true;
            }
            Set<String> theirs = stems(u);
            long shared = mine.stream().filter(theirs::contains).count();
            if (!mine.isEmpty() && !theirs.isEmpty() && shared >= 0.75 * Math.max(mine.size(), theirs.size()) && shared >= 2) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        dev.storyline.text.Words.contentWords(text).forEach(w -> out.add(dev.storyline.text.Words.stem(w)));
        return out;
    }

    /** True when every opening bracket of the text is closed and no closing one comes first. */
    static boolean balancedBrackets(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
