package dev.storyline.story;

import dev.storyline.text.PartsOfSpeech.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guard a composed heading passes before it reaches the page: it must read as a noun phrase or as a
 * short clause, a subject naming someone or something, a finite verb that agrees with it and what the verb
 * takes. "One uses by tax officials" (a reduced relative read as the clause: an active verb with a passive's
 * agent), "Crowd falls 67th Precinct station" (a verb that takes no object given one), "Arrests are Product
 * Of Review" (title case leaking from a shouted sentence) are refused, and the composer goes on to the next
 * fact or to the section's key phrase. Stateless.
 */
final class HeadingGrammar {

    /** Verbs that take no direct object: a noun right after one is a slip of the source or of the tagger. */
    private static final Set<String> INTRANSITIVE = Set.of("fall", "falls", "die", "dies", "arrive", "arrives", "happen",
            "happens", "occur", "occurs", "sleep", "sleeps", "go", "goes", "come", "comes", "rise", "rises", "emerge",
            "emerges", "erupt", "erupts", "collapse", "collapses", "vanish", "vanishes", "disappear", "disappears",
            "sit", "sits", "exist", "exists", "stay", "stays", "flee", "flees");
    /** Verbs that take an object or a clause: a heading that ends on one lost what it took. */
    private static final Set<String> NEEDS_OBJECT = Set.of("suggest", "say", "tell", "claim", "decide", "want", "hope",
            "plan", "expect", "believe", "think", "know", "ask", "order", "urge", "allege", "add", "note", "insist", "warn",
            "confirm", "deny", "reveal", "show", "find", "shoot", "hit", "take", "make", "give", "bring", "seize", "include",
            "launch", "describe", "announce", "accuse", "call", "consider", "need", "agree", "prepare", "try", "seek");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "a", "an", "in", "on", "at", "to", "for", "by",
            "and", "or", "with", "from", "is", "are", "was", "were", "be", "its", "as");
    /** "67 th", "'s" standing alone, "the the": marks of a word the heading's source or its tokens broke. */
    private static final Pattern BROKEN = Pattern.compile(
            "(?i)\\d\\s+(?:st|nd|rd|th)\\b|(?:^|\\s)['’]s\\b|\\b(\\p{L}+)\\s+\\1\\b|--|\\s-\\s|^-|-$");
    /** Subjects that name no one: "one" standing for a thing the sentence named before it. */
    private static final Set<String> ANAPHORIC_SUBJECTS = Set.of("one", "another", "other", "others", "it", "this", "that");

    private HeadingGrammar() {
    }

    /** True when the heading's words read as a heading: no broken word, no title case inside, not shouted. */
    static boolean reads(String heading) {
        String h = heading.strip();
        if (h.isEmpty() || BROKEN.matcher(h).find() || h.equals(h.toUpperCase(Locale.ROOT)) && h.matches(".*\\p{L}{4,}.*")) {
            return false;
        }
        String[] words = h.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            // "Product Of Seven-month Review": a function word in capitals inside a heading is title case
            // leaking from a shouted or title-cased source, which no heading keeps
            if (Character.isUpperCase(w.charAt(0)) && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && !words[i - 1].matches("[:\\-–—]")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when subject, verb and object make a clause a reader takes as one.
     *
     * @param subject    the subject's tokens, articles left out
     * @param sourceVerb the main verb as the source wrote it
     * @param verbText   the verb as the heading writes it
     * @param object     what the heading keeps after the verb
     */
    static boolean clause(List<Token> subject, Token sourceVerb, String verbText, List<Token> object) {
        if (subject.isEmpty()) {
            return false;
        }
        if (subject.size() == 1 && ANAPHORIC_SUBJECTS.contains(subject.get(0).text().toLowerCase(Locale.ROOT))) {
            // "At least two other buildings, one used by tax officials, caught fire": "one" points back
            return false;
        }
        Token last = subject.get(subject.size() - 1);
        // "protest over the death of an armed 16-year-old/ADJ", "government official/ADJ": the tagger's adjective
        // after a noun or inside the subject's phrase is a noun
        boolean phrase = subject.stream().anyMatch(t -> t.tag().equals("ADP")) && subject.get(0).isNoun()
                || subject.size() >= 2 && subject.get(subject.size() - 2).isNoun();
        if (!last.isNoun() && !last.tag().equals("NUM") && !last.tag().equals("PRON") && !HeadingTags.possessive(last)
                && !(phrase && last.tag().equals("ADJ"))) {
            // a subject ends on its head noun: "Police in", "Protesters angry" name no one
            return false;
        }
        if (object.isEmpty()) {
            // "Judge suggests", "Woman shoots": a verb that takes what it says or does to someone says nothing alone
            String bare = verbText.toLowerCase(Locale.ROOT);
            return !NEEDS_OBJECT.contains(bare.endsWith("es") && NEEDS_OBJECT.contains(bare.substring(0, bare.length() - 2))
                    ? bare.substring(0, bare.length() - 2) : bare.endsWith("s") ? bare.substring(0, bare.length() - 1) : bare);
        }
        Token first = object.get(0);
        String firstWord = first.text().toLowerCase(Locale.ROOT);
        boolean active = !verbText.contains(" ") && !verbText.equalsIgnoreCase(sourceVerb.text()) || verbText.matches("\\p{Ll}+s");
        if (active && firstWord.equals("by") && (object.size() < 2 || !object.get(1).text().endsWith("ing"))) {
            // "uses by tax officials": an active verb with the agent of a passive was a participle
            return false;
        }
        String verbWord = verbText.contains(" ") ? verbText.substring(verbText.lastIndexOf(' ') + 1) : verbText;
        if (INTRANSITIVE.contains(verbWord.toLowerCase(Locale.ROOT)) && (first.isNoun() || first.tag().equals("NUM")
                || first.tag().equals("DET") || first.tag().equals("ADJ"))) {
            // "crowd falls 67th Precinct station": the source lost a preposition
            return false;
        }
        return true;
    }
}
