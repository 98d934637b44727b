package dev.storyline.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of an article's text when the page does not declare it. Scripts that one language
 * owns settle it at once (Hangul, Kana, Thai, Greek, Hebrew, ...); every other text goes to Lingua, limited
 * to the languages most news is published in and run in its low-accuracy mode (trigram models only, loaded
 * on first use), which is enough for article-length text; when Lingua cannot decide, very common words
 * of the largest Latin-script languages and the dominant script give a guess. Gives {@code null} when the
 * text is too short or no language stands out. Thread-safe.
 */
final class LanguageGuess {

    /** The languages most news is published in, as far as Lingua knows them. */
    private static final Language[] NEWS_LANGUAGES = {Language.ENGLISH, Language.CHINESE, Language.SPANISH,
            Language.ARABIC, Language.PORTUGUESE, Language.INDONESIAN, Language.FRENCH, Language.JAPANESE,
            Language.RUSSIAN, Language.GERMAN, Language.KOREAN, Language.TURKISH, Language.ITALIAN, Language.PERSIAN,
            Language.VIETNAMESE, Language.POLISH, Language.DUTCH, Language.UKRAINIAN, Language.THAI, Language.HINDI,
            Language.BENGALI, Language.URDU, Language.MALAY, Language.ROMANIAN, Language.GREEK, Language.CZECH,
            Language.SWEDISH, Language.HUNGARIAN, Language.HEBREW, Language.DANISH, Language.FINNISH, Language.BOKMAL,
            Language.CATALAN, Language.CROATIAN, Language.SERBIAN, Language.BULGARIAN, Language.SLOVAK,
            Language.TAGALOG, Language.SWAHILI, Language.TAMIL, Language.MARATHI, Language.TELUGU, Language.GUJARATI,
            Language.PUNJABI, Language.SLOVENE, Language.LITHUANIAN, Language.LATVIAN, Language.ESTONIAN};

    /** Built on first use: a page that declares its language never loads the models. */
    private static final class Detector {
        static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES)
                .withLowAccuracyMode().build();
    }

    /** Characters of text Lingua reads: a few sentences decide the language of an article. */
    private static final int SAMPLE = 400;

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
        String owned = byOwnScript(text);
        if (owned != null) {
            return owned;
        }
        if (clearlyEnglish(text)) {
            // Most pages are English; a text whose every fourth word is an English function word is settled
            // without the cost of the model (no other language reaches that share of these words).
            return "en";
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Language found;
        try {
            found = Detector.INSTANCE.detectLanguageOf(sample);
        } catch (RuntimeException | LinkageError e) {
            // A model that cannot be read (a trimmed jar, a broken class path) costs the guess, not the page.
            found = Language.UNKNOWN;
        }
        if (found != Language.UNKNOWN) {
            return found == Language.BOKMAL ? "nb" : found.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        }
        return byCommonWords(text);
    }

    private static boolean clearlyEnglish(String text) {
        String sample = text.length() > 1000 ? text.substring(0, 1000) : text;
        int words = 0;
        int hits = 0;
        Set<String> english = COMMON_WORDS.get("en");
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                words++;
                if (english.contains(w)) {
                    hits++;
                }
            }
        }
        return words >= 30 && hits * 4 >= words;
    }

    /** The language of a text written in a script only that language uses, else {@code null}. */
    private static String byOwnScript(String text) {
        return byScript(text.length() > 1000 ? text.substring(0, 1000) : text, OWN_SCRIPTS);
    }

    /** Kana settles Japanese; otherwise the script of most letters, when {@code owners} names its language. */
    private static String byScript(String sample, Map<Character.UnicodeScript, String> owners) {
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
        for (var e : owners.entrySet()) {
            if (share(scripts, e.getKey()) > letters / 2) {
                return e.getValue();
            }
        }
        return null;
    }

    private static final Map<Character.UnicodeScript, String> OWN_SCRIPTS = Map.of(
            Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.HEBREW, "he", Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.BENGALI, "bn", Character.UnicodeScript.TAMIL, "ta",
            Character.UnicodeScript.TELUGU, "te", Character.UnicodeScript.GUJARATI, "gu",
            Character.UnicodeScript.GURMUKHI, "pa", Character.UnicodeScript.GEORGIAN, "ka");

    /** The largest language of each script, for the guess without a model. */
    private static final Map<Character.UnicodeScript, String> MAIN_LANGUAGE_OF_SCRIPT = Map.of(
            Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.HAN, "zh",
            Character.UnicodeScript.CYRILLIC, "ru", Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.ARABIC, "ar", Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.DEVANAGARI, "hi", Character.UnicodeScript.THAI, "th");

    /**
     * The guess from script and very common words alone, the method used before Lingua: what Lingua cannot
     * decide falls back to it.
     */
    static String byCommonWords(String text) {
        if (text == null || text.length() < 40) {
            return null;
        }
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        String byScript = byScript(sample, MAIN_LANGUAGE_OF_SCRIPT);
        if (byScript != null) {
            return byScript;
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
