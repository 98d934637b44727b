package dev.storyline.eval;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer of ROUGE-1.5.5 (its Perl {@code stem}, with the 2004 "-ement" change), rule by rule
 * as {@code ../shared/tools/tls_score.py} transcribes it. It differs from {@link PorterStemmer} (the 1980
 * algorithm as rouge-score runs it) in a few suffix rules, which is why timeline ROUGE has its own.
 * Stateless.
 */
final class RougeStemmer {

    private static final String C = "[^aeiou][^aeiouy]*";
    private static final String V = "[aeiouy][aeiou]*";
    private static final Pattern MGR0 = Pattern.compile("^(" + C + ")?" + V + C);
    private static final Pattern MEQ1 = Pattern.compile("^(" + C + ")?" + V + C + "(" + V + ")?$");
    private static final Pattern MGR1 = Pattern.compile("^(" + C + ")?" + V + C + V + C);
    private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + C + ")?[aeiouy]");
    private static final Pattern CVC = Pattern.compile("^" + C + "[aeiouy][^aeiouwxy]$");
    private static final Map<String, String> STEP2 = Map.ofEntries(Map.entry("ational", "ate"), Map.entry("tional", "tion"),
            Map.entry("enci", "ence"), Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"), Map.entry("ousli", "ous"),
            Map.entry("ization", "ize"), Map.entry("ation", "ate"), Map.entry("ator", "ate"), Map.entry("alism", "al"),
            Map.entry("iveness", "ive"), Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Pattern STEP2_RE = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|"
            + "iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Map<String, String> STEP3 = Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic",
            "ical", "ic", "ful", "", "ness", "");
    private static final Pattern STEP3_RE = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4_RE = Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern SSES = Pattern.compile("(ss|i)es$");
    private static final Pattern S = Pattern.compile("([^s])s$");
    private static final Pattern EED = Pattern.compile("eed$");
    private static final Pattern ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern Y = Pattern.compile("y$");
    private static final Pattern MENT = Pattern.compile("ment$");
    private static final Pattern ENT = Pattern.compile("ent$");
    private static final Pattern ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern E = Pattern.compile("e$");
    private static final Pattern LL = Pattern.compile("ll$");

    private RougeStemmer() {
    }

    static String stem(String word) {
        String w = word;
        if (w.length() < 3) {
            return w;
        }
        char first = w.charAt(0);
        if (first == 'y') {
            w = "Y" + w.substring(1);
        }
        Matcher m = SSES.matcher(w);
        if (m.find()) {
            w = w.substring(0, m.start()) + m.group(1);
        } else {
            m = S.matcher(w);
            if (m.find()) {
                w = w.substring(0, m.start()) + m.group(1);
            }
        }
        m = EED.matcher(w);
        if (m.find()) {
            if (MGR0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1);
            }
        } else {
            m = ED_ING.matcher(w);
            if (m.find()) {
                String stem = w.substring(0, m.start());
                if (VOWEL_IN_STEM.matcher(stem).find()) {
                    w = stem;
                    if (AT_BL_IZ.matcher(w).find()) {
                        w += "e";
                    } else if (DOUBLE.matcher(w).find()) {
                        w = w.substring(0, w.length() - 1);
                    } else if (CVC.matcher(w).find()) {
                        w += "e";
                    }
                }
            }
        }
        m = Y.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (VOWEL_IN_STEM.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        w = replace(w, STEP2_RE, STEP2, MGR0);
        w = replace(w, STEP3_RE, STEP3, MGR0);
        m = STEP4_RE.matcher(w);
        if (m.find() && MGR1.matcher(w.substring(0, m.start())).find()) {
            w = w.substring(0, m.start());
        }
        m = MENT.matcher(w);
        if (m.find() && MGR1.matcher(w.substring(0, m.start())).find()) {
            w = w.substring(0, m.start());
        }
        m = ENT.matcher(w);
        if (m.find()) {
            if (MGR1.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, m.start());
            }
        } else {
            m = ION.matcher(w);
            if (m.find()) {
                String stem = w.substring(0, m.start()) + m.group(1);
                if (MGR1.matcher(stem).find()) {
                    w = stem;
                }
            }
        }
        m = E.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (LL.matcher(w).find() && MGR1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        if (first == 'y') {
            w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
        }
        return w;
    }

    private static String replace(String w, Pattern suffix, Map<String, String> by, Pattern condition) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (condition.matcher(stem).find()) {
                return stem + by.get(m.group(1));
            }
        }
        return w;
    }
}
