package dev.storyline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a sentence mentions (people, places, organisations) as runs of capitalised words,
 * since no NER model under a permissive licence is available. "Bank of America" and "New York" are one
 * mention; a capitalised word that opens the sentence counts only when it is not a common word.
 * Thread-safe.
 */
public final class EntityMentions {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}.'’&-]*|\\S");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "van", "von", "bin", "al", "and", "&");
    /** Capitalised words that are not names: sentence openers, titles, days and months. */
    private static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its",
            "this", "that", "these", "those", "there", "here", "in", "on", "at", "for", "by", "with", "from",
            "to", "of", "and", "but", "or", "as", "if", "when", "while", "after", "before", "since", "until",
            "during", "about", "according", "although", "because", "however", "meanwhile", "also", "some",
            "many", "most", "more", "one", "two", "three", "all", "no", "not", "so", "yet", "then", "now",
            "what", "who", "why", "how", "where", "which", "mr", "mrs", "ms", "dr", "sen", "gov", "rep",
            "president", "prime", "minister", "officials", "police", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow",
            "updated", "published", "posted", "photo", "image", "video", "read", "share", "click", "it's",
            "reuters", "ap", "afp", "said", "says", "st"));

    /**
     * Names in each sentence of one article. A single capitalised word that opens a sentence ("Shares",
     * "Officials") is kept only when the article also capitalises it elsewhere, inside a sentence.
     */
    public List<List<String>> inArticle(List<String> sentences) {
        List<List<Mention>> found = new ArrayList<>();
        Set<String> midSentence = new java.util.HashSet<>();
        for (String s : sentences) {
            List<Mention> ms = mentions(s);
            ms.stream().filter(m -> !m.opensSentence()).forEach(m -> {
                midSentence.add(m.name());
                midSentence.addAll(List.of(m.name().split(" ")));
            });
            found.add(ms);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Mention> ms : found) {
            out.add(ms.stream()
                    .filter(m -> !m.opensSentence() || m.name().contains(" ") || midSentence.contains(m.name()))
                    .map(Mention::name).toList());
        }
        return out;
    }

    /** Names in one sentence on its own, as written, in order of appearance (repeats kept). */
    public List<String> find(String sentence) {
        return mentions(sentence).stream().map(Mention::name).toList();
    }

    private record Mention(String name, boolean opensSentence) {
    }

    private List<Mention> mentions(String sentence) {
        List<Mention> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        List<String> run = new ArrayList<>();
        boolean first = true;
        boolean runStartsSentence = false;
        while (m.find()) {
            String tok = m.group();
            boolean capital = Character.isUpperCase(tok.codePointAt(0)) && Character.isLetter(tok.codePointAt(0));
            if (capital && !(run.isEmpty() && NOT_NAMES.contains(clean(tok)))) {
                if (run.isEmpty()) {
                    runStartsSentence = first;
                }
                run.add(trimPunctuation(tok));
            } else if (!run.isEmpty() && !(runStartsSentence && run.size() == 1) && CONNECTORS.contains(tok.toLowerCase())) {
                run.add(tok);
            } else {
                flush(run, runStartsSentence, out);
            }
            first = false;
            if (tok.endsWith(".") && tok.length() > 3 && !capital) {
                first = true;
            }
        }
        flush(run, runStartsSentence, out);
        return out;
    }

    private static void flush(List<String> run, boolean startsSentence, List<Mention> out) {
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1).toLowerCase())) {
            run.remove(run.size() - 1);
        }
        if (!run.isEmpty()) {
            String name = String.join(" ", run);
            boolean commonOpener = startsSentence && run.size() == 1 && NOT_NAMES.contains(clean(name));
            if (!commonOpener && name.length() > 1 && !isAllCapsShort(name)) {
                out.add(new Mention(name, startsSentence));
            }
        }
        run.clear();
    }

    private static boolean isAllCapsShort(String name) {
        return name.length() <= 1;
    }

    private static String clean(String tok) {
        return trimPunctuation(tok).toLowerCase().replace('’', '\'');
    }

    private static String trimPunctuation(String tok) {
        int end = tok.length();
        while (end > 0 && ".'’-&".indexOf(tok.charAt(end - 1)) >= 0) {
            end--;
        }
        String t = tok.substring(0, end);
        if (t.endsWith("'s") || t.endsWith("’s")) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }
}
