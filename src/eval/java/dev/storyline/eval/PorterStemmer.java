package dev.storyline.eval;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The original Porter (1980) stemmer, as the Multi-News reference scorer applies it, so that ROUGE here
 * and there count the same tokens (OpenNLP's Porter port follows a later revision and differs on words
 * such as "logi"). Thread-safe.
 */
final class PorterStemmer {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    private static final String[][] STEP2 = {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},
            {"anci", "ance"}, {"izer", "ize"}, {"abli", "able"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
            {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"},
            {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"},
            {"biliti", "ble"}};
    private static final String[][] STEP3 = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
            {"ical", "ic"}, {"ful", ""}, {"ness", ""}};
    private static final String[] STEP4 = {"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
            "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"};

    private PorterStemmer() {
    }

    static String stem(String word) {
        return CACHE.computeIfAbsent(word, PorterStemmer::compute);
    }

    private static boolean consonant(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !consonant(w, i - 1);
        }
        return true;
    }

    private static int measure(String stem) {
        int n = 0;
        boolean prevVowel = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean vowel = !consonant(stem, i);
            if (prevVowel && !vowel) {
                n++;
            }
            prevVowel = vowel;
        }
        return n;
    }

    private static boolean hasVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!consonant(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1);
    }

    private static boolean cvc(String w) {
        int n = w.length();
        return n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1)
                && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }

    /** The first rule whose suffix matches decides: applied when the stem's measure is above {@code m}. */
    private static String rules(String w, String[][] rules, int m) {
        for (String[] r : rules) {
            if (w.endsWith(r[0])) {
                String stem = w.substring(0, w.length() - r[0].length());
                return measure(stem) > m ? stem + r[1] : w;
            }
        }
        return w;
    }

    private static String compute(String word) {
        String w = word;
        // step 1a
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ies")) {
            w = w.substring(0, w.length() - 2);
        } else if (!w.endsWith("ss") && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        // step 1b
        if (w.endsWith("eed")) {
            if (measure(w.substring(0, w.length() - 3)) > 0) {
                w = w.substring(0, w.length() - 1);
            }
        } else {
            for (String suf : new String[]{"ed", "ing"}) {
                if (w.endsWith(suf) && hasVowel(w.substring(0, w.length() - suf.length()))) {
                    w = w.substring(0, w.length() - suf.length());
                    if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
                        w = w + "e";
                    } else if (doubleConsonant(w)) {
                        if ("lsz".indexOf(w.charAt(w.length() - 1)) < 0) {
                            w = w.substring(0, w.length() - 1);
                        }
                    } else if (measure(w) == 1 && cvc(w)) {
                        w = w + "e";
                    }
                    break;
                }
            }
        }
        // step 1c
        if (w.endsWith("y") && hasVowel(w.substring(0, w.length() - 1))) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        w = rules(w, STEP2, 0);
        w = rules(w, STEP3, 0);
        w = step4(w);
        // step 5a
        if (w.endsWith("e")) {
            String s = w.substring(0, w.length() - 1);
            if (measure(s) > 1 || (measure(s) == 1 && !cvc(s))) {
                w = s;
            }
        }
        // step 5b
        if (w.endsWith("ll") && measure(w.substring(0, w.length() - 1)) > 1) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String step4(String w) {
        for (String suf : STEP4) {
            if (w.endsWith(suf)) {
                String stem = w.substring(0, w.length() - suf.length());
                boolean ok = measure(stem) > 1;
                if (suf.equals("ion")) {
                    ok = ok && !stem.isEmpty() && "st".indexOf(stem.charAt(stem.length() - 1)) >= 0;
                }
                return ok ? stem : w;
            }
        }
        return w;
    }
}
