package dev.storyline.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of an article's text when the page does not declare it: by script for the
 * languages that have their own (Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Hangul, Kana, Han) and
 * by counting very common words for the Latin-script languages most news is written in. Gives {@code null}
 * when the text is too short or no language stands out. Stateless and thread-safe.
 */
final class LanguageGuess {

    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he",
                    "as", "said", "by", "at", "his", "from", "have"),
            "fr", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "dans",
                    "pour", "pas", "sur", "au", "avec", "il", "a"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von",
                    "sich", "auf", "für", "im", "dem", "des", "auch", "es"),
            "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "por", "con", "para",
                    "del", "se", "es", "al", "lo", "como", "más"),
            "it", Set.of("il", "la", "di", "che", "e", "un", "una", "per", "non", "del", "della", "con", "sono",
                    "gli", "le", "nel", "alla", "anche", "è", "si"),
            "pt", Set.of("o", "a", "os", "as", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com",
                    "não", "no", "na", "por", "mais", "se"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor",
                    "die", "in", "ook", "er", "maar", "aan", "om"));

    private LanguageGuess() {
    }

    static String of(String text) {
        if (text == null || text.length() < 40) {
            return null;
        }
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return null;
        }
        if (share(scripts, Character.UnicodeScript.HIRAGANA) + share(scripts, Character.UnicodeScript.KATAKANA)
                > letters * 0.05) {
            return "ja";
        }
        for (var e : Map.of(Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.HAN, "zh",
                Character.UnicodeScript.CYRILLIC, "ru", Character.UnicodeScript.GREEK, "el",
                Character.UnicodeScript.ARABIC, "ar", Character.UnicodeScript.HEBREW, "he",
                Character.UnicodeScript.DEVANAGARI, "hi", Character.UnicodeScript.THAI, "th").entrySet()) {
            if (share(scripts, e.getKey()) > letters / 2) {
                return e.getValue();
            }
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            for (var e : COMMON_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return words >= 8 && bestHits >= Math.max(2, words / 10) ? best : null;
    }

    private static int share(Map<Character.UnicodeScript, Integer> scripts, Character.UnicodeScript s) {
        return scripts.getOrDefault(s, 0);
    }
}
