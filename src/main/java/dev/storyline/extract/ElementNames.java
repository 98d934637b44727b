package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a page gives an element ({@code class} and {@code id}), cut into whole words: each class on its
 * own, split at {@code -}, {@code _} and camel case ({@code "printReady"} is "print" and "ready"). A class
 * that states a condition of the element rather than what it is ({@code has-comments},
 * {@code comments-enabled}, {@code no-ads}, {@code printReady}) is set aside, so that an article wrapper
 * named by its features is not taken for the feature. Matching is by whole word only: "text" does not match
 * inside "context", "ad" not inside "header". Stateless and thread-safe.
 */
final class ElementNames {

    /** A first word that makes a class a statement about the element: "has-sidebar", "no-ads", "is-sponsored". */
    private static final Set<String> FLAG_FIRST = Set.of("has", "no", "with", "without", "is", "show", "allow",
            "allows", "enable", "disable", "can", "js", "supports", "not");
    /** A last word that does the same: "comments-enabled", "printReady", "ad-free", "share-count". */
    private static final Set<String> FLAG_LAST = Set.of("enabled", "disabled", "allowed", "open", "closed", "on",
            "off", "active", "inactive", "ready", "loaded", "loading", "count", "counter", "mode", "friendly",
            "free", "optimized", "optimised", "safe", "support", "supported", "available", "visible", "state");

    private ElementNames() {
    }

    /**
     * The words of each naming class of an element, one list per class (the id counts as one more class);
     * flag classes are left out.
     */
    static List<List<String>> classes(String className, String id) {
        List<List<String>> out = new ArrayList<>(3);
        add(className, out);
        add(id, out);
        return out;
    }

    private static void add(String names, List<List<String>> out) {
        if (names == null || names.isEmpty()) {
            return;
        }
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || Character.isWhitespace(names.charAt(i))) {
                if (i > start) {
                    List<String> words = words(names.substring(start, i));
                    if (!words.isEmpty() && !isFlag(words)) {
                        out.add(words);
                    }
                }
                start = i + 1;
            }
        }
    }

    private static boolean isFlag(List<String> words) {
        return words.size() > 1 && (FLAG_FIRST.contains(words.get(0)) || FLAG_LAST.contains(words.get(words.size() - 1)));
    }

    /** Splits a name into lower-case words at separators and at camelCase boundaries. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    flush(w, out);
                }
                w.append(c);
            }
            prev = c;
        }
        flush(w, out);
        return out;
    }

    /**
     * Whether a word is one of {@code vocabulary} or a run of them written together ("storycontent",
     * "articlebody"), so that sites that glue words are read like sites that separate them.
     */
    static boolean isWordOf(String word, Set<String> vocabulary) {
        return vocabulary.contains(word) || word.length() <= 24 && compound(word, 0, vocabulary, 0);
    }

    private static boolean compound(String word, int from, Set<String> vocabulary, int parts) {
        if (from == word.length()) {
            return parts > 1;
        }
        for (int end = word.length(); end >= from + 2; end--) {
            if (vocabulary.contains(word.substring(from, end)) && compound(word, end, vocabulary, parts + 1)) {
                return true;
            }
        }
        return false;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
            w.setLength(0);
        }
    }
}
